package org.interdict.index;

/** The order of search hits. */
public enum SortOrder {
    /** Best match first (BM25). The default. */
    RELEVANCE,
    /** Newest event date first, at the precision of the date (a year sorts before its months); events without a date last, then best match. */
    DATE
}
