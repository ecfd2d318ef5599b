package org.interdict.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens inputs by their kind:
 * <ul>
 *   <li>a {@code .txt} file (UTF-8; id = file name without extension);</li>
 *   <li>an {@code .html} or {@code .htm} file (id = file name without extension; text, title and date as
 *       {@link HtmlText} reads them; the charset from a byte order mark or {@code <meta charset>}, else
 *       UTF-8);</li>
 *   <li>a {@code .jsonl}, {@code .ndjson} or {@code .jsonl.gz} file of {@code {"id", "text", "published"}}
 *       lines;</li>
 *   <li>a {@code .warc} or {@code .warc.gz} file (its HTML responses, see {@link WarcSource});</li>
 *   <li>a folder: all of the above in it and its subfolders (symbolic links are not followed), each folder
 *       in name order; other files are passed over.</li>
 * </ul>
 * Every source reads one document at a time and never holds a whole archive in memory. Each document
 * goes through the caps of {@link ReadOptions}: over the size cap it is a {@link SourceProblem}; long runs
 * without whitespace are broken.
 */
public final class Sources {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024)
                    .maxNestingDepth(64).build()).build()).build();

    private enum Kind {
        TEXT, HTML, JSON_LINES, WARC;

        static Kind of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return TEXT;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
                return JSON_LINES;
            }
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                return WARC;
            }
            return null;
        }
    }

    private Sources() {
    }

    /**
     * A source over one path, with the default caps of {@link ReadOptions}.
     *
     * @param defaultPublished the publication date for documents that carry none (may be null)
     * @throws IllegalArgumentException when the path does not exist or is of an unknown kind
     */
    public static DocumentSource open(Path path, LocalDate defaultPublished) {
        return openWith(path, ReadOptions.defaults().withPublished(defaultPublished));
    }

    /**
     * A source over one path.
     *
     * @throws IllegalArgumentException when the path does not exist or is of an unknown kind
     */
    public static DocumentSource openWith(Path path, ReadOptions options) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such file or folder: " + path);
        }
        if (Files.isDirectory(path)) {
            return (documents, problems) -> walk(path, new Emitter(options, documents, problems));
        }
        Kind kind = Kind.of(path);
        if (kind == null) {
            throw new IllegalArgumentException("unknown input kind (expected .txt, .html, .htm, .jsonl, .jsonl.gz, "
                    + ".warc, .warc.gz or a folder): " + path);
        }
        return (documents, problems) -> read(path, kind, new Emitter(options, documents, problems));
    }

    private static void read(Path file, Kind kind, Emitter emitter) {
        switch (kind) {
            case TEXT -> readText(file, emitter);
            case HTML -> readHtml(file, emitter);
            case JSON_LINES -> readJsonLines(file, emitter);
            case WARC -> WarcSource.read(file, emitter);
        }
    }

    /** One folder level at a time, in name order, so that memory holds one folder's listing per level. */
    private static void walk(Path dir, Emitter emitter) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException e) {
            emitter.problem(dir.toString(), null, "cannot list folder: " + e.getMessage());
            return;
        }
        entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, emitter);
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                Kind kind = Kind.of(entry);
                if (kind != null) {
                    read(entry, kind, emitter);
                }
            }
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private static void readText(Path file, Emitter emitter) {
        String source = file.toString();
        String text;
        try {
            long size = Files.size(file);
            // UTF-8 takes at most three bytes per UTF-16 unit: more bytes than that cannot fit the cap
            if (size > 3L * emitter.options().maxChars()) {
                emitter.problem(source, null, emitter.overCap(size + " bytes"));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            emitter.problem(source, null, "not valid UTF-8");
            return;
        } catch (IOException e) {
            emitter.problem(source, null, "cannot read: " + e.getMessage());
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark is not text
        }
        emitter.document(source, null, baseName(file), text, emitter.options().defaultPublished(), null);
    }

    private static void readHtml(Path file, Emitter emitter) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > emitter.options().maxMarkupBytes()) {
                emitter.problem(source, null, emitter.overCap(size + " bytes of HTML"));
                return;
            }
        } catch (IOException e) {
            emitter.problem(source, null, "cannot read: " + e.getMessage());
            return;
        }
        HtmlText.Page page;
        try (InputStream in = Files.newInputStream(file)) {
            page = HtmlText.parse(in, null, file.toUri().toString());
        } catch (IOException | RuntimeException e) {
            emitter.problem(source, null, "cannot read HTML: " + e.getMessage());
            return;
        }
        emitter.document(source, null, baseName(file), page.text(),
                page.published() != null ? page.published() : emitter.options().defaultPublished(), page.title());
    }

    /** A JSON Lines source with the default caps; a bad line is reported with its line number and skipped. */
    public static DocumentSource jsonLines(Path file, LocalDate defaultPublished) {
        ReadOptions options = ReadOptions.defaults().withPublished(defaultPublished);
        return (documents, problems) -> readJsonLines(file, new Emitter(options, documents, problems));
    }

    /**
     * A JSON Lines source over a stream of UTF-8 lines, for example one byte range of a large file that
     * a distributed job reads in pieces. {@code name} names the source in problems; their line numbers
     * count from the stream's first line. The source reads the stream once, to its end, and closes it.
     */
    public static DocumentSource jsonLines(InputStream in, String name, ReadOptions options) {
        return (documents, problems) -> {
            Emitter emitter = new Emitter(options, documents, problems);
            try (InputStream stream = in) {
                readJsonLines(stream, name, emitter);
            } catch (IOException e) {
                emitter.problem(name, null, "cannot read: " + e.getMessage());
            }
        };
    }

    private static void readJsonLines(Path file, Emitter emitter) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            readJsonLines(in, file.toString(), emitter);
        } catch (IOException e) {
            emitter.problem(file.toString(), null, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The longest line of JSON held in memory: enough for a text at the size cap even with every character
     * written as a six-character escape, plus the other fields. A longer line is reported over the cap without being
     * held, so an endless line costs no more memory than this.
     */
    static int maxJsonLine(ReadOptions options) {
        return (int) Math.min(Integer.MAX_VALUE - 16, 6L * options.maxChars() + 65_536);
    }

    static void readJsonLines(InputStream in, String name, Emitter emitter) throws IOException {
        LocalDate defaultPublished = emitter.options().defaultPublished();
        BoundedLineReader reader = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                maxJsonLine(emitter.options()));
        int lineNumber = 0;
        for (BoundedLineReader.Line read = reader.next(); read != null; read = reader.next()) {
            lineNumber++;
            if (read.blank()) {
                continue;
            }
            String position = "line " + lineNumber;
            if (read.text() == null) {
                emitter.problem(name, position, emitter.overCap(read.length() + " characters of JSON"));
                continue;
            }
            String line = read.text();
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (IOException e) {
                emitter.problem(name, position, "not valid JSON");
                continue;
            }
            if (node == null || !node.isObject()) {
                emitter.problem(name, position, "not a JSON object");
                continue;
            }
            JsonNode id = node.get("id");
            JsonNode text = node.get("text");
            if (id == null || !id.isValueNode() || id.asText().isBlank()) {
                emitter.problem(name, position, "no \"id\"");
                continue;
            }
            if (text == null || !text.isTextual()) {
                emitter.problem(name, position + " (id " + id.asText() + ")", "no \"text\"");
                continue;
            }
            LocalDate published = defaultPublished;
            JsonNode date = node.get("published");
            if (date != null && date.isTextual() && !date.asText().isBlank()) {
                try {
                    published = LocalDate.parse(date.asText().length() > 10 ? date.asText().substring(0, 10)
                            : date.asText());
                } catch (DateTimeParseException e) {
                    emitter.problem(name, position + " (id " + id.asText() + ")",
                            "\"published\" is not an ISO date: " + date.asText());
                    continue;
                }
            }
            JsonNode title = node.get("title");
            emitter.document(name, position + " (id " + id.asText() + ")", id.asText(), text.asText(), published,
                    title != null && title.isTextual() ? title.asText() : null);
        }
    }
}
