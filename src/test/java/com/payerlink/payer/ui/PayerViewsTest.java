package com.payerlink.payer.ui;

import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CostExportQuery;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.payer.Payers;
import com.payerlink.payer.domain.Customer;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.payerlink.payer.domain.MemberFlag;
import com.payerlink.payer.domain.PayerMember;
import com.payerlink.payer.domain.PayerMemberService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.domain.VerificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

/** The payer's members on its page and the Customers view, browserless on the real database. */
class PayerViewsTest extends KaribuTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    AccountService accountService;

    @Autowired
    VerificationService verificationService;

    @Autowired
    PayerMemberService members;

    @Autowired
    CustomerService customers;

    @Autowired
    LimitedExtractionService limited;

    @Autowired
    AccountTemplates templates;

    @Test
    void an_operator_sees_joined_members_flagged_and_groups_the_selected_ones_into_a_customer() {
        Tenant t = newTenant();
        CustomerAccount payer = Payers.syncedPayer(aws, accountService, verificationService, members, t, 81, 9000, 3);
        Payers.organizationOf(aws, payer, 9000, 4);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        Customer acme = as(t, Role.OPERATOR, () -> customers.create("Acme Corp", ""));
        login(newUser(t, Role.OPERATOR).email());

        UI.getCurrent().navigate("accounts/" + payer.id());
        MembersPanel panel = _get(MembersPanel.class);

        assertThat(panel.status.getText()).contains("4 members", "1 new, 0 removed");
        panel.shown.setValue(MembersPanel.Shown.CHANGED);
        assertThat(_size(panel.grid)).isEqualTo(1);
        assertThat(panel.grid.getListDataView().getItem(0).accountId()).isEqualTo(Payers.member(9003));
        panel.shown.setValue(MembersPanel.Shown.ALL);
        @SuppressWarnings("unchecked")
        Grid<PayerMember> grid = panel.grid;
        grid.getListDataView().getItems().filter(m -> !m.accountId().equals(Payers.member(9002))).forEach(grid::select);
        panel.customer.setValue(acme);
        panel.group.click();

        assertThat(as(t, Role.VIEWER, () -> customers.get(acme.id())).memberCount()).isEqualTo(3);
        _get(panel, Button.class, spec -> spec.withId("members-seen")).click();
        assertThat(as(t, Role.VIEWER, () -> members.members(payer.id()))).extracting(PayerMember::flag)
            .containsOnly(MemberFlag.NONE);
    }

    @Test
    void a_grouping_csv_with_a_bad_line_groups_nothing_and_names_the_line() {
        Tenant t = newTenant();
        Payers.syncedPayer(aws, accountService, verificationService, members, t, 82, 9100, 3);
        login(adminEmail(t));
        UI.getCurrent().navigate("customers");
        CustomersView view = _get(CustomersView.class);

        view.group("""
                account_id;customer;contacts
                700000009100;Acme Corp;billing@acme.example
                1.23457E+11;Acme Corp;
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(view.uploadResult.getText()).contains("Nothing was grouped", "Line 3", "scientific notation");
        assertThat(as(t, Role.VIEWER, () -> customers.customers())).isEmpty();

        // Excel's BOM and an ID that lost its leading zeros are fine
        view.group(("\uFEFFaccount_id,customer,contacts\n700000009100,Acme Corp,billing@acme.example\n"
                + "700000009101,\"Beta, Ltd\",\n").getBytes(StandardCharsets.UTF_8));

        assertThat(view.uploadResult.getText()).isEqualTo("2 members grouped into their customers.");
        List<Customer> all = as(t, Role.VIEWER, () -> customers.customers());
        assertThat(all).extracting(Customer::name).containsExactly("Acme Corp", "Beta, Ltd");
        assertThat(all.get(0).contacts()).extracting(Object::toString).containsExactly("billing@acme.example");
        assertThat(_size(view.grid)).isEqualTo(2);
    }

    private record LimitedAndSingle(Tenant tenant, CustomerAccount payer, CustomerAccount limited,
            CustomerAccount single) {
    }

    // a synced payer n (members from first on), its limited customer's account, and a single reseller account
    private LimitedAndSingle limitedAndSingle(int n, int first, String limitedId, String singleId) {
        Tenant t = newTenant();
        CustomerAccount payer = Payers.syncedPayer(aws, accountService, verificationService, members, t, n, first, 3);
        CustomerAccount limitedAccount = Payers.limitedAccount(accountService, members, customers, limited, t, payer,
                first, limitedId);
        CustomerAccount single = TestAccounts.complete(accountService, t, TestAccounts.create(accountService, t,
                singleId, "Single Co", ConnectionMethod.MSP_SINGLE, ""));
        return new LimitedAndSingle(t, payer, limitedAccount, single);
    }

    @Test
    void a_limited_accounts_quick_create_link_and_template_let_the_msp_payers_export_deliver_and_others_do_not() {
        LimitedAndSingle s = limitedAndSingle(84, 9300, "583958395841", "583958395842");
        String payerId = s.payer().accountId().value();

        assertThat(as(s.tenant(), Role.VIEWER, () -> templates.quickCreateLink(s.limited().id())).toString())
            .contains("param_ExportSourceAccount=" + payerId);
        assertThat(as(s.tenant(), Role.VIEWER, () -> templates.template(s.limited().id())))
            .contains("ExportSourceAccount:", "Default: '" + payerId + "'");
        assertThat(as(s.tenant(), Role.VIEWER, () -> templates.quickCreateLink(s.single().id())).toString())
            .contains("param_ExportSourceAccount=&").doesNotContain(payerId);
    }

    @Test
    void the_wizard_of_a_limited_account_shows_the_export_to_create_in_the_payer_and_others_do_not() {
        LimitedAndSingle s = limitedAndSingle(83, 9200, "583958395839", "583958395840");
        Tenant t = s.tenant();
        CustomerAccount payer = s.payer();
        CustomerAccount limitedAccount = s.limited();
        CustomerAccount single = s.single();
        login(newUser(t, Role.OPERATOR).email());

        UI.getCurrent().navigate("accounts/" + limitedAccount.id(), QueryParameters.of("step", "5"));

        LimitedExportInstructions export = _get(LimitedExportInstructions.class);
        assertThat(export.query.getText()).isEqualTo(CostExportQuery.agreedAccounts(List.of(
                Payers.member(9200).value(), Payers.member(9201).value())));
        assertThat(export.template.getText()).contains("Type: AWS::BCMDataExports::Export",
                "WHERE line_item_usage_account_id IN ('700000009200', '700000009201')", "Format: PARQUET",
                "TIME_GRANULARITY: HOURLY", "INCLUDE_RESOURCES: 'TRUE'",
                "S3Bucket: payerlink-cur-583958395839").doesNotContain("700000009202");
        assertThat(export.command.getText()).isEqualTo("aws cloudformation deploy --region us-east-1 --stack-name"
                + " payerlink-limited-583958395839 --template-file payerlink-limited-583958395839.yaml");
        assertThat(export.template.getText()).contains("S3BucketOwner: '583958395839'");
        assertThat(export.bucketAccepts.getText()).contains("payerlink-cur-583958395839 accepts this payer's"
                + " deliveries", "ExportSourceAccount=" + payer.accountId().value());

        UI.getCurrent().navigate("accounts/" + single.id(), QueryParameters.of("step", "5"));
        assertThat(_find(LimitedExportInstructions.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("limited-export-step"))).isEmpty();
    }

}
