package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountRegistrationDAO.Candidate;
import com.payerlink.account.domain.AccountRegistrationDAO.Registered;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk registration (org admins): of the selected accounts, or all matching a filter, register the ready ones in one
 * set-based transaction and queue their verification as one batch; say how many were not ready, grouped by why.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountRegistrationService {

    /** The most accounts one bulk registration registers (one verification batch takes as many). */
    public static final int MAX_BATCH = 10_000;

    // registration moves an account to AWAITING_VERIFICATION: from the states the transition table allows
    private static final Set<AccountState> REGISTRABLE = AccountStateTransitions.into(AccountState.AWAITING_VERIFICATION);

    private final AccountListService accountLists;

    private final AccountRegistrationDAO registrations;

    private final AccountListDAO history;

    private final VerificationRequests verification;

    private final ApplicationEventPublisher events;

    /** How many of the selected accounts are ready to register, and why the others are not. */
    @Transactional(readOnly = true)
    public RegistrationPreview preview(AccountSelection selection) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        return evaluate(accountLists.ids(selection), new ArrayList<>());
    }

    /**
     * Registers the ready accounts of the selection and queues their verification as one batch, all in one
     * transaction (a refused verification, e.g. no platform AWS identity, registers nothing).
     *
     * @throws InvalidInputException when none is ready (saying why, per reason), or more than {@value #MAX_BATCH} are
     */
    @Transactional
    public BulkRegistration registerReady(AccountSelection selection) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        return register(selection);
    }

    private BulkRegistration register(AccountSelection selection) {
        UUID tenant = CurrentScope.requireTenant();
        String actor = CurrentScope.actor();
        List<UUID> ready = new ArrayList<>();
        RegistrationPreview preview = evaluate(accountLists.ids(selection), ready);
        if (ready.isEmpty()) {
            throw new InvalidInputException(null, preview.total() == 0 ? "Select the accounts to register first."
                    : "None of the " + preview.total() + " accounts is ready to register; " + preview.notReadySummary()
                            + ". Finish those steps in each account's wizard, or select other accounts.");
        }
        if (ready.size() > MAX_BATCH) {
            throw new InvalidInputException(null, ready.size() + " accounts are ready; one registration takes at most "
                    + MAX_BATCH + ". Narrow the filter (e.g. by partition or search) and register in parts.");
        }
        List<Registered> registered = registrations.registerAll(tenant, ready, REGISTRABLE, actor);
        String detail = "Connection registered (bulk registration of " + registered.size()
                + "); awaiting verification against AWS";
        history.addHistory(tenant, actor, registered.stream()
            .map(r -> new AccountListDAO.HistoryLine(r.id(), AccountHistoryAction.REGISTERED, detail)).toList());
        // support drafts its tickets from these; verification is queued below as one batch, not per account
        registered.forEach(r -> events.publishEvent(new ConnectionRegistered(tenant, r.id(), r.name(), r.method(), actor,
                true)));
        var queued = verification.verify(registered.stream().map(Registered::id).toList());
        return new BulkRegistration(registered.size(), preview, queued);
    }

    /** Sorts the accounts into ready (added to {@code ready}) and not ready, per reason. */
    private RegistrationPreview evaluate(List<UUID> ids, List<UUID> ready) {
        Map<RegistrationBlocker, Integer> notReady = new EnumMap<>(RegistrationBlocker.class);
        for (Candidate c : registrations.candidates(CurrentScope.requireTenant(), ids)) {
            RegistrationBlocker blocker = blocker(c);
            if (blocker == null) {
                ready.add(c.id());
            }
            else {
                notReady.merge(blocker, 1, Integer::sum);
            }
        }
        return new RegistrationPreview(ready.size(), notReady);
    }

    /** The first reason the account cannot be registered, or null if it can: the checks of AccountService.register. */
    static RegistrationBlocker blocker(Candidate c) {
        if (c.state() == AccountState.DISCONNECTED) {
            return RegistrationBlocker.DISCONNECTED;
        }
        if (c.state() == AccountState.DRAFT) {
            return RegistrationBlocker.NOT_STARTED;
        }
        if (!REGISTRABLE.contains(c.state())) {
            return RegistrationBlocker.REGISTERED;
        }
        if (!c.billingAccessConfirmed()) {
            return RegistrationBlocker.BILLING_ACCESS;
        }
        if (!c.curSettingsConfirmed()) {
            return RegistrationBlocker.REPORT_SETTINGS;
        }
        if (c.roleArns().isEmpty()) {
            return RegistrationBlocker.NO_ROLE_ARN;
        }
        try {
            c.roleArns().forEach(arn -> RoleArn.parse(arn.value(), c.partition(), c.accountId()));
        }
        catch (InvalidInputException e) {
            return RegistrationBlocker.WRONG_ROLE_ARN;
        }
        return null;
    }

}
