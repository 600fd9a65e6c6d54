package com.payerlink.core.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A part of a page under its own heading, e.g. an account's health or its organization's members: the heading first,
 * then what the part adds, without padding of its own so that it lines up with the rest of the page.
 */
public class TitledSection extends VerticalLayout {

    private final H3 title;

    /** A section headed {@code title}, styled by {@code className}. */
    public TitledSection(String title, String className) {
        this.title = new H3(title);
        setPadding(false);
        addClassName(className);
        add(this.title);
    }

    /** Heads the section with {@code text} from now on. */
    public void setTitle(String text) {
        title.setText(text);
    }

}
