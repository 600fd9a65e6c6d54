package com.payerlink.twofactor.domain;

/**
 * The signed-in user's two-factor sign-in.
 *
 * @param enrolled          an authenticator app is set up and confirmed
 * @param required          the user may not turn it off (platform staff always; a tenant that requires it)
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoFactorStatus(boolean enrolled, boolean required, int recoveryCodesLeft) {
}
