package com.payerlink.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
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

}
