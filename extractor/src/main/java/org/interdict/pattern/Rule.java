package org.interdict.pattern;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.List;

/**
 * One compiled relation rule: a CoreNLP TokensRegex pattern whose named groups ({@code (?$cargo …)})
 * mark the slots, the relation it signals, and the example sentences that document and test it.
 *
 * @param name     unique name, e.g. {@code seizure.verb.active}
 * @param relation what a match means to event assembly, e.g. {@code SEIZURE_TRIGGER}, {@code DESTINATION}
 * @param source   file and line where the rule starts, for error messages
 */
public record Rule(String name, Relation relation, String patternText, TokenSequencePattern pattern,
        List<String> examples, List<Anchor> anchors, String source) {

    public Rule {
        examples = List.copyOf(examples);
        anchors = List.copyOf(anchors);
    }

    /** Whether the tokens hold one of the rule's anchors (always true for a rule without anchors). */
    public boolean mayMatch(List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        if (anchors.isEmpty()) {
            return true;
        }
        for (edu.stanford.nlp.ling.CoreLabel token : tokens) {
            for (Anchor anchor : anchors) {
                if (anchor.accepts(token)) {
                    return true;
                }
            }
        }
        return false;
    }
}
