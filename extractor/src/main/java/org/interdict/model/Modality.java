package org.interdict.model;

public enum Modality {
    /** The report states that it happened. */
    ASSERTED,
    /** The report states that it did not happen: nothing was found, or it is denied. */
    NEGATED,
    /** The report says it could, might or will happen, or relays a claim it does not adopt. */
    HYPOTHETICAL
}
