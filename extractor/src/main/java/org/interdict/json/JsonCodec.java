package org.interdict.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.interdict.ExtractionResult;
import org.interdict.model.Event;

/**
 * Writes results in the JSON shape of {@code SCHEMA.md}: every field present, absent values as null or
 * [], dates as ISO strings, one object per line for JSON Lines. Thread-safe.
 */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // attribute maps are immutable Map.copyOf maps, whose order changes from one JVM to the next:
            // sorted keys make the output byte-identical across runs
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private JsonCodec() {
    }

    /** The shared mapper, configured for the output contract. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One result as a single line of JSON (no trailing newline). */
    public static String toJsonLine(ExtractionResult result) {
        return write(result);
    }

    public static String toJson(Event event) {
        return write(event);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}
