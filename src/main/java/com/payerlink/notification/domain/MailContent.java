package com.payerlink.notification.domain;

/** One rendered e-mail: subject, plain text and HTML alternatives. */
public record MailContent(String subject, String text, String html) {
}
