package org.interdict.model;

/** The vessel that carried the goods: the phrase, the ship's name, its flag (alpha-3) and IMO number. */
public record VesselRef(String text, String name, String flag, String imo) {
}
