package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.APP_USER;
import static com.payerlink.db.Tables.TENANT;

/** Tenant rows. Row-level security decides which of them the caller can see. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TenantDAO {

    private final DSLContext dsl;

    List<Tenant> findAll() {
        var users = DSL.selectCount().from(APP_USER).where(APP_USER.TENANT_ID.eq(TENANT.ID)).<Integer>asField();
        return dsl.select(TENANT.ID, TENANT.NAME, TENANT.CODE, TENANT.CREATED_AT, users)
            .from(TENANT)
            .orderBy(TENANT.NAME)
            .fetch(r -> new Tenant(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<String> findName(UUID id) {
        return dsl.select(TENANT.NAME).from(TENANT).where(TENANT.ID.eq(id)).fetchOptional(TENANT.NAME);
    }

    Optional<UUID> findIdByName(String name) {
        return dsl.select(TENANT.ID).from(TENANT).where(TENANT.NAME.eq(name)).fetchOptional(TENANT.ID);
    }

    boolean nameTaken(String name) {
        return dsl.fetchExists(TENANT, DSL.lower(TENANT.NAME).eq(name.toLowerCase()));
    }

    boolean codeTaken(String code) {
        return dsl.fetchExists(TENANT, TENANT.CODE.eq(code));
    }

    void insert(UUID id, String name, String code) {
        dsl.insertInto(TENANT).set(TENANT.ID, id).set(TENANT.NAME, name).set(TENANT.CODE, code).execute();
    }

}
