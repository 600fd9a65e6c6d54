package com.payerlink.session.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The signed-in user's own sessions ("Your sessions"). A session idle longer than the idle timeout
 * ({@code server.servlet.session.timeout}) has ended even if its node could not record it, so it is not listed.
 */
@Service
@RequiredArgsConstructor
public class YourSessions {

    private final SessionDAO sessionDAO;

    private final ServerProperties server;

    private final AuditLog auditLog;

    /** The caller's open sessions, the most recently active first; {@code current} marks this one. */
    @Transactional(readOnly = true)
    public List<SignedInSession> open(UUID current) {
        return sessionDAO.open(me(), OffsetDateTime.now().minus(idleTimeout()), current);
    }

    /** Signs one of the caller's other sessions out: its next request lands on the sign-in page. */
    @Transactional
    public void signOut(UUID sessionId) {
        if (!sessionDAO.end(me(), sessionId)) {
            throw new InvalidInputException(null, "That session has already ended.");
        }
        auditLog.record(CurrentScope.get().tenantId(), "SESSION_SIGNED_OUT", CurrentScope.actor());
    }

    /** Signs every session of the caller out, this one included, on every portal node. */
    @Transactional
    public void signOutEverywhere() {
        me();
        sessionDAO.endAll();
        auditLog.record(CurrentScope.get().tenantId(), "SIGNED_OUT_EVERYWHERE", CurrentScope.actor());
    }

    /** How long a session may stay idle before it ends. */
    public Duration idleTimeout() {
        return Objects.requireNonNullElse(server.getServlet().getSession().getTimeout(), Duration.ofMinutes(30));
    }

    private static UUID me() {
        UUID user = CurrentScope.get().userId();
        if (user == null) {
            throw new InvalidInputException(null, "Sign in to see your sessions.");
        }
        return user;
    }

}
