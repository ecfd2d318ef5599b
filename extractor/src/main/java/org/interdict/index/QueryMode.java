package org.interdict.index;

/** How a query string that is not valid Lucene syntax is treated. */
public enum QueryMode {
    /** Bad syntax or an unknown field fails with one {@link IllegalArgumentException} that says what is wrong. */
    STRICT,
    /**
     * Never fails: a query that does not parse (bad syntax, an unknown field) is searched as its words,
     * any of them, in the free text (query syntax characters are dropped). The command line's default.
     */
    FORGIVING
}
