package org.interdict.gazetteers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable set of gazetteer entries with unique ids. Built with {@link #builder()}; a duplicate id
 * fails the build, and an alias claimed by two entries of the same type is kept on the first entry and
 * reported in {@link #conflicts()}, never merged silently.
 */
public final class Gazetteer {

    private final Map<String, GazetteerEntry> byId;
    private final List<String> conflicts;

    private Gazetteer(Map<String, GazetteerEntry> byId, List<String> conflicts) {
        this.byId = Collections.unmodifiableMap(byId);
        this.conflicts = List.copyOf(conflicts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The gazetteers that ship with Interdict. */
    public static Gazetteer bundled() {
        return builder().addAll(GazetteerLoader.loadBundled()).build();
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    /** The entry with this id, or null. */
    public GazetteerEntry get(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    /** Human-readable notes on names claimed by two entries of one type (the first entry keeps the name). */
    public List<String> conflicts() {
        return conflicts;
    }

    /** The number of entries per type. */
    public Map<EntityType, Integer> countsByType() {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (GazetteerEntry entry : byId.values()) {
            counts.merge(entry.type(), 1, Integer::sum);
        }
        return counts;
    }

    /** Collects entries; {@link #build()} checks them. Entries added later with {@link #replace} win. */
    public static final class Builder {
        private final Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        private final List<String> duplicates = new ArrayList<>();

        private Builder() {
        }

        public Builder add(GazetteerEntry entry) {
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                duplicates.add(entry.id());
            }
            return this;
        }

        public Builder addAll(Collection<GazetteerEntry> entries) {
            entries.forEach(this::add);
            return this;
        }

        /** Adds the entries, replacing any entry with the same id (how an application overrides the bundled data). */
        public Builder replace(Collection<GazetteerEntry> entries) {
            entries.forEach(entry -> byId.put(entry.id(), entry));
            return this;
        }

        public Builder addGazetteer(Gazetteer gazetteer) {
            return addAll(gazetteer.entries());
        }

        public Gazetteer build() {
            if (!duplicates.isEmpty()) {
                throw new IllegalArgumentException("duplicate gazetteer ids: " + duplicates);
            }
            Map<String, String> owner = new LinkedHashMap<>();
            List<String> conflicts = new ArrayList<>();
            for (GazetteerEntry entry : byId.values()) {
                for (String name : entry.names()) {
                    String key = entry.type() + "\u0000" + name.toLowerCase(Locale.ROOT);
                    String previous = owner.putIfAbsent(key, entry.id());
                    if (previous != null && !previous.equals(entry.id())) {
                        conflicts.add(entry.type() + " name '" + name + "' is claimed by " + previous
                                + " and " + entry.id());
                    }
                }
            }
            return new Gazetteer(new LinkedHashMap<>(byId), conflicts);
        }
    }
}
