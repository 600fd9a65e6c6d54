package com.payerlink.payer.domain;

import com.payerlink.account.domain.OrganizationMemberFound;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Members that the organization's StackSet reported, or an operator added from its list, become the payer's members
 * in the same transaction: one model of an organization's members, whoever found them first.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FoundMembers {

    private final PayerMemberDAO memberDAO;

    @EventListener
    void on(OrganizationMemberFound found) {
        memberDAO.recordFound(found.tenantId(), found.managementAccountId(), found.accountId(), found.name());
    }

}
