package org.interdict.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a benchmark phase runs, two ways: the used heap sampled every few milliseconds
 * from the {@code MemoryMXBean} (garbage included, so it depends on {@code -Xmx} and the collector), and the
 * used heap right after each garbage collection, from the collectors' notifications (closer to what the
 * phase really keeps). Start it with {@link #start}, read it after {@link #close} (which may be called more than once).
 */
public final class HeapMonitor implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong(-1);
    private final AtomicLong peakAfterGc = new AtomicLong(-1);
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Set<String> heapPools = new HashSet<>();
    private volatile boolean running = true;

    private HeapMonitor(long intervalMillis) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sample();
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "interdict-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching, sampling every {@code intervalMillis}. */
    public static HeapMonitor start(long intervalMillis) {
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("sampling interval must be positive: " + intervalMillis);
        }
        return new HeapMonitor(intervalMillis);
    }

    /** The used heap after collecting garbage twice: what the live objects hold right now. */
    public static long settledUsedBytes() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakUsed.accumulateAndGet(used, Math::max);
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                MemoryUsage usage = pool.getValue();
                used += usage.getUsed();
            }
        }
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    /** The highest sampled used heap, garbage included. */
    public long peakUsedBytes() {
        return peakUsed.get();
    }

    /** The highest used heap right after a collection, or -1 if no collection ran. */
    public long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }
}
