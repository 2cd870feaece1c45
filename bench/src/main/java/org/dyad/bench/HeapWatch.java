package org.dyad.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the Java heap for the length of a benchmark: the peak occupancy (the most the heap held
 * at any moment, garbage included: the sum of the heap pools' own peaks, and the heap just before
 * each collection) and the peak live heap (the most it still held just after a collection). Starts
 * on construction, stops on {@link #close}. Thread-safe.
 */
final class HeapWatch implements AutoCloseable {
    private static final long MB = 1024 * 1024;
    private final AtomicLong peakBeforeGc = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools = new HashSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
                pool.resetPeakUsage();
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        peakBeforeGc.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        peakAfterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        return used;
    }

    /** The most the heap held at any moment so far, in MiB. */
    long peakMb() {
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(Math.max(pools, peakBeforeGc.get()), now) / MB;
    }

    /** The most the heap held just after a collection, in MiB: the live data plus what survived as garbage. */
    long peakAfterCollectionMb() {
        return peakAfterGc.get() / MB;
    }

    /** Collections seen. */
    long collections() {
        return collections.get();
    }

    /** The heap limit ({@code -Xmx}) in MiB. */
    static long maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ex) {
                throw new IllegalStateException("heap listener vanished from " + e, ex);
            }
        }
    }
}
