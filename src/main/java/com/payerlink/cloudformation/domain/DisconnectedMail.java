package com.payerlink.cloudformation.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.ConnectionDisconnected;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.notification.domain.MailContent;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.PortalLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** When a connection becomes Disconnected (its stack was deleted), the tenant's org admins hear of it, through the outbox. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DisconnectedMail {

    static final String KIND = "CONNECTION_DISCONNECTED";

    private final OutboxService outbox;

    private final OrgAdminsDAO orgAdmins;

    private final PortalLinks links;

    private final ScopedTransactions scoped;

    /** Queued in the transaction that disconnected the account (when it runs in the account's tenant). */
    @EventListener
    void on(ConnectionDisconnected event) {
        scoped.inTenant(event.tenantId(), () -> outbox.queue(KIND, orgAdmins.enabledOrgAdmins(event.tenantId()),
                content(event), null, null));
    }

    private MailContent content(ConnectionDisconnected event) {
        String name = event.accountName().replaceAll("\\p{Cntrl}", " ");
        String link = links.to("accounts/" + event.accountId());
        String subject = "Connection of " + name + " (" + event.awsAccountId().value() + ") disconnected";
        String text = """
                Hello,

                The connection of AWS account %s (%s) is now Disconnected: %s.
                Payerlink no longer reads its cost data. To connect it again, reconnect it in Payerlink and have the
                customer create the stack anew.

                %s
                """.formatted(event.awsAccountId().value(), name, event.reason(), link);
        String html = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>%s</title></head><body style="font-family: sans-serif">
                <p>Hello,</p>
                <p>The connection of AWS account <b>%s</b> (%s) is now <b>Disconnected</b>: %s.</p>
                <p>Payerlink no longer reads its cost data. To connect it again, reconnect it in Payerlink and have
                the customer create the stack anew.</p>
                <p><a href="%s">Open the account</a></p>
                <p style="color: #666; font-size: 0.9em">Payerlink</p>
                </body></html>
                """.formatted(esc(subject), esc(event.awsAccountId().value()), esc(name), esc(event.reason()), esc(link));
        return new MailContent(subject, text, html);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }

}
