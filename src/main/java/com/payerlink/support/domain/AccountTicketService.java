package com.payerlink.support.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** The tickets that list one account, for its page. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountTicketService {

    /** The most tickets an account's page lists. */
    static final int MAX_SHOWN = 5;

    private final TicketDAO ticketDAO;

    /** The tenant's tickets listing the account (drafts included), newest first, at most {@value #MAX_SHOWN}. */
    @Transactional(readOnly = true)
    public List<TicketSummary> ticketsOf(UUID accountId) {
        return ticketDAO.ofAccount(CurrentScope.requireRoleInTenant(Roles.READERS), accountId, MAX_SHOWN);
    }

}
