package org.interdict.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A party or place in an event: the text as written and either an ISO 3166-1 alpha-3 country code or,
 * for a non-state actor, the group's name.
 */
@JsonPropertyOrder({"text", "country", "group"})
public record Party(String text, String country, String group) {

    public static Party country(String text, String country) {
        return new Party(text, country, null);
    }

    public static Party group(String text, String group) {
        return new Party(text, null, group);
    }
}
