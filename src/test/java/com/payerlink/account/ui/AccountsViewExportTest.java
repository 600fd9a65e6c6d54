package com.payerlink.account.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.AccountService;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;

/** The accounts grid's CSV export (filter and selection) and its way into the import. */
class AccountsViewExportTest extends KaribuTest {

    private static final String HEADER = "account_id,name,partition,connection_method,contact_emails,products,"
            + "cur_bucket,report_name,report_prefix,bucket_region";

    @Autowired
    private AccountService accountService;

    @Test
    void a_viewer_exports_the_filtered_accounts_in_the_import_format_but_sees_no_import_button() {
        Tenant t = newTenant();
        create(t, Partition.AWS, "111111111111", "=cmd|' /C calc'!A0");
        create(t, Partition.AWS_CN, "222222222222", "Panda, Ltd");
        login(newUser(t, Role.VIEWER).email());
        AccountsView view = openView();
        assertThat(view.importCsv.getParent()).isEmpty();

        view.filters.partition.setValue(Partition.AWS);
        byte[] bytes = _download(view.exportFiltered);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly(HEADER,
                "111111111111,'=cmd|' /C calc'!A0,aws,MSP_SINGLE,,COST_ANALYTICS,,,,");
    }

    @Test
    void the_selected_accounts_export_without_other_tenants_accounts() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        CustomerAccount first = create(mine, Partition.AWS, "111111111111", "First");
        create(mine, Partition.AWS, "333333333333", "Not selected");
        CustomerAccount foreign = create(other, Partition.AWS, "444444444444", "Foreign");
        login(adminEmail(mine));
        AccountsView view = openView();
        _findAll(view.grid).stream().filter(a -> a.id().equals(first.id())).forEach(view.grid::select);
        view.grid.select(new AccountSummary(foreign.id(), foreign.name(), foreign.accountId(), foreign.partition(),
                foreign.method(), foreign.state(), foreign.wizardStep(), foreign.updatedAt()));

        assertThat(view.bulkBar.exportSelected.getParent()).contains(view.bulkBar);
        String csv = new String(_download(view.bulkBar.exportSelected), StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1).toList()).containsExactly("111111111111,First,aws,MSP_SINGLE,,COST_ANALYTICS,,,,");
    }

    @Test
    void an_operator_opens_the_import_from_the_header_and_the_empty_grid_mentions_it() {
        Tenant t = newTenant();
        login(newUser(t, Role.OPERATOR).email());
        AccountsView view = openView();

        assertThat(view.grid.getEmptyStateText()).contains("Import CSV");
        view.importCsv.click();

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("accounts/import");
    }

    private CustomerAccount create(Tenant tenant, Partition partition, String accountId, String name) {
        return as(tenant, Role.OPERATOR, () -> accountService.create(partition,
                new AccountDetails(accountId, name, ConnectionMethod.MSP_SINGLE, "")));
    }

    private static AccountsView openView() {
        UI.getCurrent().navigate(AccountsView.class);
        return (AccountsView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
