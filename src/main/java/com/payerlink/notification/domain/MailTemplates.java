package com.payerlink.notification.domain;

import com.payerlink.core.SingleLine;
import org.springframework.web.util.HtmlUtils;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The portal's e-mails, each as plain text and HTML. Values are escaped in the HTML, subjects are kept on one
 * line (no header injection from stored names); the texts say what happened and what the reader can do next.
 */
public final class MailTemplates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");

    private MailTemplates() {
    }

    /** To an account's contacts: their private link to the account's connection steps. */
    public static MailContent invitation(String mspName, String accountName, String awsAccountId, String link,
            OffsetDateTime expiresAt) {
        String subject = SingleLine.flatten(mspName + " invites you to connect AWS account " + awsAccountId);
        String expires = DATE.format(expiresAt.withOffsetSameInstant(ZoneOffset.UTC));
        String text = """
                Hello,

                %s asks you to connect your AWS account %s (%s) to cost analytics.
                Open this private link to do the few steps in your AWS account:

                %s

                The link works until %s and only for this account. Do not forward it.
                If it has expired, ask %s for a new one.
                """.formatted(mspName, accountName, awsAccountId, link, expires, mspName);
        String html = page(subject, """
                <p>Hello,</p>
                <p>%s asks you to connect your AWS account <b>%s</b> (%s) to cost analytics.
                Open this private link to do the few steps in your AWS account:</p>
                <p><a href="%s">Connect %s</a></p>
                <p>The link works until %s and only for this account. Do not forward it.
                If it has expired, ask %s for a new one.</p>
                """.formatted(esc(mspName), esc(accountName), esc(awsAccountId), esc(link), esc(awsAccountId),
                esc(expires), esc(mspName)));
        return new MailContent(subject, text, html);
    }

    /** To a ticket's requester: what changed on the ticket. */
    public static MailContent ticketUpdate(String reference, String ticketSubject, String change, String link) {
        String subject = SingleLine.flatten("[" + reference + "] " + ticketSubject);
        String text = """
                Your support ticket %s was updated:

                %s

                See the whole ticket and answer it here: %s
                """.formatted(reference, change, link);
        String html = page(subject, """
                <p>Your support ticket <b>%s</b> was updated:</p>
                <blockquote style="white-space: pre-wrap">%s</blockquote>
                <p><a href="%s">Open the ticket</a> to see it all and answer.</p>
                """.formatted(esc(reference), esc(change), esc(link)));
        return new MailContent(subject, text, html);
    }

    /** To an account's contacts: its first cost data has arrived. */
    public static MailContent dashboardsReady(String accountName, String awsAccountId) {
        String subject = SingleLine.flatten("Your cost dashboards for " + accountName + " are ready");
        String text = """
                Hello,

                The first cost data of AWS account %s (%s) has arrived and been processed.
                Your cost dashboards are ready.

                From now on the data is refreshed as AWS delivers new reports, usually several times a day.
                """.formatted(accountName, awsAccountId);
        String html = page(subject, """
                <p>Hello,</p>
                <p>The first cost data of AWS account <b>%s</b> (%s) has arrived and been processed.
                Your cost dashboards are ready.</p>
                <p>From now on the data is refreshed as AWS delivers new reports, usually several times a day.</p>
                """.formatted(esc(accountName), esc(awsAccountId)));
        return new MailContent(subject, text, html);
    }

    /** To a user who asked for it: a one-time link to choose a new password. */
    public static MailContent passwordReset(String displayName, String link, OffsetDateTime expiresAt) {
        String subject = "Choose a new Payerlink password";
        String expires = DATE.format(expiresAt.withOffsetSameInstant(ZoneOffset.UTC));
        String text = """
                Hello %s,

                Someone, probably you, asked to choose a new password for Payerlink. Open this link to do so:

                %s

                The link works once, until %s. If you did not ask for it, ignore this mail: your password stays as it is.
                """.formatted(displayName, link, expires);
        String html = page(subject, """
                <p>Hello %s,</p>
                <p>Someone, probably you, asked to choose a new password for Payerlink.</p>
                <p><a href="%s">Choose a new password</a></p>
                <p>The link works once, until %s. If you did not ask for it, ignore this mail: your password stays as it is.</p>
                """.formatted(esc(displayName), esc(link), esc(expires)));
        return new MailContent(subject, text, html);
    }

    /** To a new user: their organisation added them; a one-time link to set their password. */
    public static MailContent setYourPassword(String displayName, String organisation, String link, OffsetDateTime expiresAt) {
        String subject = SingleLine.flatten(organisation + " added you to Payerlink");
        String expires = DATE.format(expiresAt.withOffsetSameInstant(ZoneOffset.UTC));
        String text = """
                Hello %s,

                %s added you to Payerlink, where its team connects customers' AWS accounts to cost analytics.
                Open this link to set your password and sign in:

                %s

                The link works once, until %s. If it has expired, use "Forgot password" on the sign-in page.
                """.formatted(displayName, organisation, link, expires);
        String html = page(subject, """
                <p>Hello %s,</p>
                <p>%s added you to Payerlink, where its team connects customers' AWS accounts to cost analytics.</p>
                <p><a href="%s">Set your password</a></p>
                <p>The link works once, until %s. If it has expired, use "Forgot password" on the sign-in page.</p>
                """.formatted(esc(displayName), esc(organisation), esc(link), esc(expires)));
        return new MailContent(subject, text, html);
    }

    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a">
                %s<p style="color: #666; font-size: 0.9em">Payerlink</p>
                </body></html>
                """.formatted(esc(title), body);
    }

    static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }

}
