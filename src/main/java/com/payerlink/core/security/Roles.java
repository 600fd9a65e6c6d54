package com.payerlink.core.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The role names and the groups of roles that views ({@code @RolesAllowed}, which takes only constant
 * strings) and services ({@code CurrentScope.requireRole}) check, written once.
 */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    public static final String SUPPORT_AGENT = "SUPPORT_AGENT";

    public static final String ORG_ADMIN = "ORG_ADMIN";

    public static final String OPERATOR = "OPERATOR";

    public static final String VIEWER = "VIEWER";

    /** Who changes a tenant's accounts, invitations and verifications: org admins and operators. */
    public static final Set<Role> EDITORS = of(Role.ORG_ADMIN, Role.OPERATOR);

    /** Who reads a tenant's accounts, invitations and verifications: every tenant role. */
    public static final Set<Role> READERS = of(Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER);

    /** Who reads tickets: every tenant role, and support agents (of every tenant). */
    public static final Set<Role> TICKET_READERS = of(Role.ORG_ADMIN, Role.OPERATOR, Role.VIEWER, Role.SUPPORT_AGENT);

    /** Who comments on tickets and changes their status: tenant editors and support agents. */
    public static final Set<Role> TICKET_WRITERS = of(Role.ORG_ADMIN, Role.OPERATOR, Role.SUPPORT_AGENT);

    private Roles() {
    }

    private static Set<Role> of(Role first, Role... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

}
