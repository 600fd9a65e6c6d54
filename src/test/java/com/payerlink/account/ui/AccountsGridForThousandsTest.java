package com.payerlink.account.ui;

import com.payerlink.account.ManyAccounts;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid for thousands of accounts: the number that match, the header's select-all acting on every matching account
 * on the server, filters in the URL (shared links, the back button), the "In state since" column and the column
 * chooser.
 */
class AccountsGridForThousandsTest extends KaribuTest {

    @Autowired
    AccountListService lists;

    @Autowired
    AccountService accounts;

    @Test
    void the_header_select_all_acts_on_all_10000_matching_accounts_on_the_server() {
        Tenant t = newTenant();
        ManyAccounts.create(lists, t, "Bulk", 100_000_000_000L, 10_000);
        ManyAccounts.create(lists, t, "Other", 300_000_000_000L, 2);
        ManyAccounts.makeReady(t, "Bulk", "PayerlinkRole");
        ManyAccounts.sql("update customer_account set role_arns = '{}' where tenant_id = ? and name like 'Bulk 0000_'",
                t.id());
        login(adminEmail(t));
        AccountsView view = open("accounts", Map.of("q", List.of("bulk")));
        assertThat(_size(view.grid)).isEqualTo(10_000);
        assertThat(view.total.getText()).isEqualTo("10,000 accounts");

        view.grid.selection.clientSelectAll();

        assertThat(view.bulkBar.isVisible()).isTrue();
        assertThat(view.bulkBar.selectionCount.getText()).isEqualTo("All 10,000 matching accounts selected");
        assertThat(view.grid.getSelectionModel().isSelected(_get(view.grid, 9_999))).isTrue();
        assertThat(view.grid.getSelectedItems()).isEmpty();
        view.bulkBar.register.click();

        BulkRegistrationDialog dialog = _get(BulkRegistrationDialog.class);
        assertThat(dialog.readyText.getText()).startsWith("9,991 of 10,000 selected accounts are ready to register.");
        assertThat(dialog.reasons.getChildren().map(c -> c.getElement().getText()).toList())
            .containsExactly("9 · No role ARN (step 6)");
        assertThat(dialog.save.getText()).isEqualTo("Register 9,991 and verify");
    }

    @Test
    void select_all_matching_from_a_row_selection_and_unticking_a_row_selects_none() {
        Tenant t = newTenant();
        ManyAccounts.create(lists, t, "Acct", 100_000_000_000L, 60);
        login(newUser(t, Role.OPERATOR).email());
        AccountsView view = open("accounts", Map.of());
        _size(view.grid);
        view.grid.select(_get(view.grid, 0));
        assertThat(view.bulkBar.selectionCount.getText()).isEqualTo("1 selected");
        assertThat(view.bulkBar.selectAllMatching.getText()).isEqualTo("Select all 60 matching");

        view.bulkBar.selectAllMatching.click();
        assertThat(view.bulkBar.selectionCount.getText()).isEqualTo("All 60 matching accounts selected");

        view.grid.selection.deselectFromClient(_get(view.grid, 3));
        assertThat(view.grid.allMatchingSelected()).isFalse();
        assertThat(view.bulkBar.isVisible()).isFalse();
    }

    @Test
    void the_filters_round_trip_through_the_url_and_going_back_shows_the_previous_ones() {
        Tenant t = newTenant();
        ManyAccounts.create(lists, t, "Acct", 100_000_000_000L, 4);
        ManyAccounts.sql("update customer_account set state = 'VERIFICATION_FAILED', state_detail = 'ASSUME_ROLE_DENIED'"
                + " where tenant_id = ? and name in ('Acct 00001', 'Acct 00002')", t.id());
        ManyAccounts.sql("update customer_account set state_changed_at = now() - interval '3 days'"
                + " where tenant_id = ? and name = 'Acct 00001'", t.id());
        ManyAccounts.sql("update customer_account set state = 'PROCESSING' where tenant_id = ? and name = 'Acct 00003'", t.id());
        login(newUser(t, Role.VIEWER).email());
        Map<String, List<String>> shared = Map.of("state", List.of("VERIFICATION_FAILED", "PROCESSING"),
                "failure", List.of("ASSUME_ROLE_DENIED"), "days", List.of("2"), "q", List.of("acct"));

        AccountsView view = open("accounts", shared);

        assertThat(view.filters.state.getValue()).containsExactlyInAnyOrder(AccountState.VERIFICATION_FAILED,
                AccountState.PROCESSING);
        assertThat(view.filters.failure.getValue()).isEqualTo("ASSUME_ROLE_DENIED");
        assertThat(view.filters.days.getValue()).isEqualTo(2);
        assertThat(names(view)).containsExactly("Acct 00001");
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(view.total.getText()).isEqualTo("1 account");

        // the user widens the filters: the URL follows, a new history entry
        view.filters.days.clear();
        view.filters.failure.clear();
        assertThat(currentLocation().getPath()).isEqualTo("accounts");
        assertThat(currentLocation().getQueryParameters().getParameters()).isEqualTo(
                Map.of("state", List.of("VERIFICATION_FAILED", "PROCESSING"), "q", List.of("acct")));
        assertThat(names(view)).containsExactly("Acct 00001", "Acct 00002", "Acct 00003");

        // the back button navigates to the previous URL: the same view shows its filters again
        AccountsView back = open("accounts", shared);
        assertThat(back).isSameAs(view);
        assertThat(names(view)).containsExactly("Acct 00001");
        assertThat(view.filters.days.getValue()).isEqualTo(2);
    }

    @Test
    void a_bad_filter_in_a_link_shows_every_account_and_the_in_state_since_column_can_be_hidden() {
        Tenant t = newTenant();
        ManyAccounts.create(lists, t, "Acct", 100_000_000_000L, 2);
        login(newUser(t, Role.VIEWER).email());

        AccountsView view = open("accounts", Map.of("state", List.of("STUCK")));

        assertThat(names(view)).hasSize(2);
        assertThat(view.filters.state.getValue()).isEmpty();
        Grid.Column<AccountSummary> since = view.grid.getColumnByKey("since");
        assertThat(since.isVisible()).isTrue();
        assertThat(since.getHeaderText()).isEqualTo("In state since");
        // a click on the ticked item unticks it
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(view.columnChooser.menu, "In state since");
        assertThat(since.isVisible()).isFalse();
        // kept for the session: the grid looks the same when the user comes back
        AccountsView again = open("accounts", Map.of("q", List.of("x")));
        assertThat(again.grid.getColumnByKey("since").isVisible()).isFalse();
    }

    private static List<String> names(AccountsView view) {
        return _findAll(view.grid).stream().map(AccountSummary::name).toList();
    }

    private static com.vaadin.flow.router.Location currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }

    static AccountsView open(String path, Map<String, List<String>> parameters) {
        UI.getCurrent().navigate(path, new QueryParameters(parameters));
        return (AccountsView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
