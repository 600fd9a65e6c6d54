package com.payerlink.audit.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.core.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every registered connection (in the wizard, in bulk, by API or by the stack's report) is in the audit log. */
@Component
@RequiredArgsConstructor
class RegistrationAudit {

    private final AuditLog auditLog;

    // in the registering transaction: no registration without its entry
    @EventListener
    void on(ConnectionRegistered registered) {
        auditLog.record(registered.tenantId(), "CONNECTION_REGISTERED",
                registered.accountName() + " (" + registered.method() + ") by " + registered.registeredBy());
    }

}
