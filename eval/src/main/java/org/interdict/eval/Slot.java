package org.interdict.eval;

/** The event slots the scorer evaluates, in report order, with their SCHEMA.md field names. */
public enum Slot {
    DATE("date"),
    AUTHORITY("authority"),
    LOCATION("location"),
    VESSEL("vessel"),
    AIRCRAFT("aircraft"),
    CARGO("cargo"),
    DECLARED_CARGO("declaredCargo"),
    ORIGIN("origin"),
    DESTINATION("destination"),
    INSTRUMENTS("instruments"),
    ATTRIBUTION("attribution");

    private final String field;

    Slot(String field) {
        this.field = field;
    }

    /** The field name in SCHEMA.md. */
    public String field() {
        return field;
    }
}
