package org.interdict.corpus;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.interdict.Document;

/**
 * Opens inputs by their kind: a {@code .txt} file (id = file name without extension), a folder of them
 * (recursively, in name order), or a {@code .jsonl} / {@code .jsonl.gz} file of
 * {@code {"id", "text", "published"}} lines.
 */
public final class Sources {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024)
                    .maxNestingDepth(64).build()).build()).build();

    private Sources() {
    }

    /**
     * A source over one path.
     *
     * @param defaultPublished the publication date for documents that carry none (may be null)
     * @throws IllegalArgumentException when the path does not exist or is of an unknown kind
     */
    public static DocumentSource open(Path path, LocalDate defaultPublished) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such file or folder: " + path);
        }
        if (Files.isDirectory(path)) {
            return folder(path, defaultPublished);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
            return jsonLines(path, defaultPublished);
        }
        if (name.endsWith(".txt")) {
            return (documents, problems) -> readText(path, defaultPublished, documents, problems);
        }
        throw new IllegalArgumentException("unknown input kind (expected .txt, .jsonl, .jsonl.gz or a folder): " + path);
    }

    private static DocumentSource folder(Path dir, LocalDate defaultPublished) {
        return (documents, problems) -> {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                problems.accept(new SourceProblem(dir.toString(), null, "cannot list folder: " + e.getMessage()));
                return;
            }
            for (Path file : files) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".txt")) {
                    readText(file, defaultPublished, documents, problems);
                } else if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
                    jsonLines(file, defaultPublished).forEach(documents, problems);
                }
            }
        };
    }

    private static void readText(Path file, LocalDate published, Consumer<Document> documents,
            Consumer<SourceProblem> problems) {
        String name = file.getFileName().toString();
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            documents.accept(new Document(id, text, published, null));
        } catch (CharacterCodingException e) {
            problems.accept(new SourceProblem(file.toString(), null, "not valid UTF-8"));
        } catch (IOException e) {
            problems.accept(new SourceProblem(file.toString(), null, "cannot read: " + e.getMessage()));
        }
    }

    /** A JSON Lines source; a bad line is reported with its line number and skipped. */
    public static DocumentSource jsonLines(Path file, LocalDate defaultPublished) {
        return (documents, problems) -> {
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                readJsonLines(in, file.toString(), defaultPublished, documents, problems);
            } catch (IOException e) {
                problems.accept(new SourceProblem(file.toString(), null, "cannot read: " + e.getMessage()));
            }
        };
    }

    static void readJsonLines(InputStream in, String name, LocalDate defaultPublished, Consumer<Document> documents,
            Consumer<SourceProblem> problems) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String position = "line " + lineNumber;
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (IOException e) {
                problems.accept(new SourceProblem(name, position, "not valid JSON"));
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.accept(new SourceProblem(name, position, "not a JSON object"));
                continue;
            }
            JsonNode id = node.get("id");
            JsonNode text = node.get("text");
            if (id == null || !id.isValueNode() || id.asText().isBlank()) {
                problems.accept(new SourceProblem(name, position, "no \"id\""));
                continue;
            }
            if (text == null || !text.isTextual()) {
                problems.accept(new SourceProblem(name, position + " (id " + id.asText() + ")", "no \"text\""));
                continue;
            }
            LocalDate published = defaultPublished;
            JsonNode date = node.get("published");
            if (date != null && date.isTextual() && !date.asText().isBlank()) {
                try {
                    published = LocalDate.parse(date.asText().length() > 10 ? date.asText().substring(0, 10)
                            : date.asText());
                } catch (DateTimeParseException e) {
                    problems.accept(new SourceProblem(name, position + " (id " + id.asText() + ")",
                            "\"published\" is not an ISO date: " + date.asText()));
                    continue;
                }
            }
            JsonNode title = node.get("title");
            documents.accept(new Document(id.asText(), text.asText(), published,
                    title != null && title.isTextual() ? title.asText() : null));
        }
    }
}
