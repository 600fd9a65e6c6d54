package com.payerlink.account.ui;

import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.ui.Timestamps;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** An account's history on its page, newest first: when, who, what. */
class HistoryList extends UnorderedList {

    HistoryList() {
        addClassName("history");
    }

    void show(List<HistoryEntry> entries) {
        removeAll();
        for (HistoryEntry h : entries) {
            add(new ListItem(Timestamps.dateTime(h.at()) + " · " + h.actor() + " · " + describe(h)));
        }
    }

    static String describe(HistoryEntry h) {
        String what = switch (h.action()) {
            case "STEP_SAVED" -> "step " + h.step() + " (" + WizardStep.of(h.step()).title() + ") saved";
            case "CREATED" -> "created";
            case "REGISTERED" -> "registered the connection";
            default -> h.action().toLowerCase().replace('_', ' ');
        };
        return h.detail().isEmpty() ? what : what + ": " + h.detail();
    }

}
