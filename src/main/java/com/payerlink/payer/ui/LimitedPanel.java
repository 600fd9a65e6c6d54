package com.payerlink.payer.ui;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.TitledSection;
import com.payerlink.payer.domain.Customer;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.payerlink.payer.domain.LimitedSetup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/**
 * The seed's "Customer Working with MSP" for one limited account: which customer it is (its members are the agreed
 * accounts), the CUR 2.0 export that extracts their rows from the MSP's payer, as SQL and as a CloudFormation resource,
 * and the action that creates it through the payer's role.
 */
class LimitedPanel extends TitledSection {

    private final transient CustomerAccount account;

    private final transient LimitedExtractionService limited;

    private final transient CustomerService customers;

    final ComboBox<Customer> customer = new ComboBox<>("Customer");

    final TextField billingView = new TextField("Billing view ARN (AWS Billing Conductor, optional)");

    final VerticalLayout extraction = new VerticalLayout();

    LimitedPanel(CustomerAccount account, LimitedExtractionService limited, CustomerService customers) {
        super("Extraction from your payer", "limited-panel");
        this.account = account;
        this.limited = limited;
        this.customers = customers;
        extraction.setPadding(false);
        add(new Paragraph("This customer has no access to the billing file: you"
                + " extract its rows from your own payer's data, for the member accounts agreed with it (the members of"
                + " its customer), with a CUR 2.0 export in us-east-1 delivered to this account's bucket and prefix."));
        if (CurrentScope.get().hasRole(Role.ORG_ADMIN, Role.OPERATOR)) {
            add(linkForm());
        }
        add(extraction);
        refresh();
    }

    private FlexLayout linkForm() {
        customer.setItems(customers.customers());
        customer.setItemLabelGenerator(Customer::name);
        customer.setId("limited-customer");
        billingView.setId("billing-view");
        billingView.setWidth("min(36rem, 100%)");
        billingView.setHelperText("Only where you bill this customer through a billing group; empty: a filter on its accounts");
        Button save = new Button("Save", e -> link());
        save.setId("limited-save");
        FlexLayout form = new FlexLayout(customer, billingView, save);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        return form;
    }

    private void link() {
        Customer chosen = customer.getValue();
        if (chosen == null) {
            customer.setErrorMessage("Choose the customer this account belongs to.");
            customer.setInvalid(true);
            return;
        }
        try {
            limited.link(account.id(), chosen.id(), chosen.version(), billingView.getValue());
            Notices.success(account.name() + " is the limited account of " + chosen.name() + ".");
            customer.setItems(customers.customers());
            refresh();
        }
        catch (InvalidInputException e) {
            Notices.show(e, Map.of("billingViewArn", billingView, "customer", customer));
        }
        catch (ConcurrentChangeException e) {
            Notices.error(e.getMessage());
        }
    }

    private void refresh() {
        extraction.removeAll();
        LimitedSetup setup = limited.setupOf(account.id()).orElse(null);
        if (setup == null) {
            extraction.add(new Paragraph("No customer is linked to this account yet."));
            return;
        }
        customer.getListDataView().getItems().filter(c -> c.id().equals(setup.customer().id())).findFirst()
            .ifPresent(customer::setValue);
        billingView.setValue(setup.customer().billingViewArn() == null ? "" : setup.customer().billingViewArn());
        if (setup.definition() == null || setup.payer() == null) {
            extraction.add(new Paragraph(setup.problem()));
            return;
        }
        Paragraph status = new Paragraph(setup.customer().exportArn() == null
                ? "Not created yet in payer " + setup.payer().name() + " (" + setup.payer().accountId().value() + ")."
                : "Created in payer " + setup.payer().name() + ": " + setup.customer().exportArn()
                        + ". Verification checks that it is hourly, has resource IDs, is Parquet and reads exactly the"
                        + " agreed accounts.");
        status.setId("export-status");
        // one place for the export's query, template and CLI command: the wizard's step 5 on this page
        extraction.add(status, new Paragraph("Agreed accounts: " + String.join(", ",
                setup.definition().agreedAccounts()) + ". The export's query, its CloudFormation template and the AWS"
                + " CLI command to create it in your payer: step 5 (CloudFormation) below."));
        if (setup.customer().exportArn() == null && CurrentScope.get().hasRole(Role.ORG_ADMIN, Role.OPERATOR)) {
            Button create = new Button("Create the export in the payer", e -> createExport());
            create.setId("create-export");
            extraction.add(create);
        }
    }

    private void createExport() {
        try {
            Notices.success("Export created: " + limited.createExport(account.id()));
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
        refresh();
    }

}
