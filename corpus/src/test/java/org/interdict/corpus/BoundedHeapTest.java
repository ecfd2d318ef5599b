package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded: each run happens in a child JVM with a fixed maximum heap (the figures of
 * docs/reliability.md), where running out of memory ends the child with an error and fails the test.
 *
 * <ul>
 *   <li>{@value #HUGE_MB} MB documents as {@code .txt}, {@code .jsonl}, {@code .html} and {@code .warc}
 *       through the batch readers: each is reported over the size cap, none reaches the extractor whole;
 *       then a document just under the cap ({@link ReadOptions#DEFAULT_MAX_CHARS} characters) is extracted
 *       in full. Heap: {@value #HUGE_HEAP}.</li>
 *   <li>{@value #MANY} short generated documents read from one JSON Lines file, extracted by one extractor
 *       and written as JSON Lines: nothing may accumulate per document. Heap: {@value #MANY_HEAP}.</li>
 * </ul>
 */
class BoundedHeapTest {

    static final int HUGE_MB = 50;
    static final String HUGE_HEAP = "-Xmx1g";
    static final int MANY = 100_000;
    static final String MANY_HEAP = "-Xmx256m";

    /** The child: {@code BoundedHeapTest huge|many FOLDER}; prints its figures and "ok" at the end. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        Extractor extractor = Extractor.builder().build();
        if (args[0].equals("huge")) {
            huge(dir, extractor);
        } else {
            many(dir, extractor);
        }
        System.out.printf("peak heap used %d MB of %d MB%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("ok");
    }

    private static void huge(Path dir, Extractor extractor) {
        for (String name : List.of("huge.txt", "huge.jsonl", "huge.html", "huge.warc")) {
            AtomicInteger documents = new AtomicInteger();
            List<SourceProblem> problems = new ArrayList<>();
            Sources.open(dir.resolve(name), null).forEach(d -> documents.incrementAndGet(), problems::add);
            if (documents.get() != 0 || problems.size() != 1 || !problems.get(0).reason().contains("over the size cap")) {
                throw new IllegalStateException(name + ": expected one over-the-cap problem, got " + documents
                        + " documents and " + problems);
            }
            System.out.println(name + ": " + problems.get(0));
        }
        String text = sentences(ReadOptions.DEFAULT_MAX_CHARS - 1_000);
        ExtractionResult result = extractor.extract(new Document("at-the-cap", text, LocalDate.of(2015, 6, 30), null));
        System.out.printf("document of %,d characters: %,d entities, %,d events%n", text.length(),
                result.entities().size(), result.events().size());
    }

    private static void many(Path dir, Extractor extractor) throws IOException {
        AtomicLong bytes = new AtomicLong();
        AtomicInteger documents = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
        try (BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            Sources.open(dir.resolve("many.jsonl"), null).forEach(document -> {
                ExtractionResult result = extractor.extract(document);
                events.addAndGet(result.events().size());
                documents.incrementAndGet();
                try {
                    out.write(JsonCodec.toJsonLine(result));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, problem -> {
                throw new IllegalStateException(problem.toString());
            });
        }
        if (documents.get() != MANY) {
            throw new IllegalStateException("read " + documents + " documents of " + MANY);
        }
        System.out.printf("%,d documents, %,d events, %,d bytes of JSON Lines%n", documents.get(), events.get(),
                bytes.get());
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** Report-like sentences, some about seizures, up to {@code length} characters. */
    static String sentences(int length) {
        String[] pool = {
            "Customs officers seized 40 AK-47 rifles from the MV Victoria in Busan on 12 May 2012. ",
            "The minister said the talks would resume next week. ",
            "Exports of grain rose by four percent in the third quarter. ",
            "The Yemeni coast guard intercepted a dhow carrying rockets bound for the Houthis. ",
            "Rain is expected across the north on Tuesday. ",
        };
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() + 100 < length; i++) {
            text.append(pool[(i * 7) % pool.length]);
            if (i % 6 == 5) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    @Test
    void fiftyMegabyteDocumentsStayWithinTheHeap(@TempDir Path dir) throws Exception {
        String huge = sentences(HUGE_MB * 1_000_000);
        Files.writeString(dir.resolve("huge.txt"), huge);
        Files.writeString(dir.resolve("huge.jsonl"), "{\"id\":\"huge\",\"text\":\"" + huge.replace("\n", "\\n") + "\"}\n");
        Files.writeString(dir.resolve("huge.html"), "<html><body><p>" + huge.replace("\n\n", "</p><p>") + "</p>");
        Files.write(dir.resolve("huge.warc"), warc("<html><body><p>" + huge + "</p>"));
        huge = null;
        String output = child(HUGE_HEAP, "huge", dir);
        assertTrue(output.contains("huge.jsonl") && output.contains("over the size cap"), output);
    }

    @Test
    void aHundredThousandDocumentsStayWithinTheHeap(@TempDir Path dir) throws Exception {
        String[] texts = {
            "Police seized 40 AK-47 rifles from the MV Victoria in Busan.",
            "The committee met on Tuesday to discuss the budget.",
            "Officials said exports rose.",
            "The navy intercepted a dhow carrying rockets bound for Yemen.",
        };
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("many.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < MANY; i++) {
                out.write("{\"id\":\"d" + i + "\",\"text\":\"" + texts[i % texts.length] + " Item " + i
                        + ".\",\"published\":\"2014-03-02\"}\n");
            }
        }
        String output = child(MANY_HEAP, "many", dir);
        assertTrue(output.contains(String.format("%,d documents", MANY)), output);
    }

    /** Runs {@link #main} in a child JVM with the heap given; returns its output after checking it ended well. */
    private static String child(String heap, String mode, Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), BoundedHeapTest.class.getName(), mode, dir.toString())
                .redirectErrorStream(true)
                .start();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the child did not finish");
        String output = new String(bytes, StandardCharsets.UTF_8);
        System.out.println("bounded heap (" + heap + ", " + mode + "):\n" + output.strip());
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.strip().endsWith("ok"), output);
        return output;
    }

    private static byte[] warc(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        long length = http.length() + (long) body.length;
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-"
                + "1234567890ab>\r\nWARC-Date: 2014-03-02T10:00:00Z\r\nWARC-Target-URI: http://example.org/huge\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length + 1_000);
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(http.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
