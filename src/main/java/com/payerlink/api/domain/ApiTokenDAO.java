package com.payerlink.api.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import com.payerlink.db.tables.records.ApiTokenRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.API_TOKEN;

/** API token rows. Every query names the tenant, except the lookup by hash, which goes through its security-definer function. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiTokenDAO {

    private final DSLContext dsl;

    List<ApiToken> findByTenant(UUID tenantId) {
        return dsl.selectFrom(API_TOKEN)
            .where(API_TOKEN.TENANT_ID.eq(tenantId))
            .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID)
            .fetch(ApiTokenDAO::toToken);
    }

    Optional<ApiTokenRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.TENANT_ID.eq(tenantId).and(API_TOKEN.ID.eq(id))).fetchOptional();
    }

    boolean activeTokenNamed(UUID tenantId, String name) {
        return dsl.fetchExists(API_TOKEN, API_TOKEN.TENANT_ID.eq(tenantId)
            .and(API_TOKEN.NAME.equalIgnoreCase(name))
            .and(API_TOKEN.REVOKED_AT.isNull()));
    }

    ApiTokenRecord insert(UUID tenantId, String name, Role role, String secretHash, OffsetDateTime expiresAt,
            String createdBy, UUID createdByUser) {
        ApiTokenRecord r = dsl.newRecord(API_TOKEN);
        r.setId(UUID.randomUUID());
        r.setTenantId(tenantId);
        r.setName(name);
        r.setRole(role.name());
        r.setSecretHash(secretHash);
        r.setExpiresAt(expiresAt);
        r.setCreatedBy(createdBy);
        r.setCreatedByUser(createdByUser);
        r.store();
        r.refresh();
        return r;
    }

    /** The token with this secret hash, of any tenant: runs before a tenant is known. */
    Optional<Record> lookup(String secretHash) {
        return dsl.fetchOptional("select * from payerlink_api_token(?)", secretHash);
    }

    /** Whether the token's creator is still an enabled org admin of its tenant; runs before a tenant is known. */
    boolean creatorActive(UUID tokenId) {
        return Boolean.TRUE.equals(dsl.fetchOne("select payerlink_api_token_creator_active(?)", tokenId).get(0, Boolean.class));
    }

    void stampUse(UUID tokenId) {
        dsl.execute("select payerlink_api_token_used(?)", tokenId);
    }

    static ApiToken toToken(ApiTokenRecord r) {
        return new ApiToken(r.getId(), r.getName(), Role.valueOf(r.getRole()), r.getCreatedBy(), r.getCreatedAt(),
                r.getExpiresAt(), r.getLastUsedAt(), r.getRevokedAt(), r.getRevokedBy());
    }

}
