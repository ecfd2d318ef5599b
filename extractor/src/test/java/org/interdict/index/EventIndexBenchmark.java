package org.interdict.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.interdict.ExtractionResult;

/**
 * Indexing rate and query latency of {@link EventIndex} on a synthetic index (not a test: run it by hand,
 * see {@code docs/search.md}). Arguments: {@code [EVENTS [DIR [THREADS]]]}, default 1,000,000 events in
 * a temporary folder with 2 indexing threads. Prints a Markdown table.
 */
public final class EventIndexBenchmark {

    private static final int WARMUP = 100;
    private static final int MEASURED = 500;
    private static final long SEED = 20240601L;

    private static final List<String> FREE_TEXT = List.of("seized rifles", "surface-to-air missiles",
            "\"bound for Syria\"", "customs ammunition", "North Korean cylinders", "shipped tanks to Yemen",
            "coast guard explosives", "Iranian-made rockets", "radar systems", "Arms Trade Treaty");

    private EventIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("interdict-bench");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new IllegalArgumentException("benchmark folder is not empty: " + dir);
                }
            }
        }
        System.out.printf(Locale.ROOT, "JVM: %s, max heap %d MB, %d processors%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        // indexing
        AtomicLong events = new AtomicLong();
        AtomicLong documents = new AtomicLong();
        long start = System.nanoTime();
        try (EventIndex index = EventIndex.open(dir)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = target / threads + (t < target % threads ? 1 : 0);
                int thread = t;
                workers.add(new Thread(() -> indexShare(index, thread, share, events, documents), "indexer-" + t));
            }
            workers.forEach(Thread::start);
            for (Thread worker : workers) {
                worker.join();
            }
            index.commit();
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "indexed %,d events (%,d documents) with %d threads in %.1f s: %,.0f events/s; "
                        + "index %,d MB%n", events.get(), documents.get(), threads, indexSeconds,
                events.get() / indexSeconds, size(dir) >> 20);

        // searching, read-only as the command line does
        long openStart = System.nanoTime();
        try (EventIndex index = EventIndex.openReadOnly(dir)) {
            double openMs = (System.nanoTime() - openStart) / 1e6;
            long firstFacets = System.nanoTime();
            EventFacets all = index.facets("", 10);
            double firstFacetsMs = (System.nanoTime() - firstFacets) / 1e6;
            System.out.printf(Locale.ROOT, "open read-only %.0f ms; first facet count (builds the facet ordinals) %.0f ms; "
                    + "%,d events%n", openMs, firstFacetsMs, all.matched());

            Random random = new Random(SEED);
            List<String> countries = SyntheticEvents.COUNTRIES.stream().map(SyntheticEvents.Country::code).toList();
            System.out.println();
            System.out.println("| query (searches: limit 10, with snippets) | median ms | p99 ms | mean hits (facets: matching events) |");
            System.out.println("| --- | ---: | ---: | ---: |");
            measure("`destination:XXX` (random country)", i -> hits(index.search(
                    "destination:" + countries.get(random.nextInt(countries.size())), 10)));
            measure("`weapon:missile AND year:[Y TO Y+4]` (random Y)", i -> {
                int year = 1990 + random.nextInt(30);
                return hits(index.search("weapon:missile AND year:[" + year + " TO " + (year + 4) + "]", 10));
            });
            measure("free text (10 typical queries)", i -> hits(index.search(
                    FREE_TEXT.get(random.nextInt(FREE_TEXT.size())), 10, QueryMode.FORGIVING, SortOrder.RELEVANCE)));
            measure("free text, `--sort date`", i -> hits(index.search(
                    FREE_TEXT.get(random.nextInt(FREE_TEXT.size())), 10, QueryMode.FORGIVING, SortOrder.DATE)));
            measure("facets, all events (top 10 of 10 dimensions)", i -> index.facets("", 10).matched());
            measure("facets, `destination:XXX`", i -> index.facets(
                    "destination:" + countries.get(random.nextInt(countries.size())), 10).matched());
            measure("facets, free text", i -> index.facets(
                    FREE_TEXT.get(random.nextInt(FREE_TEXT.size())), 10, QueryMode.FORGIVING).matched());
        }
    }

    private static void indexShare(EventIndex index, int thread, int share, AtomicLong events, AtomicLong documents) {
        Random random = new Random(SEED + thread);
        int done = 0;
        for (int n = 0; done < share; n++) {
            SyntheticEvents.Generated doc = SyntheticEvents.document(random, "t" + thread + "-" + n);
            ExtractionResult result = doc.result();
            if (done + result.events().size() > share) {
                result = new ExtractionResult(result.docId(), result.published(), result.entities(),
                        result.events().subList(0, share - done));
            }
            index.add(result, doc.text());
            done += result.events().size();
            events.addAndGet(result.events().size());
            documents.incrementAndGet();
        }
    }

    /** For search results: the number of hits (10 at most). */
    private static long hits(List<EventHit> hits) {
        return hits.size();
    }

    private static void measure(String name, Function<Integer, Long> run) {
        for (int i = 0; i < WARMUP; i++) {
            run.apply(i);
        }
        double[] millis = new double[MEASURED];
        long hits = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            hits += run.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %,d |%n", name, percentile(millis, 0.5),
                percentile(millis, 0.99), hits / MEASURED);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
