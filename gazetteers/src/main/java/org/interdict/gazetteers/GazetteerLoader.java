package org.interdict.gazetteers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads gazetteer files in the JSON Lines format of {@code FORMAT.md}. Every problem fails with a
 * {@link GazetteerFormatException} that names the file, the line and the reason.
 */
public final class GazetteerLoader {

    /** Where the shipped files are on the classpath; {@code index.txt} there lists them. */
    public static final String BUNDLED_ROOT = "/org/interdict/gazetteers/";

    private static final Set<String> FIELDS = Set.of("id", "type", "canonical", "aliases", "attributes", "source", "flags");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GazetteerLoader() {
    }

    /** Loads a gazetteer file from disk. */
    public static List<GazetteerEntry> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new GazetteerFormatException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Loads a gazetteer from a stream; {@code name} is used in error messages. */
    public static List<GazetteerEntry> load(InputStream in, String name) {
        List<GazetteerEntry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    entries.add(parseLine(line, name, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new GazetteerFormatException(name, 0, "cannot read: " + e.getMessage(), e);
        }
        return entries;
    }

    /** All files listed in the bundled {@code index.txt}, in order. */
    public static List<GazetteerEntry> loadBundled() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String file : bundledFiles()) {
            InputStream in = GazetteerLoader.class.getResourceAsStream(BUNDLED_ROOT + file);
            if (in == null) {
                throw new GazetteerFormatException(BUNDLED_ROOT + file, 0, "listed in index.txt but missing", null);
            }
            entries.addAll(load(in, file));
        }
        return entries;
    }

    /** The names of the bundled files. */
    public static List<String> bundledFiles() {
        InputStream in = GazetteerLoader.class.getResourceAsStream(BUNDLED_ROOT + "index.txt");
        if (in == null) {
            throw new GazetteerFormatException(BUNDLED_ROOT + "index.txt", 0, "missing from the classpath", null);
        }
        List<String> files = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    files.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static GazetteerEntry parseLine(String line, String file, int lineNumber) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new GazetteerFormatException(file, lineNumber, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new GazetteerFormatException(file, lineNumber, "expected a JSON object", null);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new GazetteerFormatException(file, lineNumber, "unknown field '" + field + "'", null);
            }
        }
        try {
            EntityType type = EntityType.valueOf(requiredText(node, "type"));
            return new GazetteerEntry(requiredText(node, "id"), type, requiredText(node, "canonical"),
                    strings(node.get("aliases"), "aliases"), attributes(node.get("attributes")),
                    requiredText(node, "source"), flags(node.get("flags")));
        } catch (IllegalArgumentException e) {
            throw new GazetteerFormatException(file, lineNumber, e.getMessage(), e);
        }
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing, blank or not a string");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' must be an array of strings");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("field '" + field + "' holds a non-string: " + item);
            }
            values.add(item.asText());
        }
        return values;
    }

    private static Map<String, String> attributes(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("field 'attributes' must be an object of strings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                continue;
            }
            if (!field.getValue().isValueNode()) {
                throw new IllegalArgumentException("attribute '" + field.getKey() + "' must be a string");
            }
            values.put(field.getKey(), field.getValue().asText());
        }
        return values;
    }

    private static Set<MatchFlag> flags(JsonNode node) {
        Set<MatchFlag> flags = EnumSet.noneOf(MatchFlag.class);
        for (String flag : strings(node, "flags")) {
            flags.add(MatchFlag.valueOf(flag));
        }
        return flags;
    }
}
