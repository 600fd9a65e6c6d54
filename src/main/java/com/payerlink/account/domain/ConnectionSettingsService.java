package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's choices for its connections: "Register connections automatically when their stack reports back", and
 * "Submit the enablement ticket once verification passes" (MSP_MULTIPLE).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConnectionSettingsService {

    private final StackReportDAO reportDAO;

    /** On unless an org admin turned it off. */
    @Transactional(readOnly = true)
    public boolean registerOnStackReport() {
        return reportDAO.registerOnStackReport(CurrentScope.requireRoleInTenant(Roles.READERS));
    }

    /** Org admins only. */
    @Transactional
    public void setRegisterOnStackReport(boolean register) {
        reportDAO.saveRegisterOnStackReport(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN), register, CurrentScope.actor());
    }

    /**
     * MSP_MULTIPLE: whether the enablement ticket that lists a connection's accounts is submitted by itself once the
     * connection passes verification. Off unless an org admin turned it on.
     */
    @Transactional(readOnly = true)
    public boolean submitEnablementTicket() {
        CurrentScope.requireRole(Roles.READERS);
        return reportDAO.submitEnablementTicket(CurrentScope.requireTenant());
    }

    /** Org admins only. */
    @Transactional
    public void setSubmitEnablementTicket(boolean submit) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        reportDAO.saveSubmitEnablementTicket(CurrentScope.requireTenant(), submit, CurrentScope.actor());
    }

}
