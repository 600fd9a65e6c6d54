package com.payerlink.verification.ui;

import com.payerlink.core.ui.Timestamps;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Product;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.payerlink.verification.domain.OrganizationService;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A registered account's verification against AWS: what its state means, the checks of its latest run,
 * "Verify" (again) and, for a management account, its organization's linked accounts.
 */
class VerificationPanel extends VerticalLayout {

    private final Paragraph status = new Paragraph();

    private final Button verify = new Button("Verify", VaadinIcon.CHECK_CIRCLE_O.create());

    private final Button linkedAccounts = new Button("Linked accounts…", VaadinIcon.SITEMAP.create());

    private final transient CustomerAccount account;

    private final transient VerificationService verificationService;

    private final transient OrganizationService organizationService;

    private @Nullable CheckList checks;

    VerificationPanel(CustomerAccount account, VerificationService verificationService,
            OrganizationService organizationService, boolean mayEdit) {
        this.account = account;
        this.verificationService = verificationService;
        this.organizationService = organizationService;
        addClassName("verification-panel");
        status.setId("verification-status");
        setPadding(false);
        Optional<VerificationRun> latest = verificationService.latestRun(account.id());
        status.setText(describe(account, latest));
        add(new H3("Verification against AWS"), status);
        latest.filter(r -> r.status().isFinished()).ifPresent(run -> {
            checks = new CheckList(run.checks());
            add(new Paragraph("Checks of " + Timestamps.dateTime(run.finishedAt()) + ":"),
                    checks);
        });
        latest.filter(r -> !r.status().isFinished())
            .ifPresent(run -> add(new Anchor(VerificationBatchView.path(run.batchId()), "Watch its progress")));

        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> verify());
        verify.setVisible(mayEdit && AccountStateService.VERIFIABLE.contains(account.state()));
        linkedAccounts.addClickListener(e -> openLinkedAccounts());
        linkedAccounts.setVisible(mayEdit && account.method().isManagementAccount()
                && account.products().contains(Product.ORGANIZATION_DISCOVERY)
                && EnumSet.of(AccountState.AWAITING_SUPPORT, AccountState.PROCESSING, AccountState.READY)
                    .contains(account.state()));
        add(new HorizontalLayout(verify, linkedAccounts));
    }

    static String describe(CustomerAccount a, Optional<VerificationRun> latest) {
        return switch (a.state()) {
            case AWAITING_VERIFICATION -> "Registered; not verified yet. Verify checks the connection against AWS.";
            case VERIFYING -> "Verification is queued or running.";
            case VERIFICATION_FAILED -> "Verification failed. Fix what the failed checks below say, then verify again.";
            case AWAITING_SUPPORT -> "Verification passed. A support ticket lists this connection's accounts; they go on"
                    + " to processing once it is resolved.";
            case PROCESSING -> "Verification passed. Initial data processing takes up to 72 hours"
                    + a.dashboardsExpectedBy().map(eta -> ": dashboards expected by "
                            + Timestamps.dateTime(eta) + ".").orElse(".");
            case READY -> "Dashboards are ready: the first cost data has arrived.";
            default -> latest.isPresent() ? "Last verification: " + latest.get().status().label() + "." : "";
        };
    }

    private void verify() {
        try {
            var queued = verificationService.verify(List.of(account.id()));
            UI.getCurrent().navigate(VerificationBatchView.path(queued.batchId()));
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
    }

    LinkedAccountsDialog openLinkedAccounts() {
        try {
            LinkedAccountsDialog dialog = new LinkedAccountsDialog(account, organizationService.linkedAccounts(account.id()));
            dialog.addAddListener(e -> {
                try {
                    int added = organizationService.addLinkedAccounts(account.id(), e.accounts(), e.method());
                    dialog.close();
                    Notices.success("Added " + added + (added == 1 ? " account" : " accounts")
                            + ". Each continues with its own connection wizard, in Accounts.");
                }
                catch (InvalidInputException ex) {
                    dialog.reject(ex.getMessage());
                }
            });
            dialog.open();
            return dialog;
        }
        catch (InvalidInputException e) {
            Notices.error(e.getMessage());
            return null;
        }
    }

}
