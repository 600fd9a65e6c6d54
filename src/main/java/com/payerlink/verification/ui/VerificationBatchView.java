package com.payerlink.verification.ui;

import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.ViewBackgroundWork;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * One batch of verifications, live: a progress bar (done / total, failed) that the server pushes while the
 * operator watches, and the failed accounts, each linking to its wizard with the checks. Leaving and coming
 * back shows the batch as it is then; the work goes on either way.
 */
@Route(value = "verification/:batchId", layout = MainLayout.class)
@PageTitle("Verification · Payerlink")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
public class VerificationBatchView extends VerticalLayout implements BeforeEnterObserver {

    private final transient VerificationService verificationService;

    private final transient ViewBackgroundWork background;

    private final H2 title = new H2();

    private final Paragraph requested = new Paragraph();

    private final ProgressBar bar = new ProgressBar();

    private final Paragraph counts = new Paragraph();

    private final Paragraph notes = new Paragraph();

    private final Grid<VerificationRun> failures = new Grid<>();

    private UUID batchId;

    // the viewer's scope, for the pushes, which run outside the viewer's request
    private DatabaseScope scope = DatabaseScope.NONE;

    private int shownFailed = -1;

    private transient Registration polling;

    public VerificationBatchView(VerificationService verificationService, ViewBackgroundWork background) {
        this.verificationService = verificationService;
        this.background = background;
        addClassName("batch-progress");
        counts.setId("batch-counts");
        setMaxWidth("72rem");
    }

    /** The route of a batch. */
    public static String path(UUID batchId) {
        return "verification/" + batchId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        scope = CurrentScope.get();
        Optional<BatchProgress> progress;
        try {
            batchId = UUID.fromString(event.getRouteParameters().get("batchId").orElse(""));
            progress = verificationService.progress(batchId);
        }
        catch (IllegalArgumentException e) {
            progress = Optional.empty();
        }
        if (progress.isEmpty()) {
            batchId = null;
            add(new H2("Verification not found"), new Paragraph("There is no such verification among your"
                    + " organisation's. The link may be wrong."), new Anchor("accounts", "Back to all accounts"));
            return;
        }
        add(new Anchor("accounts", "← All accounts"), title, requested, bar, counts, notes,
                new H3("Failed accounts"), createFailures());
        show(progress.get());
    }

    private Grid<VerificationRun> createFailures() {
        failures.addComponentColumn(r -> new Anchor("accounts/" + r.accountId(), r.accountName()))
            .setHeader("Account").setKey("account").setFlexGrow(1);
        failures.addColumn(VerificationRun::awsAccountId).setHeader("Account ID").setAutoWidth(true).setFlexGrow(0);
        failures.addComponentColumn(r -> new CheckList(r.failedChecks())).setHeader("What is wrong, and the fix").setKey("problems")
            .setFlexGrow(4);
        failures.setItems(new CallbackDataProvider<VerificationRun, Void>(
                q -> CurrentScope.callAs(scope, () -> verificationService.failures(batchId).page(q.getOffset(), q.getLimit()))
                    .stream(),
                q -> CurrentScope.callAs(scope, () -> verificationService.failures(batchId).count()), VerificationRun::id));
        failures.setEmptyStateText("No account has failed so far.");
        failures.setAllRowsVisible(false);
        failures.setHeight("32rem");
        failures.addClassName("batch-failures");
        return failures;
    }

    /** Shows the batch as it is now; the failures list reloads when a failure has been added. */
    void show(BatchProgress p) {
        title.setText("Verification of " + p.total() + (p.total() == 1 ? " account" : " accounts"));
        requested.setText("Requested by " + p.requestedBy() + " on "
                + Timestamps.dateTime(p.requestedAt())
                + (p.isFinished() ? " · finished" : " · running; you may leave, it goes on"));
        bar.setValue(p.fraction());
        counts.setText(p.done() + " of " + p.total() + " done · " + p.passed() + " passed · " + p.failed() + " failed");
        StringBuilder n = new StringBuilder();
        if (p.alreadyQueued() > 0) {
            n.append(p.alreadyQueued()).append(" selected accounts were being verified by another batch already. ");
        }
        if (p.notEligible() > 0) {
            n.append(p.notEligible()).append(" selected accounts were not verified: they are not registered, or past"
                    + " verification.");
        }
        notes.setText(n.toString().strip());
        notes.setVisible(!n.isEmpty());
        if (p.failed() != shownFailed) {
            shownFailed = p.failed();
            failures.getDataProvider().refreshAll();
        }
    }

    /** Reads the batch again and shows it (what each push does). */
    void refresh() {
        if (batchId != null) {
            CurrentScope.callAs(scope, () -> verificationService.progress(batchId)).ifPresent(this::show);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (batchId == null) {
            return;
        }
        // the database once a second, wherever the work runs; it stops when the batch is finished
        polling = background.poll(Duration.ofSeconds(1), () -> CurrentScope.callAs(scope,
                () -> verificationService.progress(batchId)), progress -> {
                    progress.ifPresent(this::show);
                    return progress.isPresent() && !progress.get().isFinished();
                });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

}
