package com.payerlink.importing.domain;

import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs long import work (reading a big file, applying it) off the request thread, so neither the uploading
 * user's UI nor anyone else's waits for it. Two threads: big imports queue rather than starve the portal.
 */
@Component
public class ImportWorkers implements DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "import-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** Runs the work as the calling user, in the caller's tenant scope. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        SecurityContext security = SecurityContextHolder.getContext();
        DatabaseScope scope = CurrentScope.get();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            try {
                return CurrentScope.callAs(scope, work);
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        }, pool);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

}
