package com.payerlink.invitation.ui;

import com.payerlink.invitation.domain.InvitationOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/**
 * New invitation links to hand over yourself when the portal has no mail server: shown once, right after
 * sending, since the portal keeps only each link's hash and cannot show it again.
 */
class LinksToCopyDialog extends Dialog {

    LinksToCopyDialog(List<InvitationOutcome.LinkToCopy> links) {
        setHeaderTitle("Copy the new link" + (links.size() == 1 ? "" : "s"));
        add(new Paragraph("No mail server is configured, so the invitation mail waits in the outbox. Copy each link"
                + " now and give it to the account's contacts yourself: it is shown only this once (Resend makes a new one)."));
        for (InvitationOutcome.LinkToCopy link : links) {
            TextField field = new TextField(link.accountName());
            field.setValue(link.link());
            field.setReadOnly(true);
            field.setWidthFull();
            Button copy = new Button("Copy link", e -> e.getSource().getElement()
                .executeJs("navigator.clipboard.writeText($0)", link.link()));
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(field, copy);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            add(row);
        }
        getFooter().add(new Button("Done", e -> close()));
        setWidth("640px");
    }

}
