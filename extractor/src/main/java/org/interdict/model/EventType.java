package org.interdict.model;

public enum EventType {
    /** An authority seized, confiscated, intercepted, impounded or detained arms-related cargo, or found it in a search. */
    SEIZURE,
    /** A supplier exported, sold, supplied, delivered or shipped arms or arms technology to a recipient. */
    TRANSFER
}
