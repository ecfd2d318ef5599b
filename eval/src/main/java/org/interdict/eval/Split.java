package org.interdict.eval;

import java.util.Locale;

/**
 * Which part of the gold set to score. A gold document belongs to {@link #DEV} (rules may be tuned
 * on it) or {@link #TEST} (held back); {@link #ALL} is only a selector and never the split of a
 * document.
 */
public enum Split {
    DEV,
    TEST,
    ALL;

    /** True if a document of split {@code documentSplit} is scored when this split is selected. */
    public boolean selects(Split documentSplit) {
        return this == ALL || this == documentSplit;
    }

    /**
     * The split named in a gold file: {@code "dev"} or {@code "test"} (lower case, as in
     * ANNOTATION.md).
     *
     * @throws IllegalArgumentException for any other value, including {@code "all"}
     */
    static Split ofGoldValue(String value) {
        if ("dev".equals(value)) {
            return DEV;
        }
        if ("test".equals(value)) {
            return TEST;
        }
        throw new IllegalArgumentException("split must be \"dev\" or \"test\", got \"" + value + "\"");
    }

    /** The lower-case name used in gold files and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
