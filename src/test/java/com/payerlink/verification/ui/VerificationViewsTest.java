package com.payerlink.verification.ui;

import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.domain.LinkedAccountChoice;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The batch progress view and the verification panel of the wizard, browserless on the real database. */
class VerificationViewsTest extends KaribuTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    private AccountService accountService;

    @Autowired
    private VerificationService verificationService;

    @Test
    void the_batch_view_shows_progress_and_links_each_failed_account_to_its_checks() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        aws.assumeRoleDenied(RegisteredAccounts.awsId(2) + ":role/" + accounts.roleName());
        CustomerAccount good = accounts.register(RegisteredAccounts.awsId(1), "Good", ConnectionMethod.MSP_SINGLE);
        CustomerAccount bad = accounts.register(RegisteredAccounts.awsId(2), "Bad", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, good.id());
        VerificationRun failed = accounts.awaitLatestRun(verificationService, bad.id());
        login(adminEmail(t));

        open(failed.batchId());

        assertThat(counts().getText()).isEqualTo("1 of 1 done · 0 passed · 1 failed");
        assertThat(_get(ProgressBar.class).getValue()).isEqualTo(1.0);
        Grid<VerificationRun> failures = _get(Grid.class);
        assertThat(_size(failures)).isEqualTo(1);
        Anchor link = (Anchor) _getCellComponent(failures, 0, "account");
        assertThat(link.getHref()).isEqualTo("accounts/" + bad.id());
        assertThat(link.getText()).isEqualTo("Bad");
        CheckList checks = (CheckList) _getCellComponent(failures, 0, "problems");
        assertThat(checks.getChildren().map(c -> ((ListItem) c).getElement().getTextRecursively()))
            .singleElement().asString().contains("ASSUME_ROLE_DENIED", "trust policy", "Fix:");
    }

    @Test
    void another_tenants_batch_is_not_found() {
        Tenant mine = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, mine).allPass(aws);
        CustomerAccount a = accounts.register(RegisteredAccounts.awsId(3), "Mine", ConnectionMethod.MSP_SINGLE);
        UUID batch = accounts.awaitLatestRun(verificationService, a.id()).batchId();
        login(adminEmail(newTenant()));

        UI.getCurrent().navigate(VerificationBatchView.path(batch));

        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h -> h.getText())
            .contains("Verification not found");
    }

    @Test
    void the_wizard_of_a_failed_account_shows_its_checks_and_verify_again() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        aws.bucketMissing(accounts.bucket());
        CustomerAccount a = accounts.register(RegisteredAccounts.awsId(4), "Broken Bucket", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, a.id());
        login(adminEmail(t));

        UI.getCurrent().navigate("accounts/" + a.id());
        VerificationPanel panel = _get(VerificationPanel.class);

        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("verification-status")).getText()).contains("Verification failed");
        CheckList failed = _get(panel, CheckList.class, spec -> spec.withClasses("failed-checks"));
        assertThat(failed.getElement().getTextRecursively()).contains(CheckCode.BUCKET_NOT_FOUND.name(), "does not exist");
        // the failed check links to the step that fixes it
        assertThat(_get(failed, Anchor.class).getHref()).isEqualTo("accounts/" + a.id() + "?step=4");

        aws.bucketCreated(accounts.bucket());
        _get(panel, Button.class, spec -> spec.withText("Verify")).click();

        // the result shows on the account's page, not only in a notification or on another page
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("accounts/" + a.id());
        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("verification-running")).getText())
            .contains("Verification of 1 account queued");
        accounts.awaitLatestRun(verificationService, a.id());
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(Paragraph.class, spec -> spec.withId("verification-last")).getText())
                .startsWith("Last verification: Passed");
        });
        assertThat(_find(CheckList.class, spec -> spec.withClasses("failed-checks"))).isEmpty();
    }

    @Test
    void linked_accounts_of_a_management_account_are_listed_marked_and_added_in_one_action() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        String managementId = RegisteredAccounts.awsId(5);
        aws.organization(managementId);
        CustomerAccount management = accounts.register(managementId, "Payer", ConnectionMethod.DIRECT_MANAGEMENT,
                Set.of(Product.COST_ANALYTICS, Product.ORGANIZATION_DISCOVERY));
        accounts.awaitLatestRun(verificationService, management.id());
        aws.linkedAccounts(2, managementId, "Payer", RegisteredAccounts.awsId(6), "Linked A",
                RegisteredAccounts.awsId(7), "Linked B");
        login(adminEmail(t));

        UI.getCurrent().navigate("accounts/" + management.id());
        LinkedAccountsDialog dialog = _get(VerificationPanel.class).openLinkedAccounts();

        Grid<LinkedAccountChoice> choices = _get(dialog, Grid.class);
        assertThat(_size(choices)).isEqualTo(3);
        List<Boolean> marked = choices.getGenericDataView().getItems().map(c -> c.alreadyAdded()).toList();
        assertThat(marked).containsExactly(false, false, true);
        choices.getGenericDataView().getItems().filter(c -> !c.alreadyAdded()).forEach(choices::select);
        _get(dialog, Button.class, spec -> spec.withText("Add 2 selected")).click();

        List<String> names = as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.matching(AccountQuery.all()).page(0, 10)).stream()
            .map(s -> s.name()).toList();
        assertThat(names).containsExactly("Linked A", "Linked B", "Payer");
        assertThat(dialog.isOpened()).isFalse();
    }

    private static Paragraph counts() {
        return _get(Paragraph.class, spec -> spec.withId("batch-counts"));
    }

    private static VerificationBatchView open(UUID batchId) {
        UI.getCurrent().navigate(VerificationBatchView.path(batchId));
        return (VerificationBatchView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
