package org.interdict.gazetteers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes gazetteer entries in the JSON Lines format of {@code FORMAT.md}, which {@link GazetteerLoader}
 * reads back unchanged. Fields come in the documented order; attributes and flags sorted, so the same
 * entries always give the same bytes.
 */
public final class GazetteerWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GazetteerWriter() {
    }

    /** One entry as one line of JSON, without the line break. */
    public static String toJsonLine(GazetteerEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", entry.id());
        node.put("type", entry.type().name());
        node.put("canonical", entry.canonical());
        ArrayNode aliases = node.putArray("aliases");
        entry.aliases().forEach(aliases::add);
        ObjectNode attributes = node.putObject("attributes");
        new TreeMap<>(entry.attributes()).forEach(attributes::put);
        node.put("source", entry.source());
        ArrayNode flags = node.putArray("flags");
        new TreeSet<>(entry.flags()).forEach(flag -> flags.add(flag.name()));
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write entry " + entry.id(), e);
        }
    }

    /** Writes the entries, one line each, and flushes; the caller closes {@code out}. */
    public static void write(Collection<GazetteerEntry> entries, Writer out) {
        try {
            for (GazetteerEntry entry : entries) {
                out.write(toJsonLine(entry));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gazetteer entries: " + e.getMessage(), e);
        }
    }
}
