package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.SingleLine;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * A registered connection's end and new start: an org admin disconnects it (with a reason; no check of it runs any
 * more, its history stays), and anyone who edits accounts reconnects it, which restarts the wizard at the stack
 * (step 5) with a new ExternalId, to be registered again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConnectionLifecycleService {

    /** The longest reason a disconnection keeps. */
    public static final int MAX_REASON = 300;

    private final AccountDAO accountDAO;

    private final AuditLog auditLog;

    private final AccountStateService states;

    /**
     * Disconnects a registered connection: DISCONNECTED with the reason, which the account page and the grid show.
     * Verification queued for it ends without asking AWS; nothing checks it again until it is reconnected.
     *
     * @throws InvalidInputException when the reason is missing, or the account is not registered or disconnected already
     */
    @Transactional
    public CustomerAccount disconnect(UUID id, int seenVersion, String reason) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        String why = validReason(reason);
        CustomerAccountRecord r = load(id);
        if (r.getState() == AccountState.DISCONNECTED) {
            throw new InvalidInputException(null, r.getName() + " is disconnected already. Reconnect it to start again.");
        }
        if (r.getRegisteredAt() == null) {
            throw new InvalidInputException(null, r.getName() + " has no registered connection to disconnect: it is"
                    + " still in its wizard (" + r.getState().label() + "). Finish the wizard and register it instead.");
        }
        r.setStateDetail(why);
        states.move(r, seenVersion, AccountState.DISCONNECTED, why);
        auditLog.record("CONNECTION_DISCONNECTED", r.getName() + " (" + r.getAccountId().value() + "): " + why);
        return AccountDAO.toAccount(r);
    }

    /**
     * Reconnects a disconnected account: back in progress at step 5 with a new ExternalId (the old role trusts the
     * old one), without role ARNs and unregistered, so the customer updates the stack, the role ARN is saved again and
     * an org admin registers it again. Account, report settings and history stay.
     *
     * @throws InvalidInputException when the account is not disconnected
     */
    @Transactional
    public CustomerAccount reconnect(UUID id, int seenVersion) {
        CurrentScope.requireRole(Roles.EDITORS);
        CustomerAccountRecord r = load(id);
        if (r.getState() != AccountState.DISCONNECTED) {
            throw new InvalidInputException(null, r.getName() + " is " + r.getState().label() + ", not disconnected,"
                    + " so there is nothing to reconnect.");
        }
        ExternalId previous = r.getExternalId();
        r.setExternalId(ExternalId.generate());
        r.setRoleArns(List.of());
        r.setRegisteredAt(null);
        r.setRegisteredBy(null);
        r.setProcessingStartedAt(null);
        r.setStateDetail("");
        r.setWizardStep(WizardStep.CLOUDFORMATION);
        states.move(r, seenVersion, AccountState.IN_PROGRESS, "reconnected with a new ExternalId (" + previous.value()
                + " no longer works): update or create the stack with it (step 5), then save the role ARN (step 6)"
                + " and register the connection again");
        auditLog.record("CONNECTION_RECONNECTED", r.getName() + " (" + r.getAccountId().value() + ")");
        return AccountDAO.toAccount(r);
    }

    private CustomerAccountRecord load(UUID id) {
        return accountDAO.get(CurrentScope.requireTenant(), id);
    }

    private static String validReason(String reason) {
        return SingleLine.required("reason", "reason", reason, MAX_REASON, "Say why the connection is disconnected,"
                + " e.g. \"Customer left\" or \"Stack deleted\": the account's history keeps it.");
    }

}
