package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's choices for its connections: "Register connections automatically when their stack reports back". */
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

}
