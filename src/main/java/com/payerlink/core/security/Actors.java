package com.payerlink.core.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/**
 * Work done in the name of someone who is not signed in on this thread: a background task in the name of who caused
 * it, an invitation's customer, the demo's users. Histories and ticket threads then name them as the actor. The
 * name carries no role: what the work may touch is still the scope's business.
 */
public final class Actors {

    private Actors() {
    }

    /** Runs the work with the actor as the thread's authentication, and restores the previous one afterwards. */
    public static <T> T callAs(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(String actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }

}
