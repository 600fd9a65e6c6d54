package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How a wizard step is stored: only an editable account is loaded, the account ID stays unique in its partition,
 * a DRAFT moves to IN_PROGRESS, a stale version is refused, and the step's changes go into the history.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WizardStepStore {

    private final AccountDAO accountDAO;

    CustomerAccountRecord loadForStep(UUID id) {
        CustomerAccountRecord r = accountDAO.get(CurrentScope.requireRoleInTenant(Roles.EDITORS), id);
        if (r.getRegisteredAt() != null && !r.getState().isInWizard()) {
            throw new InvalidInputException(null, "This connection is registered; its wizard steps can no longer change.");
        }
        return r;
    }

    CustomerAccount saveStep(CustomerAccountRecord r, int seenVersion, WizardStep step, HistoryChanges changes) {
        return save(r, seenVersion, step, changes, Math.max(r.getWizardStep().number(), step.number() + 1));
    }

    CustomerAccount save(CustomerAccountRecord r, int seenVersion, WizardStep step, HistoryChanges changes,
            int nextStep) {
        r.setWizardStep(WizardStep.of(Math.min(nextStep, WizardStep.COUNT)));
        if (r.getState() == AccountState.DRAFT) {
            AccountStateTransitions.require(AccountState.DRAFT, AccountState.IN_PROGRESS);
            r.setState(AccountState.IN_PROGRESS);
        }
        r.setUpdatedAt(OffsetDateTime.now());
        try {
            VersionedRows.store(r, seenVersion, "Account " + r.original().getName());
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("accountId", "Another account of yours has this account ID in this partition.");
        }
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), AccountHistoryAction.STEP_SAVED, step.number(),
                changes.any() ? changes.toString() : "No changes");
        return AccountDAO.toAccount(r);
    }

    void storeNew(CustomerAccountRecord r) {
        try {
            r.store();
            r.refresh();
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("accountId", "An account with this ID exists already in this partition.");
        }
    }

    void requireUniqueKey(UUID tenant, Partition partition, AccountId accountId, UUID except) {
        accountDAO.nameOfAccountWithKey(tenant, partition, accountId, except).ifPresent(name -> {
            throw new InvalidInputException("accountId", "Account " + accountId.value() + " already exists in "
                    + partition.label() + " as \"" + name + "\". Open that one instead.");
        });
    }

}
