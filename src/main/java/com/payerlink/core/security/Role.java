package com.payerlink.core.security;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;

/** The roles of PRODUCT.md. Platform roles belong to no tenant; the others to exactly one. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Role {

    PLATFORM_ADMIN("Platform admin", false),
    SUPPORT_AGENT("Support agent", false),
    ORG_ADMIN("Org admin", true),
    OPERATOR("Operator", true),
    VIEWER("Viewer", true);

    private final String label;

    @Getter(AccessLevel.NONE)
    private final boolean tenantRole;

    public boolean isTenantRole() {
        return tenantRole;
    }

    public String authority() {
        return "ROLE_" + name();
    }

}
