package com.payerlink.importing.domain;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How many previews and applies run at once on this portal node: at most {@code concurrent-per-tenant} for one
 * tenant and {@code concurrent-per-node} for all, so that a few big files cannot take the heap from everyone. A
 * claim over either bound is refused at once ({@link ImportBusyException}) rather than queued, since a queue would
 * hold the waiting files in memory.
 */
@Component
public class ImportCapacity {

    /** How long a refused caller should wait before it tries again. */
    public static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final int perTenant;

    private final int perNode;

    private final Map<UUID, Integer> running = new HashMap<>();

    private int total;

    ImportCapacity(ImportSettings settings) {
        this.perTenant = settings.concurrentPerTenant();
        this.perNode = settings.concurrentPerNode();
    }

    /**
     * Claims one place for a preview or apply of the tenant; close the claim when the work is done.
     *
     * @throws ImportBusyException when the tenant or the node runs as many as it may already
     */
    public synchronized Claim claim(UUID tenant) {
        int ofTenant = running.getOrDefault(tenant, 0);
        if (ofTenant >= perTenant || total >= perNode) {
            throw new ImportBusyException(RETRY_AFTER);
        }
        running.put(tenant, ofTenant + 1);
        total++;
        return new Claim(tenant);
    }

    private synchronized void release(UUID tenant) {
        running.computeIfPresent(tenant, (t, n) -> n <= 1 ? null : n - 1);
        total--;
    }

    /** One running preview or apply; closing it twice releases it once. */
    public final class Claim implements AutoCloseable {

        private final UUID tenant;

        private boolean open = true;

        private Claim(UUID tenant) {
            this.tenant = tenant;
        }

        @Override
        public void close() {
            synchronized (ImportCapacity.this) {
                if (open) {
                    open = false;
                    release(tenant);
                }
            }
        }

    }

}
