package com.payerlink.core.ui;

import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Background work started from a view: it runs off the request thread as the viewer (their database scope and
 * signed-in user, captured when it starts) and hands what it found to the view inside {@code ui.access}, which
 * the {@code @Push} layout sends to the browser. One small pool for every view, shut down with the portal.
 */
@Component
public class ViewBackgroundWork implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ViewBackgroundWork.class);

    private final AtomicInteger threads = new AtomicInteger();

    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "view-work-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /**
     * Runs the work once, as the current viewer; then {@code done} with its value or {@code failed} with what it
     * threw (unwrapped), in the view's UI. Call on the request thread.
     *
     * @return completes once the outcome is queued for the view's UI (it shows with the next push or roundtrip)
     */
    public <T> CompletableFuture<Void> run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Viewer viewer = Viewer.current();
        return CompletableFuture.supplyAsync(() -> viewer.call(work), pool).handle((value, error) -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            viewer.ui.access(() -> {
                if (cause == null) {
                    done.accept(value);
                }
                else {
                    failed.accept(cause);
                }
            });
            return null;
        });
    }

    /**
     * Every {@code period}, reads as the current viewer and hands what it read to {@code show} in the view's UI,
     * until {@code show} returns false or the returned registration is removed (e.g. when the view detaches).
     * Call on the request thread.
     */
    public <T> Registration poll(Duration period, Supplier<T> read, Predicate<T> show) {
        Viewer viewer = Viewer.current();
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<ScheduledFuture<?>> polling = new AtomicReference<>();
        Registration stop = () -> {
            stopped.set(true);
            ScheduledFuture<?> f = polling.getAndSet(null);
            if (f != null) {
                f.cancel(false);
            }
        };
        polling.set(pool.scheduleWithFixedDelay(() -> {
            T value;
            try {
                value = viewer.call(read);
            }
            catch (RuntimeException e) {
                // a task that throws is never run again by the executor: skip this round, the next read may work
                log.warn("A background read of a view failed; reading again in {}", period, e);
                return;
            }
            viewer.ui.access(() -> {
                // reads queued before the stop are not shown any more
                if (!stopped.get() && !show.test(value)) {
                    stop.remove();
                }
            });
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
        return stop;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /** Who started the work, and where to show its outcome. */
    private record Viewer(UI ui, DatabaseScope scope, SecurityContext security) {

        static Viewer current() {
            UI ui = Objects.requireNonNull(UI.getCurrent(), "start background work from a view, on its request thread");
            return new Viewer(ui, CurrentScope.get(), SecurityContextHolder.getContext());
        }

        <T> T call(Supplier<T> work) {
            SecurityContextHolder.setContext(security);
            try {
                return CurrentScope.callAs(scope, work);
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        }

    }

}
