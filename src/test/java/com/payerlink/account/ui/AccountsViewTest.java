package com.payerlink.account.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSort;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccountsViewTest extends KaribuTest {

    @Autowired
    private AccountService accountService;

    @Autowired
    private VerificationService verificationService;

    @Test
    void the_grid_shows_only_the_accounts_of_the_own_tenant() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        create(mine, Partition.AWS, "111111111111", "Mine One");
        create(mine, Partition.AWS_CN, "222222222222", "Mine Two");
        create(other, Partition.AWS, "333333333333", "Theirs");
        login(adminEmail(mine));

        AccountsView view = openView();

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_findAll(view.grid)).extracting(AccountSummary::name).containsExactly("Mine One", "Mine Two");
    }

    @Test
    void filtering_by_state_and_partition_narrows_the_rows() {
        Tenant t = newTenant();
        CustomerAccount draft = create(t, Partition.AWS, "111111111111", "Alpha");
        CustomerAccount started = create(t, Partition.AWS, "222222222222", "Bravo");
        create(t, Partition.AWS_CN, "333333333333", "Charlie");
        as(t, Role.OPERATOR, () -> accountService.savePartition(started.id(), started.version(), Partition.AWS));
        login(adminEmail(t));
        AccountsView view = openView();

        view.filters.state.setValue(AccountState.IN_PROGRESS);
        assertThat(_findAll(view.grid)).extracting(AccountSummary::name).containsExactly("Bravo");

        view.filters.state.setValue(AccountState.DRAFT);
        assertThat(_findAll(view.grid)).extracting(AccountSummary::name).containsExactly("Alpha", "Charlie");

        view.filters.partition.setValue(Partition.AWS_CN);
        assertThat(_findAll(view.grid)).extracting(AccountSummary::name).containsExactly("Charlie");

        view.filters.clearFilters.click();
        assertThat(_findAll(view.grid)).extracting(AccountSummary::id).hasSize(3).contains(draft.id());
    }

    @Test
    void search_matches_part_of_a_name_or_the_start_of_an_account_id() {
        Tenant t = newTenant();
        create(t, Partition.AWS, "012345678901", "Acme Retail");
        create(t, Partition.AWS, "012399999999", "Globex");
        create(t, Partition.AWS, "987654321098", "Initech Acme");
        login(adminEmail(t));
        AccountsView view = openView();

        view.filters.search.setValue("acme");
        assertThat(_findAll(view.grid)).extracting(AccountSummary::name).containsExactly("Acme Retail", "Initech Acme");

        view.filters.search.setValue("0123");
        assertThat(_findAll(view.grid)).extracting(AccountSummary::name).containsExactly("Acme Retail", "Globex");

        // a prefix, not anywhere in the ID
        view.filters.search.setValue("5678");
        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).contains("No account matches these filters");
    }

    @Test
    void sorting_by_account_id_descending_orders_the_rows() {
        Tenant t = newTenant();
        create(t, Partition.AWS, "222222222222", "A");
        create(t, Partition.AWS, "000000000111", "B");
        create(t, Partition.AWS, "999999999999", "C");
        login(adminEmail(t));
        AccountsView view = openView();

        _sortByKey(view.grid, AccountSort.ACCOUNT_ID.key(), SortDirection.DESCENDING);

        assertThat(_findAll(view.grid)).extracting(a -> a.accountId().value())
            .containsExactly("999999999999", "222222222222", "000000000111");
    }

    @Test
    void a_sort_key_outside_the_whitelist_falls_back_to_name() {
        Tenant t = newTenant();
        login(adminEmail(t));
        AccountsView view = openView();

        AccountQuery q = view.grid.queryFor(List.of(new QuerySortOrder("name; drop table customer_account", SortDirection.DESCENDING)));

        assertThat(q.sort()).isEqualTo(AccountSort.NAME);
        assertThat(q.descending()).isFalse();
    }

    @Test
    void a_viewer_sees_no_new_account_button() {
        Tenant t = newTenant();
        create(t, Partition.AWS, "111111111111", "Visible to viewers");
        login(newUser(t, Role.VIEWER).email());

        AccountsView view = openView();

        assertThat(_find(Button.class, spec -> spec.withText("New account"))).isEmpty();
        assertThat(view.newAccount.getParent()).isEmpty();
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void a_tenant_without_accounts_is_told_how_to_add_one() {
        Tenant t = newTenant();
        login(newUser(t, Role.OPERATOR).email());

        AccountsView view = openView();

        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).startsWith("No customer accounts yet").contains("New account");
        assertThat(view.newAccount.isVisible()).isTrue();
    }

    @Test
    void a_duplicate_account_id_is_shown_on_its_field_and_keeps_what_was_typed() {
        Tenant t = newTenant();
        create(t, Partition.AWS, "123456789012", "Existing Co");
        login(newUser(t, Role.OPERATOR).email());
        AccountsView view = openView();

        NewAccountDialog dialog = view.openNewAccountDialog();
        dialog.accountId.setValue("123456789012");
        dialog.name.setValue("Second Try Ltd");
        dialog.method.setValue(ConnectionMethod.MSP_SINGLE);
        dialog.save.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.accountId.isInvalid()).isTrue();
        assertThat(dialog.accountId.getErrorMessage()).contains("already exists").contains("Existing Co");
        assertThat(dialog.name.getValue()).isEqualTo("Second Try Ltd");
        assertThat(dialog.method.getValue()).isEqualTo(ConnectionMethod.MSP_SINGLE);
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void a_missing_method_is_shown_on_its_field() {
        Tenant t = newTenant();
        login(adminEmail(t));
        NewAccountDialog dialog = openView().openNewAccountDialog();

        dialog.accountId.setValue("123456789012");
        dialog.name.setValue("No Method Inc");
        dialog.save.click();

        assertThat(dialog.method.isInvalid()).isTrue();
        assertThat(dialog.method.getErrorMessage()).contains("Choose how");
        assertThat(dialog.accountId.isInvalid()).isFalse();
    }

    @Test
    void a_valid_new_account_is_created_and_its_wizard_opens() {
        Tenant t = newTenant();
        login(newUser(t, Role.OPERATOR).email());
        WizardStub.registerIfNoWizard();
        AccountsView view = openView();

        NewAccountDialog dialog = view.openNewAccountDialog();
        dialog.partition.setValue(Partition.AWS_CN);
        dialog.accountId.setValue("000123456789");
        dialog.name.setValue("Panda Trading");
        dialog.method.setValue(ConnectionMethod.DIRECT_MANAGEMENT);
        dialog.contactEmails.setValue("ops@panda.example, cfo@panda.example");
        dialog.save.click();

        List<AccountSummary> all = accountService.matching(AccountQuery.all()).page(0, 10);
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.accountId().value()).isEqualTo("000123456789");
            assertThat(a.partition()).isEqualTo(Partition.AWS_CN);
            // the dialog asked steps 1 and 2: the wizard goes on at step 3
            assertThat(a.state()).isEqualTo(AccountState.IN_PROGRESS);
            assertThat(a.wizardStep()).isEqualTo(3);
        });
        assertThat(accountService.get(all.get(0).id()).contactEmails()).containsExactly("ops@panda.example", "cfo@panda.example");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("accounts/" + all.get(0).id());
    }

    @Test
    void clicking_a_row_opens_the_accounts_wizard() {
        Tenant t = newTenant();
        CustomerAccount a = create(t, Partition.AWS, "111111111111", "Click Me");
        login(adminEmail(t));
        WizardStub.registerIfNoWizard();
        AccountsView view = openView();

        _clickItem(view.grid, 0, AccountSort.NAME.key(), 0, false, false, false, false);

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("accounts/" + a.id());
    }

    @Test
    void the_cloudformation_links_of_the_selected_accounts_download_as_csv_without_other_tenants_accounts() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        CustomerAccount first = create(mine, Partition.AWS, "111111111111", "First");
        CustomerAccount second = create(mine, Partition.AWS_CN, "222222222222", "Second");
        CustomerAccount unselected = create(mine, Partition.AWS, "333333333333", "Not selected");
        CustomerAccount foreign = create(other, Partition.AWS, "444444444444", "Foreign");
        login(newUser(mine, Role.VIEWER).email());
        AccountsView view = openView();
        assertThat(view.bulkBar.isVisible()).isFalse();

        for (AccountSummary row : _findAll(view.grid)) {
            if (row.id().equals(first.id()) || row.id().equals(second.id())) {
                view.grid.select(row);
            }
        }
        // as if a tampered client had also selected another tenant's account
        view.grid.select(new AccountSummary(foreign.id(), foreign.name(), foreign.accountId(), foreign.partition(),
                foreign.method(), foreign.state(), foreign.wizardStep(), foreign.updatedAt()));

        assertThat(view.bulkBar.isVisible()).isTrue();
        assertThat(view.bulkBar.selectionCount.getText()).isEqualTo("3 selected");
        assertThat(view.bulkBar.cloudFormationLinks.getElement().getAttribute("download")).isEqualTo("cloudformation-links.csv");

        byte[] bytes = _download(view.bulkBar.cloudFormationLinks);
        // UTF-8 with a byte-order mark, as every CSV the portal writes
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("account_id,name,partition,external_id,quick_create_url");
        assertThat(csv).contains("111111111111", first.externalId().value(), "222222222222", second.externalId().value())
            .contains("console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/quickcreate")
            .contains("console.amazonaws.cn/cloudformation/home?region=cn-northwest-1#/stacks/quickcreate")
            .doesNotContain("444444444444", foreign.externalId().value(), "333333333333", unselected.externalId().value());
    }

    private CustomerAccount create(Tenant tenant, Partition partition, String accountId, String name) {
        return as(tenant, Role.OPERATOR, () -> accountService.create(partition,
                new AccountDetails(accountId, name, ConnectionMethod.MSP_SINGLE, "")));
    }

    @Test
    void verify_queues_the_selected_registered_accounts_and_opens_their_live_progress() {
        Tenant t = newTenant();
        RegisteredAccounts registered = new RegisteredAccounts(accountService, t).allPass(AwsStub.shared());
        AwsStub.shared().assumeRoleDenied(":role/" + registered.roleName());
        CustomerAccount a = registered.register("555555555551", "Verify A", ConnectionMethod.MSP_SINGLE);
        CustomerAccount b = registered.register("555555555552", "Verify B", ConnectionMethod.MSP_SINGLE);
        registered.awaitLatestRun(verificationService, a.id());
        registered.awaitLatestRun(verificationService, b.id());
        AwsStub.shared().allowAssumeRole(":role/" + registered.roleName());
        login(adminEmail(t));
        AccountsView view = openView();
        assertThat(_findAll(view.grid)).extracting(AccountSummary::stateDetail).containsOnly("ASSUME_ROLE_DENIED");

        _findAll(view.grid).forEach(view.grid::select);
        _get(view.bulkBar, Button.class, spec -> spec.withText("Verify")).click();

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("verification/");
        var done = registered.awaitBatch(verificationService, UUID.fromString(path.substring("verification/".length())));
        assertThat(done.total()).isEqualTo(2);
        assertThat(done.failed()).isZero();
    }

    @Test
    void viewers_get_no_verify_button() {
        Tenant t = newTenant();
        create(t, Partition.AWS, "111111111111", "Seen");
        login(newUser(t, Role.VIEWER).email());

        AccountsView view = openView();
        // shown by hand: the lookup skips hidden components, and a viewer's bar would only hide the button
        view.bulkBar.setVisible(true);
        assertThat(_find(view.bulkBar, Button.class, spec -> spec.withText("Clear selection"))).hasSize(1);
        assertThat(_find(view.bulkBar, Button.class, spec -> spec.withText("Verify"))).isEmpty();
    }

    private static AccountsView openView() {
        UI.getCurrent().navigate(AccountsView.class);
        return (AccountsView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    /**
     * Stands in for the account wizard ({@code accounts/:id}) while this branch has none, so the test
     * can see where the view navigates. Not a {@code @Route}: route discovery must not find it.
     */
    @PermitAll
    public static class WizardStub extends Div {

        static void registerIfNoWizard() {
            RouteConfiguration routes = RouteConfiguration.forSessionScope();
            if (RouteConfiguration.forApplicationScope().getRoute("accounts/" + UUID.randomUUID()).isEmpty()) {
                routes.setRoute("accounts/:id", WizardStub.class);
            }
        }

    }

}
