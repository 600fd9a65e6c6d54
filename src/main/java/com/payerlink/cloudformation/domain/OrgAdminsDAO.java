package com.payerlink.cloudformation.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.APP_USER;

/** The addresses of a tenant's enabled org admins, who hear of a disconnected connection. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrgAdminsDAO {

    private final DSLContext dsl;

    List<String> enabledOrgAdmins(UUID tenantId) {
        return dsl.select(APP_USER.EMAIL).from(APP_USER)
            .where(APP_USER.TENANT_ID.eq(tenantId))
            .and(APP_USER.ROLE.eq(Role.ORG_ADMIN.name()))
            .and(APP_USER.ENABLED.isTrue())
            .orderBy(APP_USER.EMAIL)
            .fetch(APP_USER.EMAIL);
    }

}
