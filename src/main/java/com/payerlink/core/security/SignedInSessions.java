package com.payerlink.core.security;

import com.payerlink.core.database.SignInDatabase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import com.vaadin.flow.server.WrappedSession;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.UUID;

/**
 * Every signed-in session has a row (user_session) that its user sees under "Your sessions": it is written on the
 * session's first request after the sign-in, checked on every request (with the user's security stamp, in one call),
 * and ended when the session is signed out, times out, or its user signs it out from another browser. Rows are
 * reached through the sign-in role's narrow functions, since the check runs before the request's scope is bound.
 */
@Component
public class SignedInSessions implements HttpSessionListener {

    /** The HTTP session attribute holding the session's row id. */
    static final String SESSION_KEY = "payerlink.session-id";

    private final DSLContext dsl;

    SignedInSessions(SignInDatabase signIn) {
        this.dsl = signIn.dsl();
    }

    /**
     * Whether the signed-in user's session may go on: same access as when it started and not signed out. A session
     * seen for the first time gets its row here.
     */
    boolean isAlive(PayerlinkUser user, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || user.securityStamp() == null) {
            return false;
        }
        UUID id = (UUID) session.getAttribute(SESSION_KEY);
        if (id == null) {
            id = UUID.randomUUID();
            dsl.execute("select payerlink_session_started(?, ?, ?, ?)", id, user.id(),
                    Objects.toString(request.getRemoteAddr(), "unknown"),
                    Objects.toString(request.getHeader("User-Agent"), "unknown"));
            session.setAttribute(SESSION_KEY, id);
        }
        return Boolean.TRUE.equals(dsl.fetchOne("select payerlink_session_alive(?, ?, ?)", id, user.id(),
                user.securityStamp()).get(0, Boolean.class));
    }

    /** The row id of the current HTTP session, if it is a signed-in one. */
    public static @Nullable UUID idOf(WrappedSession session) {
        return session.getAttribute(SESSION_KEY) instanceof UUID id ? id : null;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object id = event.getSession().getAttribute(SESSION_KEY);
        if (id instanceof UUID session) {
            dsl.execute("select payerlink_session_ended(?)", session);
        }
    }

}
