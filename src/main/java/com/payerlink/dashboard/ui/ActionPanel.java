package com.payerlink.dashboard.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.core.security.Role;
import com.payerlink.dashboard.domain.ActionQueues;
import com.payerlink.dashboard.domain.FailureCount;
import com.payerlink.payer.domain.MemberChanges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;

/**
 * "Needs your action": the queues of accounts that wait for the tenant, by role (only org admins register), each
 * a link to the accounts it counts; failed verifications grouped by the check that failed.
 */
class ActionPanel extends Div {

    ActionPanel(Role role, ActionQueues queues, List<FailureCount> failures, long invitationDays,
            MemberChanges members) {
        addClassNames("dashboard-card", "action-card");
        add(new H3(role == Role.VIEWER ? "Needs attention" : "Needs your action"));
        if (role == Role.ORG_ADMIN) {
            add(queue("to-register", queues.toRegister(), "to register: every step is done, only an org admin's "
                    + "registration is missing", AccountLinks.inState(AccountState.IN_PROGRESS)));
        }
        add(failures(failures));
        add(queue("invited-waiting", queues.invitedWaiting(), "invited more than " + invitationDays
                + " days ago, and the customer has not finished", "invitations"));
        add(queue("processing-overdue", queues.processingOverdue(), "in Processing for more than 72 hours: ask "
                + "support whether the first report arrived", AccountLinks.inStateFor(AccountState.PROCESSING, 3)));
        add(queue("support-unsubmitted", queues.supportUnsubmitted(), "Awaiting support, but their ticket is not "
                + "submitted yet", AccountLinks.inState(AccountState.AWAITING_SUPPORT)));
        add(memberChanges(members));
    }

    // not accounts of the tenant: members of its payers' organizations, seen on the Customers page
    private static Component memberChanges(MemberChanges members) {
        long changed = members.joined() + members.left();
        return item("member-changes", changed, (changed == 1 ? "member account" : "member accounts") + " of your"
                + " payers joined or left their organization (" + members.joined() + " new, " + members.left()
                + " removed)", "customers");
    }

    private static Component queue(String name, long accounts, String what, String href) {
        return item(name, accounts, (accounts == 1 ? "account " : "accounts ") + what, href);
    }

    private static Component item(String name, long number, String what, String href) {
        Span count = new Span(String.format(Locale.ENGLISH, "%,d", number));
        count.addClassName("queue-count");
        Span text = new Span(what);
        text.addClassName("queue-text");
        Component item = number == 0 ? new Div(count, text) : new Anchor(href, count, text);
        item.getElement().getClassList().add("queue");
        item.getElement().getClassList().set("queue-empty", number == 0);
        item.getElement().setAttribute("data-queue", name);
        return item;
    }

    private static Component failures(List<FailureCount> failures) {
        Div group = new Div();
        group.addClassName("failures");
        group.getElement().setAttribute("data-queue", "verification-failed");
        if (failures.isEmpty()) {
            group.add(queue("verification-failed-none", 0, "failed verification",
                    AccountLinks.inState(AccountState.VERIFICATION_FAILED)));
            return group;
        }
        group.add(new H4("Verification failed, by the check that failed"));
        failures.forEach(f -> {
            Span code = new Span(f.code());
            code.addClassName("failure-code");
            Span count = new Span(String.format(Locale.ENGLISH, "%,d", f.accounts()));
            count.addClassName("queue-count");
            Anchor row = new Anchor(AccountLinks.failedOn(f.code()), count, code);
            row.addClassNames("queue", "failure");
            row.getElement().setAttribute("data-code", f.code());
            group.add(row);
        });
        return group;
    }

}
