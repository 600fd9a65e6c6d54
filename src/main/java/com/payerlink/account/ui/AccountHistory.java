package com.payerlink.account.ui;

import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.ui.Timestamps;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** The account's history under the wizard: who did what and when, newest as the service lists it. */
class AccountHistory extends Details {

    private final UnorderedList entries = new UnorderedList();

    AccountHistory() {
        super("History");
        add(entries);
        setOpened(true);
        entries.addClassName("history");
    }

    void show(List<HistoryEntry> history) {
        entries.removeAll();
        for (HistoryEntry h : history) {
            entries.add(new ListItem(Timestamps.dateTime(h.at()) + " · " + h.actor() + " · " + describe(h)));
        }
    }

    private static String describe(HistoryEntry h) {
        String what = switch (h.action()) {
            case "STEP_SAVED" -> "step " + h.step() + " (" + WizardStep.of(h.step()).title() + ") saved";
            case "CREATED" -> "created";
            case "REGISTERED" -> "registered the connection";
            default -> h.action().toLowerCase().replace('_', ' ');
        };
        return h.detail().isEmpty() ? what : what + ": " + h.detail();
    }

}
