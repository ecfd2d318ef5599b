package org.interdict.cli.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.corpus.SourceProblem;

/**
 * Extracts documents on a pool of threads with one shared {@link Extractor} and hands the outcomes to a
 * sink in input order, on one writer thread. At most {@code capacity} documents are in flight: the
 * thread that submits waits while the queue is full, so memory stays bounded however large the input.
 *
 * <p>Use from one submitting thread: {@link #extract}, {@link #skip} and {@link #problem} in input order,
 * then {@link #finish()}. A failing extraction becomes a {@link Outcome.Failed}; it never stops the run.
 * A failing sink (the output cannot be written) stops it: the next submission and {@link #finish()} throw
 * {@link BatchFailedException}.
 */
final class OrderedPipeline {

    /** What became of one input, in input order. */
    sealed interface Outcome {
        /** Extracted: the document and its result. */
        record Extracted(Document document, ExtractionResult result) implements Outcome {
        }

        /** Unreadable or failed in the extractor. */
        record Failed(SourceProblem problem) implements Outcome {
        }

        /** Left out because it is already in the output. */
        record Skipped(Document document) implements Outcome {
        }
    }

    /** The run had to stop: the sink failed (its cause) or the submitting thread was interrupted. */
    static final class BatchFailedException extends RuntimeException {
        BatchFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

    private final Extractor extractor;
    private final ExecutorService workers;
    private final BlockingQueue<Future<Outcome>> queue;
    private final Thread writer;
    private volatile Throwable failure;

    OrderedPipeline(Extractor extractor, int threads, int capacity, Consumer<Outcome> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.extractor = extractor;
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "interdict-extract-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.writer = new Thread(() -> drain(sink), "interdict-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void extract(Document document) {
        put(CompletableFuture.supplyAsync(() -> extractOne(document), workers));
    }

    void skip(Document document) {
        put(CompletableFuture.completedFuture(new Outcome.Skipped(document)));
    }

    void problem(SourceProblem problem) {
        put(CompletableFuture.completedFuture(new Outcome.Failed(problem)));
    }

    /** Waits until every outcome went to the sink, then stops the threads. */
    void finish() {
        try {
            queue.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatchFailedException("interrupted", e);
        } finally {
            workers.shutdownNow();
        }
        if (failure != null) {
            throw new BatchFailedException(failure.getMessage(), failure);
        }
    }

    private Outcome extractOne(Document document) {
        try {
            return new Outcome.Extracted(document, extractor.extract(document));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome.Failed(new SourceProblem(document.id(), null,
                    message.lines().findFirst().orElse(message)));
        }
    }

    private void put(Future<Outcome> outcome) {
        if (failure != null) {
            throw new BatchFailedException(failure.getMessage(), failure);
        }
        try {
            queue.put(outcome);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatchFailedException("interrupted", e);
        }
    }

    /** The writer thread: outcomes in order to the sink; after a failure, drains without writing. */
    private void drain(Consumer<Outcome> sink) {
        while (true) {
            Future<Outcome> next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                failure = e;
                return;
            }
            if (next == END) {
                return;
            }
            if (failure != null) {
                next.cancel(false);
                continue;
            }
            try {
                sink.accept(next.get());
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (InterruptedException e) {
                failure = e;
                return;
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
