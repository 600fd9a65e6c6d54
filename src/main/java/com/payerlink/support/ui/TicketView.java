package com.payerlink.support.ui;

import com.payerlink.core.ui.ItemPage;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketAccount;
import com.payerlink.support.domain.TicketAssignments;
import com.payerlink.support.domain.TicketComment;
import com.payerlink.support.domain.TicketNotFoundException;
import com.payerlink.support.domain.TicketService;
import com.payerlink.support.domain.TicketStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One ticket: its accounts, its thread of comments and status changes (who, when), and what the
 * user's role may do next. A draft is edited and submitted here.
 */
@Route(value = "tickets/:id", layout = MainLayout.class)
@PageTitle("Ticket · Payerlink")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SUPPORT_AGENT })
public class TicketView extends ItemPage {

    private final transient TicketService ticketService;

    private final transient AuthenticationContext authenticationContext;

    private Role role = Role.VIEWER;

    private Ticket ticket;

    private final H2 title = new H2();

    private final StatusBadge status = new StatusBadge();

    private final Paragraph meta = new Paragraph();

    private final Div body = new Div();

    private final TicketFields draftFields = new TicketFields();

    private final Button submit = new Button("Submit ticket");

    private final Button saveDraft = new Button("Save draft");

    private final Button discard = new Button("Discard draft");

    private final HorizontalLayout statusActions = new HorizontalLayout();

    private final UnorderedList accounts = new UnorderedList();

    private final VerticalLayout thread = new VerticalLayout();

    private final TextArea comment = new TextArea("Comment");

    private final Checkbox internal = new Checkbox("Internal: only support agents see it");

    private final Button addComment = new Button("Add comment");

    private final TicketAgentPanel agentPanel;

