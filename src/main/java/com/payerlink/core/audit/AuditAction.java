package com.payerlink.core.audit;

import java.util.Arrays;
import java.util.Locale;

/**
 * The audit log's actions, with the words the Audit view shows for them. The log stores the name; an action that is
 * not (yet) listed here is shown by its name made readable, so a feature may write a new action before it is listed.
 */
public enum AuditAction {

    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_PAUSED("Sign-in paused (too many attempts)"),
    SIGN_IN_SECOND_STEP_FAILED("Wrong two-factor code"),
    TWO_FACTOR_ENABLED("Two-factor sign-in turned on"),
    TWO_FACTOR_DISABLED("Two-factor sign-in turned off"),
    TWO_FACTOR_RECOVERY_CODES_RENEWED("New recovery codes"),
    TWO_FACTOR_RECOVERY_CODE_USED("Signed in with a recovery code"),
    TWO_FACTOR_REQUIREMENT_CHANGED("Two-factor requirement changed"),
    SSO_SETTINGS_CHANGED("Single sign-on settings changed"),
    PASSWORD_CHANGED("Password changed"),
    PASSWORD_RESET_REQUESTED("Password reset requested"),
    PASSWORD_LINK_MAILED("Password link mailed"),
    PASSWORD_SET_BY_LINK("Password set by link"),
    SESSIONS_ENDED("Sessions ended"),
    TENANT_CREATED("Tenant created"),
    USER_CREATED("User added"),
    USER_INVITED("User invited"),
    USER_ROLE_CHANGED("Role changed"),
    USER_ENABLED("User enabled"),
    USER_DISABLED("User disabled"),
    USER_LOCKED("User locked"),
    API_TOKEN_CREATED("API token created"),
    API_TOKEN_REVOKED("API token revoked"),
    WEBHOOK_CREATED("Webhook added"),
    WEBHOOK_CHANGED("Webhook changed"),
    WEBHOOK_REMOVED("Webhook removed"),
    ACCOUNTS_IMPORTED("Accounts imported"),
    CONNECTION_REGISTERED("Connection registered"),
    CONNECTION_DISCONNECTED("Connection disconnected"),
    CONNECTION_RECONNECTED("Connection reconnected"),
    INVITATIONS_SENT("Invitations sent"),
    INVITATION_REVOKED("Invitation revoked");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The words for a stored action name: its label when listed, else the name made readable. */
    public static String labelOf(String action) {
        return Arrays.stream(values()).filter(a -> a.name().equals(action)).findFirst().map(AuditAction::label)
            .orElseGet(() -> {
                String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
                return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
            });
    }

}
