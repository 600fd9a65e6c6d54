package com.payerlink.support.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.support.domain.SupportAgent;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketAssignments;
import com.payerlink.support.domain.TicketStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * A support agent's controls on a ticket: who works it (assign to me, or pick another agent) and linking
 * one of the tenant's accounts by its AWS account ID.
 */
class TicketAgentPanel extends VerticalLayout {

    final Span assignee = new Span();

    final Button assignToMe = new Button("Assign to me");

    final Select<SupportAgent> assignTo = new Select<>();

    final TextField accountId = new TextField("Link an account");

    final Button link = new Button("Link account");

    private final transient TicketAssignments assignments;

    /** Runs a change of the ticket and shows the result (TicketView's apply); true when it succeeded. */
    private final transient BiPredicate<Supplier<Ticket>, String> apply;

    private Ticket ticket;

    TicketAgentPanel(TicketAssignments assignments, BiPredicate<Supplier<Ticket>, String> apply) {
        this.assignments = assignments;
        this.apply = apply;
        addClassName("ticket-agent-panel");
        setPadding(false);
        assignee.setId("ticket-assignee");
        assignTo.setLabel("Assign to");
        assignTo.setItemLabelGenerator(a -> a == null ? "Nobody" : a.label());
        assignTo.setEmptySelectionAllowed(true);
        assignTo.setEmptySelectionCaption("Nobody");
        assignToMe.addClickListener(e -> apply.test(() -> assignments.assignToMe(ticket.id()), "Assigned to you."));
        assignTo.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply.test(() -> assignments.assign(ticket.id(), e.getValue() == null ? null : e.getValue().id()),
                        e.getValue() == null ? "Unassigned." : "Assigned to " + e.getValue().label() + ".");
            }
        });
        accountId.setPlaceholder("12-digit AWS account ID");
        accountId.setHelperText("One of this tenant's accounts; it is listed under Accounts above.");
        link.addClickListener(e -> linkAccount());
        HorizontalLayout who = new HorizontalLayout(assignee, assignToMe, assignTo);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        who.setWrap(true);
        HorizontalLayout linking = new HorizontalLayout(accountId, link);
        linking.setAlignItems(FlexComponent.Alignment.BASELINE);
        linking.setWrap(true);
        add(who, linking);
    }

    void show(Ticket shown) {
        this.ticket = shown;
        assignee.setText(shown.assigneeEmail() == null ? "Nobody works this ticket yet."
                : "Assigned to " + shown.assigneeEmail() + ".");
        assignTo.setItems(assignments.agents());
        assignTo.getListDataView().getItems().filter(a -> a.email().equals(shown.assigneeEmail())).findFirst()
            .ifPresentOrElse(assignTo::setValue, assignTo::clear);
        boolean open = shown.status() != TicketStatus.CLOSED;
        accountId.setEnabled(open);
        link.setEnabled(open);
    }

    private void linkAccount() {
        accountId.setInvalid(false);
        try {
            Ticket linked = assignments.linkAccount(ticket.id(), accountId.getValue());
            apply.test(() -> linked, "Linked account " + accountId.getValue().strip() + ".");
            accountId.clear();
        }
        catch (InvalidInputException e) {
            accountId.setErrorMessage(e.getMessage());
            accountId.setInvalid(true);
        }
    }

}
