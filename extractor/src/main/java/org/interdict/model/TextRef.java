package org.interdict.model;

/** A slot that is only a phrase of the document: a cover story, an attribution. */
public record TextRef(String text) {
}
