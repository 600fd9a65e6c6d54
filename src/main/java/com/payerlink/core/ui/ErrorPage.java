package com.payerlink.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A plain page for a navigation that cannot be shown: a heading, one sentence, and the way home. It never lists the
 * portal's routes (Vaadin's own error views do, in development mode).
 */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String heading, String explanation) {
        removeAll();
        addClassName("error-page");
        add(new H2(heading), new Paragraph(explanation), new Anchor("", "Go to Home"));
    }

}
