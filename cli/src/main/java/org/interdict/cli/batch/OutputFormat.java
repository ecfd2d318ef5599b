package org.interdict.cli.batch;

import java.util.Locale;

/** What a batch run writes: one JSON object per document, or one CSV row per event. */
public enum OutputFormat {
    /** JSON Lines, one object per document in the shape of {@code docs/schema.md} (the default). */
    JSONL,
    /** CSV (RFC 4180) with a header row and one row per event, see {@link EventCsv}. */
    CSV;

    /** The format named {@code jsonl} or {@code csv}, in any case. */
    public static OutputFormat parse(String name) {
        for (OutputFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown output format '" + name + "' (expected jsonl or csv)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
