package org.interdict.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts over the events that match a query: for each dimension, its values with the number of
 * matching events that have them, most frequent first. An event counts once per value however often
 * it names it. Immutable.
 *
 * @param matched    the number of events that match the query
 * @param dimensions dimension name to its values, in the order of {@link #DIMENSIONS}
 */
public record EventFacets(long matched, Map<String, List<FacetCount>> dimensions) {

    /**
     * The dimensions counted: event type, modality, the country (or group) of each role, the canonical
     * weapon, the weapon category, the instrument id and the year.
     */
    public static final List<String> DIMENSIONS = List.of("type", "modality", "authority", "location", "origin",
            "destination", "weapon", "category", "instrument", "year");

    /** One value of a dimension and the number of matching events that have it. */
    public record FacetCount(String value, int count) {

        public FacetCount {
            if (value == null || count < 0) {
                throw new IllegalArgumentException("bad facet count: " + value + " " + count);
            }
        }
    }

    public EventFacets {
        if (matched < 0) {
            throw new IllegalArgumentException("matched is negative: " + matched);
        }
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        dimensions.forEach((dimension, counts) -> copy.put(dimension, List.copyOf(counts)));
        dimensions = Collections.unmodifiableMap(copy);
    }

    /** The counts of one dimension, most frequent first; empty for a dimension with no values. */
    public List<FacetCount> counts(String dimension) {
        if (!DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("unknown facet dimension '" + dimension + "'; dimensions: " + DIMENSIONS);
        }
        return dimensions.getOrDefault(dimension, List.of());
    }

    /** The count of one value of a dimension, 0 when absent or beyond the top N asked for. */
    public int count(String dimension, String value) {
        return counts(dimension).stream().filter(c -> c.value().equals(value)).mapToInt(FacetCount::count)
                .findFirst().orElse(0);
    }
}
