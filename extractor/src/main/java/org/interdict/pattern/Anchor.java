package org.interdict.pattern;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test of one token that a rule needs somewhere in the sentence before TokensRegex is run: a
 * word regex (case-insensitive, whole word) or a set of entity types.
 */
public record Anchor(Pattern word, Set<String> types) {

    static Anchor word(String regex) {
        return new Anchor(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), null);
    }

    static Anchor ner(String types) {
        return new Anchor(null, Set.of(types.split("\\|")));
    }

    boolean accepts(CoreLabel token) {
        if (word != null) {
            return word.matcher(token.word()).matches();
        }
        return types.contains(token.ner());
    }
}
