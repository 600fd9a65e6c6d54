package com.payerlink.verification.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Product;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.TitledSection;
import com.payerlink.core.ui.ViewBackgroundWork;
import com.payerlink.verification.domain.OrganizationService;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A registered account's verification against AWS: what its state means, its latest run with every failed check
 * (each linking to the wizard step that fixes it), "Verify" (again), whose result shows here once it is in, and, for a
 * management account, its organization's linked accounts.
 */
class VerificationPanel extends TitledSection {

    private final Paragraph status = new Paragraph();

    /** What the last action here answered (e.g. why Verify was refused): stays until the next one. */
    private final Paragraph message = new Paragraph();

    private final Paragraph running = new Paragraph();

    private final Button verify = new Button("Verify", VaadinIcon.CHECK_CIRCLE_O.create());

    private final Button linkedAccounts = new Button("Linked accounts…", VaadinIcon.SITEMAP.create());

    private final transient CustomerAccount account;

    private final transient VerificationService verificationService;

    private final transient OrganizationService organizationService;

    private final transient ViewBackgroundWork background;

    private final transient Runnable accountChanged;

    private transient @Nullable Registration polling;

    VerificationPanel(CustomerAccount account, VerificationService verificationService,
            OrganizationService organizationService, boolean mayEdit, ViewBackgroundWork background,
            Runnable accountChanged) {
        super("Verification against AWS", "verification-panel");
        this.account = account;
        this.verificationService = verificationService;
        this.organizationService = organizationService;
        this.background = background;
        this.accountChanged = accountChanged;
        status.setId("verification-status");
        message.setId("verification-message");
        message.setVisible(false);
        running.setId("verification-running");
        Optional<VerificationRun> latest = verificationService.latestRun(account.id());
        status.setText(describe(account, latest));
        status.setVisible(!status.getText().isEmpty());
        add(status);
        latest.filter(r -> r.status().isFinished()).ifPresent(this::showRun);
        latest.filter(r -> !r.status().isFinished()).ifPresent(this::showRunning);
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> verify());
        verify.setVisible(mayEdit && AccountStateService.VERIFIABLE.contains(account.state()));
        linkedAccounts.addClickListener(e -> openLinkedAccounts());
        linkedAccounts.setVisible(mayEdit && account.method().isManagementAccount()
                && account.products().contains(Product.ORGANIZATION_DISCOVERY)
                && EnumSet.of(AccountState.AWAITING_SUPPORT, AccountState.PROCESSING, AccountState.READY)
                    .contains(account.state()));
        add(message, new HorizontalLayout(verify, linkedAccounts));
    }

    static String describe(CustomerAccount a, Optional<VerificationRun> latest) {
        return switch (a.state()) {
            case AWAITING_VERIFICATION -> "Registered; not verified yet. Verify checks the connection against AWS.";
            case VERIFYING -> "Verification is queued or running; its result shows here.";
            case VERIFICATION_FAILED -> "Verification failed. Fix what the failed checks below say (each links to the"
                    + " wizard step that fixes it), then verify again.";
            case AWAITING_SUPPORT -> "Verification passed. A support ticket lists this connection's accounts; they go on"
                    + " to processing once it is resolved.";
            case PROCESSING -> "Verification passed. Initial data processing takes up to 72 hours"
                    + a.dashboardsExpectedBy().map(eta -> ": dashboards expected by "
                            + Timestamps.dateTime(eta) + ".").orElse(".");
            case READY -> "Dashboards are ready: the first cost data has arrived.";
            // the latest run, finished or running, is shown below in full
            default -> "";
        };
    }

    private void showRun(VerificationRun run) {
        List<com.payerlink.verification.aws.Check> failed = run.failedChecks();
        Paragraph when = new Paragraph("Last verification: " + run.status().label() + ", "
                + Timestamps.dateTime(run.finishedAt()) + (failed.isEmpty() ? "." : ". " + failed.size()
                        + (failed.size() == 1 ? " check failed:" : " checks failed:")));
        when.setId("verification-last");
        add(when);
        if (!failed.isEmpty()) {
            CheckList failures = new CheckList(failed, account.id());
            failures.addClassName("failed-checks");
            add(failures);
        }
        Details all = new Details("All " + run.checks().size() + " checks", new CheckList(run.checks()));
        all.addClassName("all-checks");
        add(all);
    }

    private void showRunning(VerificationRun run) {
        running.setText("Verification " + run.status().label().toLowerCase() + " since "
                + Timestamps.dateTime(run.startedAt() != null ? run.startedAt() : run.queuedAt())
                + "; this page shows its result once it is in.");
        add(running, new Anchor(VerificationBatchView.path(run.batchId()), "Watch its batch"));
    }

    private void verify() {
        try {
            var queued = verificationService.verify(List.of(account.id()));
            message.setVisible(false);
            verify.setEnabled(false);
            running.setText(queued.summary() + " Its result shows here once it is in.");
            addComponentAtIndex(2, running);
            startPolling();
        }
        catch (InvalidInputException e) {
            message.setText(e.getMessage());
            message.addClassName("error-text");
            message.setVisible(true);
            Notices.error(e.getMessage());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (running.getParent().isPresent()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    // the latest run once a second; once it is finished the page shows the account afresh, with the result
    private void startPolling() {
        if (polling != null || getUI().isEmpty()) {
            return;
        }
        var scope = CurrentScope.get();
        polling = background.poll(Duration.ofSeconds(1), () -> CurrentScope.callAs(scope,
                () -> verificationService.latestRun(account.id())), latest -> {
                    boolean finished = latest.isPresent() && latest.get().status().isFinished();
                    if (finished) {
                        polling = null;
                        accountChanged.run();
                    }
                    return !finished;
                });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
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
            message.setVisible(false);
            return dialog;
        }
        catch (InvalidInputException e) {
            // next to the button that asked; a notification on top would cover it
            message.setText(e.getMessage());
            message.addClassName("error-text");
            message.setVisible(true);
            return null;
        }
    }

}
