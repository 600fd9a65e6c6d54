package com.payerlink.twofactor.domain;

/**
 * A new authenticator being set up: the secret (base32, for typing it in), the {@code otpauth://} link that the QR
 * code carries, and the QR code itself as an image data URI drawn on the server.
 */
public record Enrolment(String secret, String otpauthUri, String qrCode) {

    /** The secret in groups of four, easier to type. */
    public String secretForTyping() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

}
