package com.payerlink.notification.domain;

import com.payerlink.account.domain.AccountDigest;
import com.payerlink.core.SingleLine;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The daily digest for an org admin: verifications failed since yesterday, accounts stuck past the processing window,
 * and degraded accounts, each as one line per account (plain text and HTML), with how to switch it off.
 */
final class DigestMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private DigestMail() {
    }

    static MailContent of(String tenantName, AccountDigest d, String accountsLink, String settingsLink) {
        String subject = SingleLine.flatten("Payerlink daily digest for " + tenantName + ": "
                + count(d.newFailures().total(), "new failure") + ", " + count(d.stuck().total(), "stuck account")
                + ", " + count(d.degraded().total(), "degraded account"));
        StringBuilder text = new StringBuilder("Hello,\n\nWhat needs a look among the accounts of ")
            .append(tenantName).append(":\n");
        StringBuilder html = new StringBuilder("<p>Hello,</p><p>What needs a look among the accounts of <b>")
            .append(MailTemplates.esc(tenantName)).append("</b>:</p>");
        section(text, html, "Verification failed since yesterday", d.newFailures());
        section(text, html, "Stuck", d.stuck());
        section(text, html, "Health degraded", d.degraded());
        text.append("\nOpen the accounts: ").append(accountsLink)
            .append("\n\nYou get this mail as an org admin. Switch it off under Notifications: ").append(settingsLink)
            .append('\n');
        html.append("<p><a href=\"").append(MailTemplates.esc(accountsLink)).append("\">Open the accounts</a></p>")
            .append("<p style=\"color: #666\">You get this mail as an org admin. <a href=\"")
            .append(MailTemplates.esc(settingsLink)).append("\">Switch it off under Notifications</a>.</p>");
        return new MailContent(subject, text.toString(), MailTemplates.page(subject, html.toString()));
    }

    private static void section(StringBuilder text, StringBuilder html, String title, AccountDigest.Section s) {
        if (s.total() == 0) {
            return;
        }
        text.append('\n').append(title).append(" (").append(s.total()).append("):\n");
        html.append("<h3>").append(MailTemplates.esc(title)).append(" (").append(s.total()).append(")</h3><ul>");
        for (AccountDigest.Line line : s.lines()) {
            String l = line(line);
            text.append("- ").append(l).append('\n');
            html.append("<li>").append(MailTemplates.esc(l)).append("</li>");
        }
        html.append("</ul>");
        int more = s.total() - s.lines().size();
        if (more > 0) {
            text.append("- and ").append(more).append(" more\n");
            html.append("<p>and ").append(more).append(" more</p>");
        }
    }

    /** "Acme Prod (123456789012), Ready: ASSUME_ROLE_DENIED, since 2026-12-01 07:40 UTC". */
    static String line(AccountDigest.Line l) {
        return SingleLine.flatten(l.accountName()) + " (" + l.awsAccountId().value() + "), " + l.state().label() + ": "
                + l.detail() + ", since " + WHEN.format(l.since().withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

}
