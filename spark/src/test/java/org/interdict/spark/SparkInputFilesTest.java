package org.interdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.interdict.Document;
import org.interdict.corpus.ReadOptions;
import org.interdict.corpus.SourceProblem;
import org.interdict.corpus.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's partitions read like the CLI's input: a folder's files in the CLI's order, and the byte
 * ranges of a large JSON Lines file with the documents and problems (line numbers too) of the whole
 * file. No Spark needed.
 */
class SparkInputFilesTest {

    private static final String[] KINDS = {".txt", ".html", ".jsonl", ".warc", ".pdf", ".TXT", ""};

    @Test
    void foldersExpandInTheOrderTheCliReadsThem(@TempDir Path dir) throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Path root = Files.createDirectories(dir.resolve("root"));
        int[] counter = {0};
        fill(root, random, 0, counter);

        // the CLI's reader over the folder: .txt and .html files become documents named after the file, in
        // reading order (the empty .jsonl and .warc files hold none)
        List<String> read = new ArrayList<>();
        Sources.openWith(root, ReadOptions.defaults()).forEach(document -> read.add(document.id()), problem -> { });
        List<String> listed = new ArrayList<>();
        for (InputFile file : InputFiles.expand(List.of(root.toString()))) {
            String name = Path.of(file.path()).getFileName().toString();
            assertTrue(!name.endsWith(".pdf") && name.contains("."), "seed " + seed + ": listed " + name);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".txt") || lower.endsWith(".html")) {
                listed.add(name.substring(0, name.lastIndexOf('.')));
            }
        }
        assertTrue(read.size() > 5, "seed " + seed + ": too few files to tell");
        assertEquals(read, listed, "seed " + seed);
    }

    /** Random folders and files of every kind (and of none); the .txt files hold a word, the others nothing. */
    private static void fill(Path dir, Random random, int depth, int[] counter) throws IOException {
        int entries = depth == 0 ? 20 : 2 + random.nextInt(5);
        for (int i = 0; i < entries; i++) {
            String name = (char) ('a' + random.nextInt(6)) + "-" + counter[0]++;
            if (depth < 3 && random.nextInt(3) == 0) {
                fill(Files.createDirectories(dir.resolve(name)), random, depth + 1, counter);
            } else {
                String kind = KINDS[random.nextInt(KINDS.length)];
                Files.writeString(dir.resolve(name + kind), kind.equalsIgnoreCase(".txt") ? "calm" : "");
            }
        }
    }

    @Test
    void aMissingOrUnknownInputIsAUsageError(@TempDir Path dir) throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.expand(List.of(dir.resolve("gone.warc").toString())));
        assertTrue(missing.getMessage().contains("gone.warc"), missing.getMessage());
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF");
        assertThrows(IllegalArgumentException.class, () -> InputFiles.expand(List.of(pdf.toString())));
        Path jsonl = Files.writeString(dir.resolve("b.jsonl"), "");
        Path txt = Files.writeString(dir.resolve("a.txt"), "calm");
        List<InputFile> files = InputFiles.expand(List.of(jsonl.toString(), txt.toString()));
        assertEquals(List.of(InputFile.whole(0, jsonl.toString()), InputFile.whole(1, txt.toString())), files,
                "files given one by one keep the order given");
    }
    @Test
    void rangesOfAJsonLinesFileReadLikeTheWholeFile(@TempDir Path dir) throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        String[] lineEnds = {"\n", "\n", "\n", "\r\n", "\r"};
        for (int i = 0; i < 300; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                text.append("{not json ").append(i);
            } else if (kind == 1) {
                text.append("{\"id\":\"no-text-").append(i).append("\"}");
            } else if (kind > 2) {  // kind 2: a blank line
                text.append("{\"id\":\"d").append(i).append("\",\"text\":\"")
                        .append("caf\u00e9 \u4e2d ".repeat(random.nextInt(random.nextInt(20) == 0 ? 2000 : 60)))
                        .append("\"}");
            }
            text.append(lineEnds[random.nextInt(lineEnds.length)]);
        }
        Path file = Files.writeString(dir.resolve("big.jsonl"), text, StandardCharsets.UTF_8);
        long size = Files.size(file);
        byte[] bytes = Files.readAllBytes(file);

        List<Document> wholeDocuments = new ArrayList<>();
        List<SourceProblem> wholeProblems = new ArrayList<>();
        Sources.openWith(file, ReadOptions.defaults()).forEach(wholeDocuments::add, wholeProblems::add);

        long splitBytes = 100 + random.nextInt(4000);
        List<InputFile> ranges = InputFiles.expand(List.of(file.toString()), splitBytes);
        String context = "seed " + seed + ", split " + splitBytes + ", " + ranges.size() + " ranges";
        assertTrue(ranges.size() > 3, context);
        long expectedStart = 0;
        for (InputFile range : ranges) {
            assertEquals(expectedStart, range.start(), context);
            assertTrue(range.start() == 0 || bytes[(int) range.start() - 1] == '\n', context);
            expectedStart = range.end();
        }
        assertEquals(size, expectedStart, context);

        List<Document> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Long> counted = new HashMap<>();
        for (InputFile range : ranges) {
            LineRange.Counting in = LineRange.open(file, range.start(), range.end());
            Sources.jsonLines(in, file.toString(), ReadOptions.defaults())
                    .forEach(documents::add, problem -> problems.add(Problem.of(range.ordinal(), problem)));
            counted.put(range.ordinal(), in.lineEnds());
        }
        assertEquals(wholeDocuments, documents, context);
        List<SourceProblem> renumbered = new ArrayList<>();
        for (Problem problem : LineNumbers.renumber(problems, ranges, counted)) {
            renumbered.add(new SourceProblem(problem.source(), problem.position(), problem.reason()));
        }
        assertEquals(wholeProblems, renumbered, context);
    }
}
