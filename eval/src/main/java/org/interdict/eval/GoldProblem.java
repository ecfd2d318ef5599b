package org.interdict.eval;

import java.util.Objects;

/**
 * An inconsistency between a gold file and the report text it annotates, found by
 * {@link GoldSet#checkAgainst}. Immutable.
 *
 * @param docId  the gold document
 * @param where  the JSON path of the field ("entities[3]", "events[0].cargo[1]")
 * @param reason what is wrong, with the offending values
 */
public record GoldProblem(String docId, String where, String reason) {

    public GoldProblem {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return docId + " " + where + ": " + reason;
    }
}
