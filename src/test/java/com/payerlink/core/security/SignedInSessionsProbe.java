package com.payerlink.core.security;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Test access to {@link SignedInSessions}' per-request check, with requests that keep their own HTTP session. */
@Component
public class SignedInSessionsProbe {

    private final SignedInSessions sessions;

    SignedInSessionsProbe(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    public MockHttpServletRequest request(String address, String userAgent) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        request.addHeader("User-Agent", userAgent);
        request.setSession(new MockHttpSession());
        return request;
    }

    /** The check a request of the session makes (the first one writes the session's row). */
    public boolean alive(PayerlinkUser user, MockHttpServletRequest request) {
        return sessions.isAlive(user, request);
    }

    public UUID idOf(MockHttpServletRequest request) {
        return (UUID) request.getSession().getAttribute(SignedInSessions.SESSION_KEY);
    }

}
