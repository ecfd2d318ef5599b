package org.interdict.gazetteers;

/** The entity types of the output contract ({@code SCHEMA.md}). */
public enum EntityType {
    VESSEL, WEAPON, TREATY, COUNTRY, LOCATION, ORGANIZATION, DATE, QUANTITY, PERSON;

    /** Whether gazetteer files may hold entries of this type. */
    public boolean isGazetteerType() {
        return this != DATE && this != QUANTITY && this != PERSON;
    }
}
