package com.payerlink.account.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.payerlink.account.ManyAccounts;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountService;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.VerificationService;
import com.payerlink.verification.ui.VerificationBatchView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bulk registration in the grid: 1,000 accounts registered and verified as one batch, in one action. */
class BulkRegistrationViewTest extends KaribuTest {

    @Autowired
    AccountListService lists;

    @Autowired
    AccountService accounts;

    @Autowired
    VerificationService verification;

    @Test
    void an_org_admin_registers_1000_accounts_in_one_action_and_watches_their_one_verification() {
        Tenant t = newTenant();
        RegisteredAccounts aws = new RegisteredAccounts(accounts, t).allPass(AwsStub.shared());
        ManyAccounts.create(lists, t, "Customer", 100_000_000_000L, 1_000);
        ManyAccounts.makeReady(t, "Customer", aws.roleName());
        ManyAccounts.create(lists, t, "Draft", 200_000_000_000L, 3);
        login(adminEmail(t));
        AccountsView view = AccountsGridForThousandsTest.open("accounts", Map.of());
        assertThat(_size(view.grid)).isEqualTo(1_003);

        view.grid.selection.clientSelectAll();
        view.bulkBar.register.click();
        BulkRegistrationDialog dialog = _get(BulkRegistrationDialog.class);
        assertThat(dialog.readyText.getText()).startsWith("1,000 of 1,003 selected accounts are ready to register.");
        assertThat(dialog.reasons.getChildren().map(c -> c.getElement().getText()).toList())
            .containsExactly("3 · Wizard not started (step 1)");
        dialog.save.click();

        String path = NavigatorKt.getCurrentPath();
        assertThat(path).startsWith("verification/");
        assertThat(_find(VerificationBatchView.class)).hasSize(1);
        UUID batchId = UUID.fromString(path.substring("verification/".length()));
        // the batch's live progress; 1,000 verifications against the stub take a while on a busy machine
        BatchProgress progress = await("batch " + batchId).atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
            .until(() -> as(t, Role.ORG_ADMIN, () -> verification.progress(batchId)).orElseThrow(), BatchProgress::isFinished);
        assertThat(progress.total()).isEqualTo(1_000);
        assertThat(progress.passed()).isEqualTo(1_000);
        assertThat(ManyAccounts.count("select count(*) from customer_account where tenant_id = ? and state = 'PROCESSING'",
                t.id())).isEqualTo(1_000);
    }

    @Test
    void operators_get_no_register_button() {
        Tenant t = newTenant();
        login(newUser(t, Role.OPERATOR).email());

        assertThat(AccountsGridForThousandsTest.open("accounts", Map.of()).bulkBar.register).isNull();
    }

    @Test
    void with_none_ready_the_dialog_says_so_and_offers_no_registration() {
        Tenant t = newTenant();
        ManyAccounts.create(lists, t, "Draft", 200_000_000_000L, 2);
        login(adminEmail(t));
        AccountsView view = AccountsGridForThousandsTest.open("accounts", Map.of("q", List.of("draft")));
        _size(view.grid);
        view.grid.selection.clientSelectAll();
        view.bulkBar.register.click();

        BulkRegistrationDialog dialog = _get(BulkRegistrationDialog.class);
        assertThat(dialog.readyText.getText()).isEqualTo("None of the 2 selected accounts is ready to register.");
        assertThat(dialog.save.isEnabled()).isFalse();
    }

}
