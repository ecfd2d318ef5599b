package org.interdict.pattern;

import java.util.Map;

/**
 * One match of a rule in a sentence: the token range of the whole match and of each named group,
 * as indices into the document's token list, end exclusive.
 */
public record RuleMatch(Rule rule, int startToken, int endToken, Map<String, TokenRange> groups) {

    /** A range of document tokens, end exclusive. */
    public record TokenRange(int start, int end) {
    }

    public RuleMatch {
        groups = Map.copyOf(groups);
    }

    public Relation relation() {
        return rule.relation();
    }

    /** The range of a named group, or null when the group did not take part in the match. */
    public TokenRange group(String name) {
        return groups.get(name);
    }
}
