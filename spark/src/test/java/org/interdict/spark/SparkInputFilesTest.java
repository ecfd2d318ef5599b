package org.interdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.interdict.corpus.ReadOptions;
import org.interdict.corpus.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver lists a folder's files in the order the CLI reads them, so that the parts concatenate to
 * the CLI's output. No Spark needed.
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
        assertEquals(List.of(new InputFile(0, jsonl.toString()), new InputFile(1, txt.toString())), files,
                "files given one by one keep the order given");
    }
}
