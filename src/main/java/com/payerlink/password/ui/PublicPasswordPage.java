package com.payerlink.password.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page opened before anyone is signed in (forgot password, set password): one narrow card in the middle. */
abstract class PublicPasswordPage extends VerticalLayout {

    protected final VerticalLayout card = new VerticalLayout();

    protected PublicPasswordPage() {
        addClassName("password-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.setMaxWidth("26rem");
        card.setPadding(false);
        add(card);
    }

}