    public TicketView(TicketService ticketService, TicketAssignments assignments,
            AuthenticationContext authenticationContext) {
        super(new NotFound("Ticket not found", "There is no such ticket for you. It may have been discarded, or the link"
                + " is wrong.", "tickets", "Back to all tickets"));
        this.ticketService = ticketService;
        this.agentPanel = new TicketAgentPanel(assignments, this::apply);
        this.authenticationContext = authenticationContext;
        addClassName("ticket-view");
        setMaxWidth("60rem");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> apply(() -> ticketService.submit(ticket.id(), ticket.version(), draftFields.value()),
                "Submitted. Support sees the ticket now; you hear of every change by e-mail."));
        saveDraft.addClickListener(e -> apply(() -> ticketService.saveDraft(ticket.id(), ticket.version(), draftFields.value()),
                "Draft saved."));
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> discardDraft());
        comment.setWidthFull();
        comment.setMinHeight("6em");
        addComment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addComment.addClickListener(e -> addComment());
        thread.setPadding(false);
        thread.addClassName("ticket-thread");
        status.setId("ticket-status");
        statusActions.setId("ticket-status-actions");
    }

    @Override
    protected boolean show(UUID id, BeforeEnterEvent event) {
        role = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::role).orElse(Role.VIEWER);
        try {
            ticket = ticketService.get(id);
        }
        catch (TicketNotFoundException e) {
            return false;
        }
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(Alignment.BASELINE);
        meta.addClassName("ticket-meta");
        add(new Anchor("tickets", "← All tickets"), heading, meta, body, statusActions);
        if (role == Role.SUPPORT_AGENT) {
            add(agentPanel);
        }
        add(new H3("Accounts"), accounts, new H3("Conversation"), thread, createCommentForm());
        draftFields.fill(ticket.subject(), ticket.description(), ticket.priority());
        refresh();
        return true;
    }

    private VerticalLayout createCommentForm() {
        internal.setVisible(role == Role.SUPPORT_AGENT);
        VerticalLayout form = new VerticalLayout(comment, internal, addComment);
        form.setPadding(false);
        form.addClassName("comment-form");
        return form;
    }

    @Override
    protected void refresh() {
        boolean tenantEditor = role == Role.ORG_ADMIN || role == Role.OPERATOR;
        boolean draft = ticket.status() == TicketStatus.DRAFT;
        showHeading();
        showBody(draft && tenantEditor);
        showStatusActions();
        showAccounts();
        showThread();
        if (role == Role.SUPPORT_AGENT) {
            agentPanel.show(ticket);
        }
        boolean mayComment = (tenantEditor || role == Role.SUPPORT_AGENT) && !draft && ticket.status() != TicketStatus.CLOSED;
        comment.getParent().ifPresent(p -> p.setVisible(mayComment));
    }

    private void showHeading() {
        title.setText(ticket.reference() + " · " + ticket.subject());
        status.show(ticket.status().statusLabel());
        meta.setText((role == Role.SUPPORT_AGENT ? ticket.tenantName() + " · " : "") + "Priority "
                + ticket.priority().label() + " · opened by " + ticket.createdBy() + " on " + when(ticket.createdAt())
                + (ticket.requesterEmail() == null ? "" : " · requester " + ticket.requesterEmail())
                + " · last change by " + ticket.updatedBy() + " on " + when(ticket.updatedAt()));
    }

    private void showBody(boolean editableDraft) {
        body.removeAll();
        if (editableDraft) {
            body.add(new Paragraph("This is a draft: support does not see it yet. Check the text and submit it."),
                    draftFields, new HorizontalLayout(submit, saveDraft, discard));
        }
        else {
            Paragraph description = new Paragraph(ticket.description().isEmpty() ? "(no description)" : ticket.description());
            description.addClassName("ticket-description");
            body.add(description);
        }
    }

    private void showStatusActions() {
        statusActions.removeAll();
        for (TicketStatus next : ticket.status().next(role)) {
            if (next == TicketStatus.OPEN) {
                continue; // a draft is submitted with its text, above
            }
            Button move = new Button(next.action(ticket.status()), e -> apply(
                    () -> ticketService.changeStatus(ticket.id(), ticket.version(), next),
                    "Status: " + next.label() + "."));
            if (next == TicketStatus.RESOLVED) {
                move.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                move.setTooltipText("Resolving moves the ticket's accounts from Awaiting support on to Processing");
            }
            statusActions.add(move);
        }
    }

    private void showAccounts() {
        accounts.removeAll();
        for (TicketAccount a : ticket.accounts()) {
            String text = a.name() + " · " + a.awsAccountId() + " (" + a.partition() + ")";
            accounts.add(new ListItem(role == Role.SUPPORT_AGENT ? new Span(text) : new Anchor("accounts/" + a.accountId(), text)));
        }
        if (ticket.accounts().isEmpty()) {
            accounts.add(new ListItem("No accounts linked."));
        }
    }

    private void showThread() {
        thread.removeAll();
        for (TicketComment c : ticket.comments()) {
            thread.add(new CommentCard(c));
        }
        if (ticket.comments().isEmpty()) {
            thread.add(new Span("No comments yet."));
        }
    }

    /** The ticket shown. */
    public UUID ticketId() {
        return ticket.id();
    }

    private void addComment() {
        comment.setInvalid(false);
        if (apply(() -> ticketService.comment(ticket.id(), comment.getValue(), internal.getValue()),
                internal.getValue() ? "Internal comment added." : "Comment added.")) {
            comment.clear();
            internal.clear();
        }
    }

    private void discardDraft() {
        try {
            ticketService.discard(ticket.id(), ticket.version());
            Notices.success("Draft discarded.");
            UI.getCurrent().navigate("tickets");
        }
        catch (InvalidInputException | ConcurrentChangeException e) {
            Notices.error(e.getMessage());
        }
    }

    /** Runs a change; on success shows the fresh ticket, on failure explains and keeps what was typed. */
    private boolean apply(Supplier<Ticket> change, String success) {
        try {
            ticket = change.get();
            refresh();
            Notices.success(success);
            return true;
        }
        catch (InvalidInputException e) {
            if ("comment".equals(e.field())) {
                comment.setErrorMessage(e.getMessage());
                comment.setInvalid(true);
            }
            else if (ticket.status() == TicketStatus.DRAFT) {
                draftFields.reject(e);
            }
            else {
                Notices.error(e.getMessage());
            }
        }
        catch (ConcurrentChangeException e) {
            Notices.error(e.getMessage());
            ticket = ticketService.get(ticket.id());
            refresh();
        }
        return false;
    }

    private static String when(java.time.OffsetDateTime t) {
        return Timestamps.dateTime(t);
    }

}
