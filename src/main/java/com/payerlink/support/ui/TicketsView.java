package com.payerlink.support.ui;

import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketQuery;
import com.payerlink.support.domain.TicketService;
import com.payerlink.support.domain.TicketStatus;
import com.payerlink.support.domain.TicketSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Support tickets: the tenant's own, or for support agents every tenant's. A lazy grid, newest
 * change first, with filters by status and priority and a search over reference, subject and tenant.
 */
@Route(value = "tickets", layout = MainLayout.class)
@PageTitle("Tickets · Payerlink")
@Menu(order = 40, title = "Tickets", icon = "vaadin:ticket")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.SUPPORT_AGENT })
public class TicketsView extends VerticalLayout {

    private final transient TicketService ticketService;

    private final Role role;

    private final Select<TicketStatus> status = new Select<>();

    private final Select<TicketPriority> priority = new Select<>();

    private final TextField search = new TextField();

    /** Support agents: only the tickets assigned to me. */
    final Checkbox mine = new Checkbox("My tickets");

    private final @Nullable UUID userId;

    private final Grid<TicketSummary> grid = new Grid<>(TicketSummary.class, false);

    private final Button newTicket = new Button("New ticket", VaadinIcon.PLUS.create());

    private final CallbackDataProvider<TicketSummary, Void> tickets;

    public TicketsView(TicketService ticketService, AuthenticationContext authenticationContext) {
        this.ticketService = ticketService;
        this.role = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::role)
            .orElse(Role.VIEWER);
        this.userId = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::id).orElse(null);
        this.tickets = new CallbackDataProvider<>(
                q -> ticketService.page(query(), q.getOffset(), q.getLimit()).stream(),
                q -> ticketService.count(query()), TicketSummary::id);
        setSizeFull();
        add(createHeader(), createFilters(), createGrid());
        // times were first shown in the server's zone; show them again in the browser's
        Timestamps.refreshWhenZoneKnown(this, tickets::refreshAll);
    }

    private HorizontalLayout createHeader() {
        ViewHeader header = new ViewHeader(role == Role.SUPPORT_AGENT ? "Support queue" : "Support tickets");
        if (role == Role.ORG_ADMIN || role == Role.OPERATOR) {
            newTicket.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newTicket.addClickListener(e -> openNewTicketDialog());
            header.add(newTicket);
        }
        return header;
    }

    private HorizontalLayout createFilters() {
        status.setLabel("Status");
        status.setItems(role == Role.SUPPORT_AGENT
                ? List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER,
                        TicketStatus.RESOLVED, TicketStatus.CLOSED)
                : List.of(TicketStatus.values()));
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        priority.setLabel("Priority");
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> p == null ? "Any" : p.label());
        for (Select<?> select : List.of(status, priority)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Any");
            select.addValueChangeListener(e -> tickets.refreshAll());
        }
        search.setLabel("Search");
        search.setPlaceholder(role == Role.SUPPORT_AGENT ? "Reference, subject or tenant" : "Reference or subject");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> tickets.refreshAll());
        HorizontalLayout filters = new HorizontalLayout(search, status, priority);
        if (role == Role.SUPPORT_AGENT) {
            mine.setTooltipText("Only the tickets assigned to you");
            mine.addValueChangeListener(e -> tickets.refreshAll());
            filters.add(mine);
        }
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<TicketSummary> createGrid() {
        grid.addColumn(TicketSummary::reference).setHeader("Ticket").setAutoWidth(true).setFlexGrow(0);
        if (role == Role.SUPPORT_AGENT) {
            grid.addColumn(TicketSummary::tenantName).setHeader("Tenant").setFlexGrow(1);
        }
        grid.addColumn(TicketSummary::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(t -> t.priority().label()).setHeader("Priority").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> statusBadge(t.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Timestamps.elapsed(t.createdAt(), Instant.now())).setHeader("Age")
            .setTooltipGenerator(t -> "Opened " + Timestamps.dateTime(t.createdAt())).setAutoWidth(true).setFlexGrow(0);
        if (role == Role.SUPPORT_AGENT) {
            grid.addColumn(t -> t.assigneeEmail() == null ? "Unassigned" : t.assigneeEmail()).setHeader("Assignee")
                .setFlexGrow(1);
        }
        grid.addColumn(TicketSummary::accountCount).setHeader("Accounts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Timestamps.dateTime(t.updatedAt()) + " · " + t.updatedBy())
            .setHeader("Last change").setFlexGrow(2);
        grid.setItems(tickets);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("tickets/" + e.getItem().id()));
        grid.setEmptyStateText(role == Role.SUPPORT_AGENT ? "No tickets match."
                : "No tickets yet. Open one with \"New ticket\", or select accounts under Accounts and choose \"Open ticket\".");
        grid.setSizeFull();
        return grid;
    }

    static StatusBadge statusBadge(TicketStatus status) {
        return new StatusBadge(status.statusLabel());
    }

    private TicketQuery query() {
        String text = search.getValue().strip();
        return new TicketQuery(status.getValue(), priority.getValue(), text.isEmpty() ? null : text,
                mine.getValue() ? userId : null);
    }

    NewTicketDialog openNewTicketDialog() {
        NewTicketDialog dialog = new NewTicketDialog();
        dialog.openSaving(form -> ticketService.create(form, List.of()), created -> {
            Notices.success("Opened " + created.reference() + ". Support will answer here and by e-mail.");
            UI.getCurrent().navigate("tickets/" + created.id());
        });
        return dialog;
    }

}
