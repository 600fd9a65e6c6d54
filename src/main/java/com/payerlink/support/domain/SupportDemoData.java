package com.payerlink.support.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Actors;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.DemoData;
import com.payerlink.tenant.domain.DemoSeed;
import com.payerlink.tenant.domain.DemoTenants;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Demo profile only: Northwind tickets in every state, answered by support@payerlink.test. */
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SupportDemoData implements DemoSeed {

    private static final String OPERATOR = "operator@northwind.test";

    private static final String AGENT = "support@payerlink.test";

    private static final String FIRST_SUBJECT = "Dashboards empty for Fabrikam after 72 hours";

    private final TicketService tickets;

    private final ScopedTransactions scoped;

    @Override
    public void seed(DemoTenants tenants) {
        UUID northwind = tenants.idOf(DemoTenants.NORTHWIND).orElse(null);
        if (northwind == null) {
            return;
        }
        DatabaseScope operator = new DatabaseScope(northwind, Role.OPERATOR, null);
        DatabaseScope agent = new DatabaseScope(null, Role.SUPPORT_AGENT, null);
        // the demo's own tickets, not any ticket: registering MSP_MULTIPLE demo accounts already drafts one
        if (as(OPERATOR, operator, () -> tickets.count(new TicketQuery(null, null, FIRST_SUBJECT))) > 0) {
            return;
        }
        open(operator, FIRST_SUBJECT, TicketPriority.HIGH,
                "The account is Processing since Monday and the dashboards still show no data.");

        Ticket cur = open(operator, "CUR bucket in eu-south-1 refused", TicketPriority.NORMAL,
                "The customer's report bucket is in Milan; the wizard refuses the region.");
        as(AGENT, agent, () -> tickets.comment(cur.id(), "eu-south-1 needs opt-in, so it cannot hold the report. "
                + "Please create the bucket in eu-west-1 or us-east-1 and update step 4.", false));
        as(AGENT, agent, () -> tickets.comment(cur.id(), "Customer asked the same last month (NW-1001?).", true));
        as(AGENT, agent, () -> tickets.changeStatus(cur.id(), tickets.get(cur.id()).version(), TicketStatus.IN_PROGRESS));

        Ticket waiting = open(operator, "Which role name does the template create?", TicketPriority.LOW, "");
        as(AGENT, agent, () -> tickets.comment(waiting.id(), "PayerlinkRole, unless you renamed it. Can you send the stack's Outputs?", false));
        as(AGENT, agent, () -> tickets.changeStatus(waiting.id(), tickets.get(waiting.id()).version(), TicketStatus.WAITING_ON_CUSTOMER));

        Ticket resolved = open(operator, "ExternalId mismatch on Contoso Retail", TicketPriority.URGENT,
                "AssumeRole fails with AccessDenied.");
        as(AGENT, agent, () -> tickets.comment(resolved.id(), "The stack was created with an old ExternalId; we "
                + "updated the stack parameter with the customer. Verification passes now.", false));
        as(AGENT, agent, () -> tickets.changeStatus(resolved.id(), tickets.get(resolved.id()).version(), TicketStatus.RESOLVED));

        Ticket closed = open(operator, "Invoice question", TicketPriority.LOW, "Where do I see the platform invoice?");
        as(AGENT, agent, () -> tickets.changeStatus(closed.id(), closed.version(), TicketStatus.RESOLVED));
        as(OPERATOR, operator, () -> tickets.changeStatus(closed.id(), tickets.get(closed.id()).version(), TicketStatus.CLOSED));
        tenants.logged("five Northwind tickets, answered by " + AGENT);
    }

    private Ticket open(DatabaseScope scope, String subject, TicketPriority priority, String description) {
        return as(OPERATOR, scope, () -> tickets.create(new TicketForm(subject, description, priority), List.of()));
    }

    @Override
    public int getOrder() {
        return 40;
    }

    /** Acts as the named user would: their scope, and their name in the thread. */
    private <T> T as(String email, DatabaseScope scope, Supplier<T> work) {
        return Actors.callAs(email, () -> scoped.call(scope, work));
    }

}
