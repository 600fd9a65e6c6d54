package com.payerlink.session.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** When each user of a tenant last signed in, for the platform admin's tenant page. */
@Service
@RequiredArgsConstructor
public class SignInActivity {

    private final SessionDAO sessionDAO;

    /** Each user's latest sign-in (users who never signed in are left out). Platform admins only. */
    @Transactional(readOnly = true)
    public Map<UUID, OffsetDateTime> lastSignIns(UUID tenantId) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return sessionDAO.lastSignIns(tenantId);
    }

}
