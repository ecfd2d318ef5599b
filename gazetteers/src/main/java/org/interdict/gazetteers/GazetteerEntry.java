package org.interdict.gazetteers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One curated gazetteer entry: a thing with an id, a canonical name, the other names it goes by,
 * typed attributes and a note of where its facts are public. Immutable.
 */
public record GazetteerEntry(String id, EntityType type, String canonical, List<String> aliases,
        Map<String, String> attributes, String source, Set<MatchFlag> flags) {

    public GazetteerEntry {
        requireText(id, "id", id);
        Objects.requireNonNull(type, "type");
        requireText(canonical, "canonical", id);
        requireText(source, "source", id);
        if (!type.isGazetteerType()) {
            throw new IllegalArgumentException("entry " + id + ": type " + type + " cannot come from a gazetteer");
        }
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        for (String alias : aliases) {
            requireText(alias, "alias", id);
        }
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        flags = Set.copyOf(flags == null ? Set.of() : flags);
        if (type == EntityType.WEAPON && attributes.containsKey("category")) {
            try {
                WeaponCategory.valueOf(attributes.get("category"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entry " + id + ": unknown weapon category '"
                        + attributes.get("category") + "'");
            }
        }
    }

    /** The canonical name followed by the aliases, without repeats. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(canonical);
        for (String alias : aliases) {
            if (!names.contains(alias)) {
                names.add(alias);
            }
        }
        return names;
    }

    /** An attribute value, or null. */
    public String attribute(String key) {
        return attributes.get(key);
    }

    public boolean has(MatchFlag flag) {
        return flags.contains(flag);
    }

    private static void requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("entry " + id + ": " + field + " is missing or blank");
        }
    }
}
