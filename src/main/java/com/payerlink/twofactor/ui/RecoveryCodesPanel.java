package com.payerlink.twofactor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** The ten recovery codes, shown once right after they are made (only their hashes are kept). */
class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(List<String> codes) {
        addClassName("recovery-codes");
        Paragraph why = new Paragraph("Save these recovery codes somewhere safe (a password manager, or on paper). Each"
                + " one signs you in once if you lose your phone. They are shown only now.");
        UnorderedList list = new UnorderedList();
        list.addClassName("monospace");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(why, list);
    }

}
