package org.interdict.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.interdict.gazetteers.EntityType;

/**
 * An entity mention: its type, the text as written and its UTF-16 offsets (end exclusive), and, when it
 * comes from a gazetteer, the entry's id, canonical name and attributes.
 */
@JsonPropertyOrder({"type", "text", "start", "end", "id", "canonical", "attributes"})
public record Entity(EntityType type, String text, int start, int end, String id, String canonical,
        Map<String, String> attributes) {

    public Entity {
        if (type == null || text == null || start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad entity " + type + " '" + text + "' [" + start + ", " + end + ")");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
