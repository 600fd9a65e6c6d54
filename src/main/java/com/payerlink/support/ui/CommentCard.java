package com.payerlink.support.ui;

import com.payerlink.core.Tone;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.support.domain.TicketComment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One entry of a ticket's conversation: who and when, internal or not, a status change, the text. */
class CommentCard extends Div {

    CommentCard(TicketComment c) {
        Span who = new Span(c.author() + " · " + Timestamps.dateTime(c.at()));
        who.addClassName("comment-meta");
        add(who);
        addClassName("comment");
        if (c.internal()) {
            add(new StatusBadge("Internal", Tone.NEUTRAL));
            addClassName("internal");
        }
        if (c.statusChange() != null) {
            Span change = new Span("Status: " + c.statusChange());
            change.addClassName("status-change");
            add(change);
        }
        if (!c.body().isEmpty()) {
            Paragraph text = new Paragraph(c.body());
            text.addClassName("comment-body");
            add(text);
        }
    }

}
