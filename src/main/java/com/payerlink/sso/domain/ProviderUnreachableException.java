package com.payerlink.sso.domain;

/** A provider's discovery document ({@code <issuer>/.well-known/openid-configuration}) could not be read. */
public class ProviderUnreachableException extends RuntimeException {

    ProviderUnreachableException(String issuer, Throwable cause) {
        super("Payerlink could not read the identity provider's configuration at " + issuer
                + "/.well-known/openid-configuration (" + rootMessage(cause) + ").", cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

}
