package org.interdict.corpus;

import java.time.LocalDate;

/**
 * How sources read documents. Immutable; {@link #defaults()} gives the defaults and the {@code with…}
 * methods change one setting.
 *
 * <ul>
 *   <li>{@code defaultPublished}: the publication date of documents that carry none (default: none).</li>
 *   <li>{@code maxChars}: the size cap, in characters (UTF-16 units) of document text. A longer document is
 *       reported as a {@link SourceProblem} "over the size cap" and never reaches the extractor. Default
 *       {@value #DEFAULT_MAX_CHARS} (5 MB of text). An HTML page or WARC record of more than
 *       {@code 4 x maxChars} bytes of markup is rejected the same way without being parsed.</li>
 *   <li>{@code maxRun}: the longest run of characters without whitespace that reaches the extractor,
 *       default {@value #DEFAULT_MAX_RUN}. A longer run (a base64 blob, a minified script) is broken by
 *       turning every {@code maxRun + 1}-th character of the run into a space, so that no tokenizer goes
 *       quadratic; the text keeps its length, so offsets still point into the input as read.</li>
 * </ul>
 */
public record ReadOptions(LocalDate defaultPublished, int maxChars, int maxRun) {

    /** The default size cap: 5,000,000 characters of text. */
    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    /** The default longest run without whitespace: 10,000 characters. */
    public static final int DEFAULT_MAX_RUN = 10_000;

    public ReadOptions {
        if (maxChars < 1) {
            throw new IllegalArgumentException("size cap must be at least 1 character: " + maxChars);
        }
        if (maxRun < 1) {
            throw new IllegalArgumentException("longest run must be at least 1 character: " + maxRun);
        }
    }

    /** No default date, a cap of {@value #DEFAULT_MAX_CHARS} characters, runs of {@value #DEFAULT_MAX_RUN}. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_CHARS, DEFAULT_MAX_RUN);
    }

    /** These options with another default publication date (null for none). */
    public ReadOptions withPublished(LocalDate date) {
        return new ReadOptions(date, maxChars, maxRun);
    }

    /** These options with another size cap, in characters of text. */
    public ReadOptions withMaxChars(int chars) {
        return new ReadOptions(defaultPublished, chars, maxRun);
    }

    /** These options with another longest run without whitespace. */
    public ReadOptions withMaxRun(int chars) {
        return new ReadOptions(defaultPublished, maxChars, chars);
    }

    /** The cap on the bytes of markup of one HTML page: four times the text cap. */
    public long maxMarkupBytes() {
        return 4L * maxChars;
    }
}
