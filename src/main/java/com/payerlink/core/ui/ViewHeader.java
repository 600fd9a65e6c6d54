package com.payerlink.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's top line: its title on the left and its actions (e.g. "New tenant") on the right. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, Component... actions) {
        add(new H2(title));
        add(actions);
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** A header whose one action is the view's primary "+" button, e.g. "New tenant", which runs {@code onClick}. */
    public static ViewHeader withAction(String title, String action, Runnable onClick) {
        Button button = new Button(action, VaadinIcon.PLUS.create(), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new ViewHeader(title, button);
    }

}
