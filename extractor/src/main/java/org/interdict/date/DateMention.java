package org.interdict.date;

/**
 * A date expression in the text with its ISO 8601 value at the text's precision ("2012-05", "2013-W30"),
 * or a null value when it cannot be resolved ("recently").
 */
public record DateMention(String text, int start, int end, String value) {
}
