package com.payerlink.api.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.database.RateWindows;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.ApiTokenRecord;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's API tokens: org admins create and revoke them; the REST API checks the token of each
 * request here. A token acts with its tenant and its role (its scope: org admin, operator or viewer), like a
 * signed-in user, and only while the org admin who created it is an enabled org admin of the tenant.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiTokenService {

    static final int MAX_NAME_LENGTH = 80;

    private final ApiTokenDAO tokenDAO;

    private final AuditLog auditLog;

    private final RateWindows rateWindows;

    private final Clock clock = Clock.systemUTC();

    /** The tenant's tokens, newest first, revoked ones included. Org admins only. */
    @Transactional(readOnly = true)
    public List<ApiToken> tokensOfMyTenant() {
        return tokenDAO.findByTenant(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN));
    }

    /**
     * Creates a token for the caller's tenant. Org admins only.
     *
     * @return the token and its secret, which is not stored and cannot be shown again
     * @throws InvalidInputException naming the field (name, role, expiresOn) that breaks a rule
     */
    @Transactional
    public CreatedApiToken create(NewApiToken request) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "Name the token after the script or system that uses it, e.g. \"onboarding pipeline\".");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "The name is too long: at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (request.role() == null || !request.role().isTenantRole()) {
            throw new InvalidInputException("role", "Choose Org admin (may also register and disconnect connections),"
                    + " Operator (may read and change accounts) or Viewer (may only read).");
        }
        if (request.role() == Role.ORG_ADMIN && CurrentScope.get().userId() == null) {
            // it works only while its creator is an org admin: a creator no user can be would never lose it
            throw new InvalidInputException("role", "An Org admin token is created by a signed-in org admin, whose"
                    + " role it follows. Choose Operator or Viewer here.");
        }
        LocalDate today = LocalDate.now(clock);
        if (request.expiresOn() != null && !request.expiresOn().isAfter(today)) {
            throw new InvalidInputException("expiresOn", "The token would stop working at once: choose a day after "
                    + today + ", or leave the date empty for a token that does not expire.");
        }
        if (tokenDAO.activeTokenNamed(tenant, name)) {
            throw new InvalidInputException("name", "A token named \"" + name + "\" exists already. Choose another name, or revoke that one first.");
        }
        String secret = ApiTokenSecret.generate();
        OffsetDateTime expiresAt = request.expiresOn() == null ? null : request.expiresOn().atStartOfDay().atOffset(ZoneOffset.UTC);
        ApiTokenRecord r = tokenDAO.insert(tenant, name, request.role(), ApiTokenSecret.hash(secret), expiresAt,
                CurrentScope.actor(), CurrentScope.get().userId());
        auditLog.record("API_TOKEN_CREATED", name + " (" + request.role().label()
                + (expiresAt == null ? ", no expiry" : ", expires " + request.expiresOn()) + ")");
        return new CreatedApiToken(ApiTokenDAO.toToken(r), secret);
    }

    /** Revokes a token of the caller's tenant: its next request is refused. Revoking twice changes nothing. Org admins only. */
    @Transactional
    public ApiToken revoke(UUID tokenId) {
        ApiTokenRecord r = tokenDAO.find(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN), tokenId)
            .orElseThrow(() -> new InvalidInputException(null, "This token no longer exists. Reload the list."));
        if (r.getRevokedAt() == null) {
            r.setRevokedAt(OffsetDateTime.now(clock));
            r.setRevokedBy(CurrentScope.actor());
            r.store();
            auditLog.record("API_TOKEN_REVOKED", r.getName());
        }
        return ApiTokenDAO.toToken(r);
    }

    /**
     * Checks a token presented by a request, before any tenant is known, and stamps its last use
     * when it is valid. Unknown, revoked, expired tokens and those of an inactive creator are told apart, so the caller can say which.
     */
    @Transactional
    public ApiTokenCheck check(String presentedSecret) {
        if (!ApiTokenSecret.hasTokenFormat(presentedSecret)) {
            return ApiTokenCheck.unknown();
        }
        Optional<Record> found = tokenDAO.lookup(ApiTokenSecret.hash(presentedSecret));
        if (found.isEmpty()) {
            return ApiTokenCheck.unknown();
        }
        Record row = found.get();
        UUID id = row.get("id", UUID.class);
        OffsetDateTime revokedAt = row.get("revoked_at", OffsetDateTime.class);
        OffsetDateTime expiresAt = row.get("expires_at", OffsetDateTime.class);
        ApiTokenCheck.Outcome outcome = ApiTokenCheck.Outcome.VALID;
        OffsetDateTime since = null;
        if (revokedAt != null) {
            outcome = ApiTokenCheck.Outcome.REVOKED;
            since = revokedAt;
        }
        else if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now(clock))) {
            outcome = ApiTokenCheck.Outcome.EXPIRED;
            since = expiresAt;
        }
        else if (!tokenDAO.creatorActive(id)) {
            outcome = ApiTokenCheck.Outcome.CREATOR_INACTIVE;
        }
        else {
            tokenDAO.stampUse(id);
        }
        return new ApiTokenCheck(outcome, id, row.get("tenant_id", UUID.class), row.get("tenant_name", String.class),
                row.get("name", String.class), Role.valueOf(row.get("role", String.class)), since);
    }

    /**
     * Counts one request of a valid token in the current minute, in PostgreSQL, so every portal node shares the count.
     *
     * @return 0 when the request may go on, else the seconds until the token may make requests again
     */
    public long countRequest(UUID tokenId, int perMinute) {
        return rateWindows.secondsToWait(tokenId, perMinute);
    }

}
