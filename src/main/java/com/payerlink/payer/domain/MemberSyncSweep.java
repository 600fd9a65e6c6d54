package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.TenantSweep;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The daily re-read of every payer's members: each sweep hands every tenant's payers (management connections that
 * passed verification) to durable one-payer syncs, spread over an hour so no organization is asked all at once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MemberSyncSweep {

    private static final Logger log = LoggerFactory.getLogger(MemberSyncSweep.class);

    private static final Duration SPREAD = Duration.ofHours(1);

    private final TenantSweep tenants;

    private final AccountListService accountLists;

    private final PayerMemberService members;

    /** Hands out every tenant's payer syncs; returns how many were handed out. */
    public int sweep() {
        int handedOut = tenants.handOut(PayerTasks.MEMBER_SYNC, SPREAD, this::payers, MemberSyncJob::new);
        log.debug("Member sweep handed out {} payer syncs", handedOut);
        return handedOut;
    }

    private List<UUID> payers() {
        return accountLists.allIds(AccountQuery.all().withMethod(ConnectionMethod.DIRECT_MANAGEMENT)
            .withStates(EnumSet.of(AccountState.AWAITING_SUPPORT, AccountState.PROCESSING, AccountState.READY)));
    }

    /** One payer's sync in its tenant's system scope; a refusal is kept as the sync's problem, not retried. */
    void sync(MemberSyncJob job) {
        CurrentScope.runAs(DatabaseScope.tenantSystem(job.tenantId()), () -> {
            try {
                members.sync(job.payerId());
            }
            catch (InvalidInputException e) {
                log.info("Members of payer {} not synced: {}", job.payerId(), e.getMessage());
            }
        });
    }

}
