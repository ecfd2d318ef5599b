package org.interdict.spark;

import java.io.Serializable;
import org.interdict.corpus.SourceProblem;

/**
 * A document or file that could not be read or extracted, as the executor reports it to the driver: the
 * input it came from (by ordinal, so that the driver can list problems in input order), the source (a
 * file, or a document id when extraction failed), where in it, and why. The serialisable twin of
 * {@link SourceProblem}.
 */
public record Problem(int ordinal, String source, String position, String reason) implements Serializable {

    private static final long serialVersionUID = 1L;

    static Problem of(int ordinal, SourceProblem problem) {
        return new Problem(ordinal, problem.source(), problem.position(), problem.reason());
    }

    @Override
    public String toString() {
        return source + (position == null ? "" : ":" + position) + ": " + reason;
    }
}
