package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.interdict.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    private static final LocalDate DEFAULT_DATE = LocalDate.of(2020, 2, 2);

    private record Read(List<Document> documents, List<SourceProblem> problems) {
        List<String> ids() {
            return documents.stream().map(Document::id).toList();
        }
    }

    private static Read read(Path path, ReadOptions options) {
        List<Document> documents = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        Sources.openWith(path, options).forEach(documents::add, problems::add);
        return new Read(documents, problems);
    }

    @Test
    void jsonLinesFromAStreamNumberLinesFromItsStart() {
        String lines = "{\"id\":\"a\",\"text\":\"First.\",\"published\":\"2012-05-20\"}\n{not json\n"
                + "{\"id\":\"b\",\"text\":\"Second.\"}\n";
        List<Document> documents = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        Sources.jsonLines(new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "big.jsonl",
                ReadOptions.defaults().withPublished(LocalDate.of(2013, 1, 1))).forEach(documents::add, problems::add);
        assertEquals(List.of(new Document("a", "First.", LocalDate.of(2012, 5, 20), null),
                new Document("b", "Second.", LocalDate.of(2013, 1, 1), null)), documents);
        assertEquals(List.of(new SourceProblem("big.jsonl", "line 2", "not valid JSON")), problems);
    }

    @Test
    void readsAFolderOfEveryKindInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-text.txt"), "Plain text.");
        Files.writeString(dir.resolve("b-page.html"), "<html><head><title>Page</title></head><body><nav>x</nav><p>Page text.</p></body></html>");
        Files.writeString(dir.resolve("c-lines.jsonl"), String.join("\n",
                "{\"id\":\"j1\",\"text\":\"First line.\",\"published\":\"2012-06-01\"}",
                "{broken",
                "{\"id\":\"j3\",\"text\":\"Third line.\"}"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("d-zipped.jsonl.gz")))) {
            out.write("{\"id\":\"z1\",\"text\":\"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("e-crawl.warc"), WarcFiles.bytes(false,
                WarcFiles.htmlResponse("http://example.org/w1", Instant.parse("2014-01-01T00:00:00Z"), "<p>From the web.</p>")));
        Files.write(dir.resolve("f-latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("g-notes.md"), "not an input kind: passed over");
        Path sub = Files.createDirectories(dir.resolve("h-sub"));
        Files.writeString(sub.resolve("inner.htm"), "<p>Inner.</p>");

        Read read = read(dir, ReadOptions.defaults().withPublished(DEFAULT_DATE));
        assertEquals(List.of("a-text", "b-page", "j1", "j3", "z1", "http://example.org/w1", "inner"), read.ids());
        assertEquals(new Document("b-page", "Page text.", DEFAULT_DATE, "Page"), read.documents().get(1));
        assertEquals(LocalDate.of(2012, 6, 1), read.documents().get(2).published());
        assertEquals(DEFAULT_DATE, read.documents().get(3).published());
        assertEquals(LocalDate.of(2014, 1, 1), read.documents().get(5).published());
        assertEquals(List.of(
                new SourceProblem(dir.resolve("c-lines.jsonl").toString(), "line 2", "not valid JSON"),
                new SourceProblem(dir.resolve("f-latin1.txt").toString(), null, "not valid UTF-8")), read.problems());
    }

    @Test
    void opensSingleFilesByKind(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("report.HTML"), "<p>Text.</p>");
        assertEquals(List.of("report"), read(html, ReadOptions.defaults()).ids());
        Path unknown = Files.writeString(dir.resolve("report.pdf"), "%PDF");
        assertThrows(IllegalArgumentException.class, () -> Sources.openWith(unknown, ReadOptions.defaults()));
        assertThrows(IllegalArgumentException.class, () -> Sources.open(dir.resolve("missing.txt"), null));
    }

    @Test
    void documentsOverTheSizeCapAreProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-long.txt"), "word ".repeat(30));
        Files.writeString(dir.resolve("b-short.txt"), "short");
        Files.writeString(dir.resolve("c-lines.jsonl"), "{\"id\":\"long\",\"text\":\"" + "x ".repeat(60) + "\"}\n"
                + "{\"id\":\"ok\",\"text\":\"fine\"}\n");
        Files.writeString(dir.resolve("d-page.html"), "<p>" + "word ".repeat(60) + "</p>");
        Read read = read(dir, ReadOptions.defaults().withMaxChars(100));
        assertEquals(List.of("b-short", "ok"), read.ids());
        assertEquals(3, read.problems().size(), read.problems().toString());
        for (SourceProblem problem : read.problems()) {
            assertTrue(problem.reason().startsWith("over the size cap"), problem.toString());
        }
        assertEquals("line 1 (id long)", read.problems().get(1).position());
    }

    @Test
    void breaksLongRunsWithoutWhitespace(@TempDir Path dir) throws Exception {
        String blob = "A".repeat(25_000);
        Path file = Files.writeString(dir.resolve("blob.txt"), "Before " + blob + " after.");
        Document document = read(file, ReadOptions.defaults()).documents().get(0);
        assertEquals(7 + 25_000 + 7, document.text().length());
        assertEquals(' ', document.text().charAt(7 + 10_000));
        assertEquals(' ', document.text().charAt(7 + 20_001));
        assertTrue(document.text().startsWith("Before AAA"));
        assertTrue(document.text().endsWith("AAA after."));
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxChars(0));
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxRun(0));
        assertEquals(5_000_000, ReadOptions.defaults().maxChars());
        assertEquals(10_000, ReadOptions.defaults().maxRun());
    }
}
