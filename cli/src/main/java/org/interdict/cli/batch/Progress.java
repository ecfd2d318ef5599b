package org.interdict.cli.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how a batch run is going on stderr: a progress bar with documents/s and events when stderr is a
 * terminal, else a plain line every ten seconds (nothing at all for runs shorter than that).
 */
abstract class Progress implements AutoCloseable {

    /** How often the plain log writes a line. */
    static final long LOG_INTERVAL_SECONDS = 10;

    /** A progress bar if {@code terminal}, else periodic log lines. */
    static Progress start(BatchCounts counts, PrintStream err, boolean terminal) {
        return terminal ? new Bar(counts, err) : new Log(counts, err);
    }

    /** Called after each outcome. */
    abstract void update();

    @Override
    public abstract void close();

    private static final class Bar extends Progress {
        private final BatchCounts counts;
        private final ProgressBar bar;

        Bar(BatchCounts counts, PrintStream err) {
            this.counts = counts;
            this.bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed().hideEta()
                    .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override
        void update() {
            bar.stepTo(counts.read());
            bar.setExtraMessage(" " + counts.events() + " events" + (counts.failed() > 0 ? ", " + counts.failed()
                    + " failed" : ""));
        }

        @Override
        public void close() {
            update();
            bar.close();
        }
    }

    private static final class Log extends Progress {
        private final ScheduledExecutorService timer;

        Log(BatchCounts counts, PrintStream err) {
            this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "interdict-progress");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(() -> err.println(String.format(Locale.ROOT,
                    "interdict: %d documents read (%.1f documents/s), %d events, %d failed, %.0f s",
                    counts.read(), counts.read() / Math.max(counts.seconds(), 1e-9), counts.events(),
                    counts.failed(), counts.seconds())), LOG_INTERVAL_SECONDS, LOG_INTERVAL_SECONDS, TimeUnit.SECONDS);
        }

        @Override
        void update() {
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
