package org.interdict.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread, in nanoseconds. On a machine that other processes share, a pass's CPU
 * time varies far less than its wall time; it leaves out the JVM's own threads (garbage collection, JIT),
 * so both are reported.
 */
final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuClock() {
    }

    /** Whether this JVM measures thread CPU time; when it does not, every CPU figure is -1. */
    static boolean supported() {
        return SUPPORTED;
    }

    /** The calling thread's CPU time so far, or 0 when not supported. */
    static long now() {
        return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** A measured CPU duration, or -1 when not supported. */
    static long orUnknown(long nanos) {
        return SUPPORTED ? nanos : -1;
    }
}
