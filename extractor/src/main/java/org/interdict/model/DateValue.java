package org.interdict.model;

/** A date as written and its ISO 8601 value at the text's precision ("2012-05", "1999/2000"), or null. */
public record DateValue(String text, String value) {
}
