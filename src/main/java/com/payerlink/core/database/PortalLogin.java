package com.payerlink.core.database;

/**
 * The PostgreSQL login of the portal's pools: {@code payerlink_app} itself or a login role that is a member of it.
 * {@code provisioned} when the portal gives payerlink_app this password itself (its own embedded database).
 */
public record PortalLogin(String username, String password, boolean provisioned) {

    /** The role the row-level-security policies and grants are written for (V1). */
    public static final String APP_ROLE = "payerlink_app";

    @Override
    public String toString() {
        return "PortalLogin[" + username + "]";
    }

}
