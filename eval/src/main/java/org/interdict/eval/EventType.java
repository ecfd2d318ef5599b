package org.interdict.eval;

/** The event types of SCHEMA.md. */
public enum EventType {
    SEIZURE,
    TRANSFER
}
