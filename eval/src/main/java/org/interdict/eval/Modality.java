package org.interdict.eval;

/** Event modality of SCHEMA.md; only {@link #ASSERTED} events are scored as detections. */
public enum Modality {
    ASSERTED,
    NEGATED,
    HYPOTHETICAL
}
