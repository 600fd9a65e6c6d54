package com.payerlink.payer.ui;

import com.payerlink.payer.domain.LimitedSetup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * Wizard step 5 of a limited customer's account: the Data Export to create in the MSP's own payer, or, while the
 * account is not linked to its customer, that this comes first.
 */
class LimitedExportStep extends Div {

    LimitedExportStep(@Nullable LimitedSetup setup) {
        super(new H4("In your payer: the Data Export of this customer's accounts"), new Paragraph("The customer has no"
                + " access to the billing file: its rows come from your payer, by a CUR 2.0 Data Export that reads exactly"
                + " the accounts agreed with it, delivered to this account's bucket and prefix. The published template"
                + " creates it too, in your payer, with its LimitedExport… parameters."));
        setId("limited-export-step");
        setWidthFull();
        add(setup != null ? new LimitedExportInstructions(setup) : new Paragraph("Link this account to its customer"
                + " first (Extraction from your payer, at the top of this page); the customer's members are the agreed"
                + " accounts."));
    }

}
