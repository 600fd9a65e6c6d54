package com.payerlink.payer.ui;

import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.StackStepSection;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Optional;

/** Wizard step 5 of a limited customer's account: the Data Export to create in the MSP's own payer. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LimitedExportStepSection implements StackStepSection {

    private final LimitedExtractionService limited;

    @Override
    public Optional<Component> create(CustomerAccount account) {
        if (account.method() != ConnectionMethod.MSP_LIMITED) {
            return Optional.empty();
        }
        Div part = new Div(new H4("In your payer: the Data Export of this customer's accounts"), new Paragraph("The"
                + " customer has no access to the billing file: its rows come from your payer, by a CUR 2.0 Data Export"
                + " that reads exactly the accounts agreed with it, delivered to this account's bucket and prefix. The"
                + " published template creates it too, in your payer, with its LimitedExport… parameters."));
        part.setId("limited-export-step");
        part.setWidthFull();
        part.add(limited.setupOf(account.id()).<Component>map(LimitedExportInstructions::new)
            .orElseGet(() -> new Paragraph("Link this account to its customer first (Extraction from your payer, at the"
                    + " top of this page); the customer's members are the agreed accounts.")));
        return Optional.of(part);
    }

}
