package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An account's way after registration: verification against AWS, support for MSP_MULTIPLE, the 72-hour
 * processing window and READY. Each move is one transaction with its history entry.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountStateService {

    private final AccountDAO accountDAO;

    private final ApplicationEventPublisher events;

    /** The states from which an account may be verified (again): registered, and not yet passed. */
    public static final Set<AccountState> VERIFIABLE = AccountStateTransitions.into(AccountState.VERIFYING);

    /**
     * Moves the chosen accounts of the tenant that may be verified ({@link #VERIFIABLE}) to VERIFYING,
     * in one statement with a history entry each. Editors only.
     * @return the accounts that moved; the others are not registered, or are past verification
     */
    @Transactional
    public List<AccountSummary> startVerification(Collection<UUID> ids) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        List<AccountSummary> moved = accountDAO.moveAll(tenant, ids, VERIFIABLE, AccountState.VERIFYING, CurrentScope.actor(),
                "Verification against AWS queued");
        moved.forEach(a -> events.publishEvent(new AccountStateChanged(tenant, a.id(), a.name(), a.accountId(), null,
                AccountState.VERIFYING, "Verification against AWS queued")));
        return moved;
    }

    /**
     * Verification passed: the account moves from VERIFYING to PROCESSING, where initial data processing
     * takes up to 72 hours, or for MSP_MULTIPLE to AWAITING_SUPPORT (a ticket lists its accounts).
     * @return the new state, or empty if the account was no longer verifying (then nothing changed)
     */
    @Transactional
    public Optional<AccountState> verificationPassed(UUID id) {
        CustomerAccountRecord r = verifying(id);
        if (r == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now();
        boolean support = r.getConnectionMethod() == ConnectionMethod.MSP_MULTIPLE;
        AccountState next = support ? AccountState.AWAITING_SUPPORT : AccountState.PROCESSING;
        moveTo(r, next);
        r.setStateDetail("");
        r.setUpdatedAt(now);
        if (!support) {
            r.setProcessingStartedAt(now);
        }
        VersionedRows.store(r, r.getVersion(), "Account " + r.getName());
        stateChanged(r, AccountState.VERIFYING, support
                ? "Verification passed → Awaiting support: a support ticket lists this connection's accounts"
                : "Verification passed → Processing: initial data processing takes up to 72 hours (dashboards expected by "
                        + now.plus(CustomerAccount.PROCESSING_WINDOW).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + ")");
        return Optional.of(next);
    }

    /**
     * Verification failed: the account moves from VERIFYING to VERIFICATION_FAILED; its wizard opens again.
     * @param codes the failed checks' codes, shown in the grid
     * @return false if the account was no longer verifying (then nothing changed)
     */
    @Transactional
    public boolean verificationFailed(UUID id, List<String> codes) {
        CustomerAccountRecord r = verifying(id);
        if (r == null) {
            return false;
        }
        String detail = String.join(", ", codes);
        moveTo(r, AccountState.VERIFICATION_FAILED);
        r.setStateDetail(detail.length() > 500 ? detail.substring(0, 497) + "..." : detail);
        r.setUpdatedAt(OffsetDateTime.now());
        VersionedRows.store(r, r.getVersion(), "Account " + r.getName());
        stateChanged(r, AccountState.VERIFYING, "Verification failed: " + detail);
        return true;
    }

    /**
     * The first cost data has arrived: PROCESSING → READY, and {@link AccountReady} is published inside this
     * transaction, so the account's contacts hear of it exactly when the change commits.
     * @return false if the account was not processing (then nothing changed)
     */
    @Transactional
    public boolean markReady(UUID id, String evidence) {
        CustomerAccountRecord r = accountDAO.get(CurrentScope.requireRoleInTenant(Roles.EDITORS), id);
        if (r.getState() != AccountState.PROCESSING) {
            return false;
        }
        moveTo(r, AccountState.READY);
        r.setUpdatedAt(OffsetDateTime.now());
        VersionedRows.store(r, r.getVersion(), "Account " + r.getName());
        stateChanged(r, AccountState.PROCESSING, "Processing → Ready: first cost data delivered (" + evidence + ")");
        events.publishEvent(new AccountReady(r.getTenantId(), r.getId(), r.getName(), r.getAccountId(),
                List.of(r.getContactEmails())));
        return true;
    }

    /**
     * Moves accounts of the tenant that wait for support (MSP_MULTIPLE) on to PROCESSING, e.g. when
     * their ticket is resolved. Accounts in another state are left alone.
     * @return the accounts that moved
     */
    @Transactional
    public List<UUID> releaseFromSupport(Collection<UUID> ids, String reason) {
        UUID tenant = CurrentScope.requireTenant();
        List<UUID> moved = new java.util.ArrayList<>();
        for (CustomerAccountRecord r : accountDAO.findAll(tenant, ids)) {
            if (r.getState() == AccountState.AWAITING_SUPPORT) {
                moveTo(r, AccountState.PROCESSING);
                r.setProcessingStartedAt(OffsetDateTime.now());
                r.setUpdatedAt(OffsetDateTime.now());
                VersionedRows.store(r, r.getVersion(), "Account " + r.getName());
                stateChanged(r, AccountState.AWAITING_SUPPORT, "Awaiting support → Processing: " + reason);
                moved.add(r.getId());
            }
        }
        return moved;
    }

    /**
     * Moves one account of the tenant on to {@code to} with a history line "from → to: reason", as the table of
     * {@link AccountStateTransitions} allows; for the demo data, which walks accounts to every state.
     */
    @Transactional
    void move(UUID id, AccountState to, String reason) {
        CustomerAccountRecord r = accountDAO.get(CurrentScope.requireRoleInTenant(Roles.EDITORS), id);
        move(r, r.getVersion(), to, reason);
    }

    /**
     * Moves the loaded account on to {@code to}, with whatever else the caller changed in {@code r}, unless someone
     * changed it since {@code seenVersion}; writes the history line "from → to: reason".
     */
    void move(CustomerAccountRecord r, int seenVersion, AccountState to, String reason) {
        AccountState from = r.getState();
        moveTo(r, to);
        r.setUpdatedAt(OffsetDateTime.now());
        VersionedRows.store(r, seenVersion, "Account " + r.getName());
        stateChanged(r, from, from.label() + " → " + to.label() + ": " + reason);
    }

    /** The moved account's history line, and its {@link AccountStateChanged} in the same transaction. */
    private void stateChanged(CustomerAccountRecord r, AccountState from, String detail) {
        accountDAO.addHistory(r.getTenantId(), r.getId(), CurrentScope.actor(), AccountHistoryAction.STATE_CHANGED, null,
                detail);
        events.publishEvent(new AccountStateChanged(r.getTenantId(), r.getId(), r.getName(), r.getAccountId(), from,
                r.getState(), detail));
    }

    private static void moveTo(CustomerAccountRecord r, AccountState to) {
        AccountStateTransitions.require(r.getState(), to);
        r.setState(to);
    }

    private CustomerAccountRecord verifying(UUID id) {
        CustomerAccountRecord r = accountDAO.get(CurrentScope.requireRoleInTenant(Roles.EDITORS), id);
        return r.getState() == AccountState.VERIFYING ? r : null;
    }

}
