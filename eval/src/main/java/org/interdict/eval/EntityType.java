package org.interdict.eval;

import java.util.Set;

/** The entity types of SCHEMA.md. Only the {@link #SCORED} ones are evaluated. */
public enum EntityType {
    VESSEL,
    WEAPON,
    TREATY,
    COUNTRY,
    LOCATION,
    ORGANIZATION,
    DATE,
    QUANTITY,
    PERSON;

    /** The six types the gold set annotates and the scorer evaluates, in report order. */
    public static final Set<EntityType> SCORED =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.range(VESSEL, ORGANIZATION));

    public boolean scored() {
        return SCORED.contains(this);
    }
}
