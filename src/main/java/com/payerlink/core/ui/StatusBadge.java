package com.payerlink.core.ui;

import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;
import com.vaadin.flow.component.html.Span;

/** A status as a coloured Lumo badge: the one place where a {@link Tone} becomes a theme name. */
public class StatusBadge extends Span {

    /** An empty badge, for a status shown later with {@link #show}. */
    public StatusBadge() {
    }

    public StatusBadge(String label, Tone tone) {
        show(label, tone);
    }

    public StatusBadge(StatusLabel status) {
        show(status);
    }

    /** Shows another status in this badge, e.g. after the record changed. */
    public final void show(String label, Tone tone) {
        setText(label);
        getElement().setAttribute("theme", ("badge " + theme(tone)).strip());
    }

    /** Shows another status in this badge, e.g. after the record changed. */
    public final void show(StatusLabel status) {
        show(status.label(), status.tone());
    }

    /** The Lumo badge variant of a tone; INFO is Lumo's plain (primary-coloured) badge. */
    static String theme(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> "contrast";
            case SUCCESS -> "success";
            case WARNING -> "warning";
            case ERROR -> "error";
            case INFO -> "";
        };
    }

}
