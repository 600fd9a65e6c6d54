package com.payerlink.sso.domain;

import com.payerlink.core.database.VersionedRows;
import com.payerlink.db.tables.records.TenantSsoRecord;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.TENANT_SSO;
import static com.payerlink.db.Tables.TENANT_SSO_DOMAIN;

/** The tenant's identity provider rows. Queries name the tenant; row-level security guards those that forget. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SsoProviderDAO {

    private final DSLContext dsl;

    Optional<TenantSsoRecord> find(UUID tenantId) {
        return dsl.selectFrom(TENANT_SSO).where(TENANT_SSO.TENANT_ID.eq(tenantId)).fetchOptional();
    }

    List<EmailDomain> domains(UUID tenantId) {
        return dsl.select(TENANT_SSO_DOMAIN.DOMAIN).from(TENANT_SSO_DOMAIN)
            .where(TENANT_SSO_DOMAIN.TENANT_ID.eq(tenantId))
            .orderBy(TENANT_SSO_DOMAIN.DOMAIN)
            .fetch(r -> new EmailDomain(r.value1()));
    }

    /** The tenant's first provider row. */
    TenantSsoRecord insert(UUID tenantId) {
        TenantSsoRecord row = dsl.newRecord(TENANT_SSO);
        row.setTenantId(tenantId);
        return row;
    }

    /** Writes a new row, or the changes of a found one if it is still at {@code seenVersion}. */
    void store(TenantSsoRecord row, int seenVersion) {
        row.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        if (row.getVersion() == null) {
            row.setVersion(1);
            row.insert();
        }
        else {
            VersionedRows.store(row, seenVersion, "The single sign-on settings");
        }
    }

    void replaceDomains(UUID tenantId, List<EmailDomain> domains) {
        dsl.deleteFrom(TENANT_SSO_DOMAIN).where(TENANT_SSO_DOMAIN.TENANT_ID.eq(tenantId)).execute();
        var insert = dsl.insertInto(TENANT_SSO_DOMAIN, TENANT_SSO_DOMAIN.DOMAIN, TENANT_SSO_DOMAIN.TENANT_ID);
        for (EmailDomain domain : domains) {
            insert = insert.values(domain.value(), tenantId);
        }
        insert.execute();
    }

    void delete(TenantSsoRecord row, int seenVersion) {
        VersionedRows.delete(row, seenVersion, "The single sign-on settings");
    }

}
