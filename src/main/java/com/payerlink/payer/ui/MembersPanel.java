package com.payerlink.payer.ui;

import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.SelectionLabels;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.TitledSection;
import com.payerlink.payer.domain.Customer;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.MemberFlag;
import com.payerlink.payer.domain.MemberSyncStatus;
import com.payerlink.payer.domain.PayerMember;
import com.payerlink.payer.domain.PayerMemberService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Predicate;

/**
 * A payer's members: when they were last read from AWS Organizations, who joined or left since an operator last
 * looked (flagged in the grid), and their grouping into customers, one or many at once.
 */
class MembersPanel extends TitledSection {

    /** Which members the grid shows. */
    enum Shown {
        ALL("All members", m -> true),
        CHANGED("New or removed", m -> m.flag() != MemberFlag.NONE),
        UNGROUPED("Not in a customer", m -> m.customerId() == null && !m.removed());

        final String label;

        final Predicate<PayerMember> test;

        Shown(String label, Predicate<PayerMember> test) {
            this.label = label;
            this.test = test;
        }
    }

    private final transient CustomerAccount payer;

    private final transient PayerMemberService members;

    private final transient CustomerService customers;

    final Paragraph status = new Paragraph();

    final Grid<PayerMember> grid = new Grid<>(PayerMember.class, false);

    final Select<Shown> shown = new Select<>();

    final ComboBox<Customer> customer = new ComboBox<>("Customer");

    final Button group = new Button("Group selected");

    MembersPanel(CustomerAccount payer, PayerMemberService members, CustomerService customers) {
        super("Members of the organization", "members-panel");
        this.payer = payer;
        this.members = members;
        this.customers = customers;
        boolean editor = CurrentScope.get().hasRole(Role.ORG_ADMIN, Role.OPERATOR);
        status.setId("members-status");
        configureGrid(editor);
        add(status, toolbar(editor), grid);
        if (editor) {
            add(groupingBar());
        }
        refresh();
    }

    private Component toolbar(boolean editor) {
        shown.setLabel("Show");
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(s -> s.label);
        shown.setValue(Shown.ALL);
        shown.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(shown);
        if (editor) {
            Button sync = new Button("Sync now", e -> sync());
            sync.setId("sync-members");
            Button seen = new Button("Mark changes seen", e -> {
                int cleared = members.acknowledgeChanges(payer.id());
                Notices.success(cleared == 0 ? "No changes to mark." : cleared + " changes marked as seen.");
                refresh();
            });
            seen.setId("members-seen");
            seen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(sync, seen);
        }
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        return bar;
    }

    private void configureGrid(boolean editor) {
        grid.setId("members-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(false);
        grid.setHeight("22rem");
        grid.addColumn(m -> m.accountId().value()).setHeader("Account ID").setKey("accountId").setAutoWidth(true)
            .setFlexGrow(0).setSortable(true);
        grid.addColumn(PayerMember::name).setHeader("Name").setKey("name").setFlexGrow(2).setSortable(true);
        grid.addColumn(m -> m.customerName() == null ? "—" : m.customerName()).setHeader("Customer").setKey("customer")
            .setFlexGrow(1).setSortable(true);
        // wide enough for "Removed": the rows first drawn may all be unchanged
        grid.addComponentColumn(MembersPanel::change).setHeader("Change").setKey("change").setWidth("7.5rem")
            .setFlexGrow(0);
        grid.addComponentColumn(MembersPanel::connection).setHeader("Connection").setKey("connection")
            .setAutoWidth(true).setFlexGrow(0);
        if (editor) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            SelectionLabels.nameRows(grid, PayerMember::name);
        }
    }

    static Component change(PayerMember m) {
        if (m.flag() == MemberFlag.NONE) {
            return new Span(m.removed() ? "Removed" : "");
        }
        StatusBadge badge = new StatusBadge(m.flag().statusLabel());
        badge.addClassName("member-flag");
        return badge;
    }

    /** The tenant's account of the member, however it was found (StackSet, the organization's list, by hand). */
    static Component connection(PayerMember m) {
        AccountSummary a = m.connection();
        if (a == null) {
            return new Span("Not connected");
        }
        Anchor link = new Anchor("accounts/" + a.id(), new StatusBadge(a.state().statusLabel()));
        link.addClassName("member-connection");
        return link;
    }

    private Component groupingBar() {
        customer.setId("member-customer");
        customer.setItemLabelGenerator(Customer::name);
        customer.setClearButtonVisible(true);
        customer.setPlaceholder("None (ungroup)");
        customer.setHelperText("New customers: Customers page");
        group.setId("group-members");
        group.addClickListener(e -> groupSelected());
        FlexLayout bar = new FlexLayout(customer, group);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        return bar;
    }

    private void sync() {
        try {
            MemberSyncStatus s = members.sync(payer.id());
            Notices.success(s.memberCount() + " members read from AWS Organizations.");
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
        refresh();
    }

    private void groupSelected() {
        List<AccountId> chosen = grid.getSelectedItems().stream().map(PayerMember::accountId).toList();
        Customer target = customer.getValue();
        try {
            int moved = members.group(payer.id(), chosen, target == null ? null : target.id());
            Notices.success(moved + (target == null ? " members ungrouped." : " members grouped into " + target.name() + "."));
            grid.deselectAll();
            refresh();
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
    }

    void refresh() {
        List<PayerMember> all = members.members(payer.id());
        grid.setItems(all.stream().filter(shown.getValue().test).toList());
        customer.setItems(customers.customers());
        status.setText(describe(members.syncStatus(payer.id()).orElse(null), all));
    }

    static String describe(@Nullable MemberSyncStatus s, List<PayerMember> all) {
        if (s == null || s.syncedAt() == null) {
            return "Not read yet: the portal reads the organization's member accounts every day; \"Sync now\" reads"
                    + " them at once." + (s == null || s.problem().isEmpty() ? "" : " The last try failed: " + s.problem());
        }
        long joined = all.stream().filter(m -> m.flag() == MemberFlag.NEW).count();
        long left = all.stream().filter(m -> m.flag() == MemberFlag.REMOVED).count();
        String text = s.memberCount() + " members, read " + Timestamps.dateTime(s.syncedAt()) + " (again every day).";
        if (joined + left > 0) {
            text += " Since changes were last marked seen: " + joined + " new, " + left + " removed.";
        }
        if (!s.problem().isEmpty()) {
            text += " The last try (" + Timestamps.dateTime(s.triedAt()) + ") failed: " + s.problem();
        }
        return text;
    }

}
