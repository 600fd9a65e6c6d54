package com.payerlink.core.security;

/** The roles of PRODUCT.md. Platform roles belong to no tenant; the others to exactly one. */
public enum Role {

    PLATFORM_ADMIN("Platform admin", false),
    SUPPORT_AGENT("Support agent", false),
    ORG_ADMIN("Org admin", true),
    OPERATOR("Operator", true),
    VIEWER("Viewer", true);


    private final String label;

    private final boolean tenantRole;

    Role(String label, boolean tenantRole) {
        this.label = label;
        this.tenantRole = tenantRole;
    }

    public String label() {
        return label;
    }

    public boolean isTenantRole() {
        return tenantRole;
    }

    public String authority() {
        return "ROLE_" + name();
    }

}
