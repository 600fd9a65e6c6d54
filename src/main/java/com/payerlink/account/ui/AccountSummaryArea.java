package com.payerlink.account.ui;

import com.payerlink.account.domain.ConnectionLifecycleService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.core.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The place of the summary card on an account's page: builds it afresh for the account as it is now, with the
 * sections other features contribute. A section that learns of a change in the background (a verification that has
 * finished) has the page show the account afresh, as the viewer who opened it.
 */
class AccountSummaryArea extends Div {

    private final transient ObjectProvider<AccountSection> sections;

    private final transient ConnectionLifecycleService lifecycle;

    private final transient Consumer<CustomerAccount> accountChanged;

    private final transient Runnable reload;

    private transient SecurityContext viewer = SecurityContextHolder.getContext();

    /**
     * @param accountChanged shows the account as an action here changed it
     * @param reload         reads the account afresh and shows it
     */
    AccountSummaryArea(ObjectProvider<AccountSection> sections, ConnectionLifecycleService lifecycle,
            Consumer<CustomerAccount> accountChanged, Runnable reload) {
        this.sections = sections;
        this.lifecycle = lifecycle;
        this.accountChanged = accountChanged;
        this.reload = reload;
    }

    void show(CustomerAccount account, List<HistoryEntry> history, Role role) {
        viewer = SecurityContextHolder.getContext();
        removeAll();
        List<Component> parts = new ArrayList<>();
        sections.orderedStream().forEach(s -> s.create(account, this::reloadAsViewer).ifPresent(parts::add));
        if (AccountSummaryCard.shows(account, parts)) {
            add(new AccountSummaryCard(account, history, parts,
                    new ConnectionActions(account, role, lifecycle, accountChanged)));
        }
    }

    // called from background work too (inside the UI's lock), where no one is signed in on the thread
    private void reloadAsViewer() {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(viewer);
        try {
            reload.run();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

}
