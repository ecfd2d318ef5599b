package org.interdict.model;

/** A resolution, treaty, regime or embargo named for an event, with its instrument id ("UNSCR-1718"). */
public record InstrumentRef(String text, String id) {
}
