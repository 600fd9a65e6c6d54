package com.payerlink.payer.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.payer.domain.Customer;
import com.payerlink.payer.domain.CustomerGrouping;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.MemberChanges;
import com.payerlink.payer.domain.PayerMemberService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.stream.Collectors;

/**
 * The tenant's customers: name, contacts and how many payer members each has; a new one by hand, and the grouping of
 * members into customers by CSV. Members are grouped one or many at once on their payer's account page.
 */
@Route(value = "customers", layout = MainLayout.class)
@PageTitle("Customers · Payerlink")
@Menu(order = 25, title = "Customers", icon = "vaadin:group")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
public class CustomersView extends VerticalLayout {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final transient CustomerService customers;

    final Grid<Customer> grid = new Grid<>(Customer.class, false);

    final Paragraph changes = new Paragraph();

    final Paragraph uploadResult = new Paragraph();

    public CustomersView(CustomerService customers, PayerMemberService members) {
        this.customers = customers;
        boolean editor = CurrentScope.get().hasRole(Role.ORG_ADMIN, Role.OPERATOR);
        Button add = new Button("New customer", e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-customer");
        add.setVisible(editor);
        changes.setId("member-changes");
        MemberChanges c = members.changes();
        changes.setText(c.any() ? c.joined() + " member accounts joined and " + c.left() + " left your payers'"
                + " organizations since they were last marked seen: open each payer's account page (Members) to see"
                + " them." : "No member account joined or left your payers' organizations since the changes were last"
                + " marked seen.");
        configureGrid(editor);
        add(new ViewHeader("Customers", add), new Paragraph("Your end customers. Group the member accounts of your"
                + " payers into them on each payer's account page (Members), or all at once with a CSV file below."),
                changes, grid);
        if (editor) {
            add(createUpload());
        }
        refresh();
    }

    private void configureGrid(boolean editor) {
        grid.setId("customers-grid");
        grid.addColumn(Customer::name).setHeader("Name").setKey("name").setFlexGrow(2).setSortable(true);
        grid.addColumn(c -> c.contacts().stream().map(Object::toString).collect(Collectors.joining(", ")))
            .setHeader("Contacts").setKey("contacts").setFlexGrow(2);
        grid.addColumn(Customer::memberCount).setHeader("Members").setKey("members").setAutoWidth(true).setFlexGrow(0);
        if (editor) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        grid.setEmptyStateText("No customers yet.");
    }

    private Component createUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> group(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setDropLabel(new Span("Drop a CSV file here: account_id,customer,contacts"));
        upload.addFileRejectedListener(e -> uploadResult.setText("Upload a CSV file of at most 5 MB, one member per"
                + " line: account_id,customer,contacts."));
        upload.setId("grouping-upload");
        uploadResult.setId("grouping-result");
        return new VerticalLayout(new H3("Group members by CSV"), new Paragraph("One member per line, below the header"
                + " account_id,customer,contacts (contacts optional, separated by spaces). Missing customers are"
                + " created; a file with any problem groups nothing."), upload, uploadResult);
    }

    void group(byte[] bytes) {
        try {
            int grouped = customers.applyGrouping(CustomerGrouping.parse(bytes));
            uploadResult.setText(grouped + " members grouped into their customers.");
            uploadResult.removeClassName("error-text");
            refresh();
        }
        catch (InvalidInputException e) {
            uploadResult.setText(e.getMessage());
            uploadResult.addClassName("error-text");
        }
    }

    private void edit(@Nullable Customer customer) {
        CustomerDialog dialog = new CustomerDialog(customer);
        dialog.openSaving(f -> customer == null ? customers.create(f.name(), f.contacts())
                : customers.update(customer.id(), customer.version(), f.name(), f.contacts()), saved -> {
                    Notices.success("Customer " + saved.name() + " saved.");
                    refresh();
                });
    }

    void refresh() {
        grid.setItems(customers.customers());
    }

}
