package org.interdict.model;

/** The aircraft that carried the goods: the phrase, the aircraft type and its registration. */
public record AircraftRef(String text, String type, String registration) {
}
