package com.payerlink.account.ui;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.ui.StatusBadge;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The top of the wizard: a link back to all accounts, the account's name, state, and what it connects. */
class AccountHeader extends VerticalLayout {

    private final H2 title = new H2();

    private final Span subtitle = new Span();

    private final StatusBadge stateBadge = new StatusBadge();

    AccountHeader() {
        HorizontalLayout line = new HorizontalLayout(title, stateBadge);
        line.setAlignItems(Alignment.BASELINE);
        subtitle.addClassName("account-subtitle");
        add(new Anchor("accounts", "← All accounts"), line, subtitle);
        setPadding(false);
        setSpacing(false);
    }

    void show(CustomerAccount account) {
        title.setText(account.name());
        subtitle.setText(account.accountId().value() + " · " + account.partition().label() + " · "
                + account.method().label() + " · step " + account.wizardStep() + " of " + WizardStep.COUNT);
        stateBadge.show(account.state().statusLabel());
    }

}
