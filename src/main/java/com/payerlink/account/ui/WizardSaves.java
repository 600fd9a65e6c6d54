package com.payerlink.account.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.account.domain.VerificationRequests;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.account.ui.wizard.StepPanel;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.Notices;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the wizard's buttons save: the shown step (then the next step, or for a connection that failed verification
 * a new verification), and the org admin's "Save and register".
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WizardSaves {

    private final transient AccountService accountService;

    private final transient ObjectProvider<VerificationRequests> verification;

    private final WizardView view;

    void saveShownStep() {
        if (view.readOnly()) {
            view.show(view.shown() + 1);
            return;
        }
        boolean repairing = view.repairing();
        if (!apply(saveOf(WizardStep.of(view.shown())))) {
            return;
        }
        if (repairing) {
            verifyAgain();
        }
        else if (view.shown() == WizardStep.COUNT) {
            view.roleArnStep().fill(view.account());
            Notices.success("Role ARN saved." + (view.role() == Role.ORG_ADMIN ? " You can register the connection now."
                    : " An org admin can register the connection now."));
            view.show(view.shown());
        }
        else {
            view.show(view.shown() + 1);
        }
    }

    private Supplier<CustomerAccount> saveOf(WizardStep step) {
        UUID id = view.account().id();
        int version = view.account().version();
        return switch (step) {
            case PARTITION -> () -> accountService.savePartition(id, version, view.partitionStep().value());
            case ACCOUNT -> () -> accountService.saveDetails(id, version, view.accountStep().value());
            case BILLING_ACCESS -> () -> accountService.confirmBillingAccess(id, version, view.billingStep().value());
            case COST_REPORT -> () -> accountService.saveCurSettings(id, version, view.costReportStep().value());
            case CLOUDFORMATION -> () -> accountService.confirmStackCreated(id, version);
            case ROLE_ARN -> () -> accountService.saveRoleArns(id, version, view.roleArnStep().value());
        };
    }

    /** The repaired connection is verified again at once; the result shows in the summary card above. */
    private void verifyAgain() {
        UUID id = view.account().id();
        try {
            var queued = verification.getObject().verify(List.of(id));
            Notices.success("Saved. " + queued.summary() + " The result shows at the top of this page.");
        }
        catch (InvalidInputException e) {
            Notices.error("Saved, but not verified again: " + e.getMessage());
        }
        view.showChanged(accountService.get(id));
    }

    /** "Save and register": saves the role ARNs as typed, when they changed, then registers the connection. */
    void register() {
        CustomerAccount account = view.account();
        String storedArns = String.join("\n", account.roleArns().stream().map(RoleArn::value).toList());
        String typed = view.roleArnStep().value();
        if (!typed.strip().equals(storedArns)) {
            UUID id = account.id();
            int version = account.version();
            if (!apply(() -> accountService.saveRoleArns(id, version, typed))) {
                return;
            }
        }
        UUID id = view.account().id();
        int version = view.account().version();
        if (apply(() -> accountService.register(id, version))) {
            view.showChanged(view.account());
            Notices.success("Connection registered. Verification against AWS comes next; its result shows at the top"
                    + " of this page.");
        }
    }

    /** Runs a save; on success keeps the fresh account, on failure explains and keeps what was typed. */
    private boolean apply(Supplier<CustomerAccount> save) {
        StepPanel panel = view.panels().get(view.shown() - 1);
        panel.clearErrors();
        try {
            view.account(save.get());
            view.refresh();
            return true;
        }
        catch (InvalidInputException e) {
            panel.reject(e);
        }
        catch (ConcurrentChangeException e) {
            Notices.error(e.getMessage());
            view.showChanged(accountService.get(view.account().id()));
        }
        return false;
    }

}
