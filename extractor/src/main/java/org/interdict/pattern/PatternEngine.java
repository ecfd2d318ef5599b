package org.interdict.pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreLabels;
import org.interdict.text.Sentence;
import org.interdict.text.Token;

/**
 * Runs a {@link RuleSet} over sentences. Tokens become CoreNLP {@link CoreLabel}s carrying the word and
 * the entity type found by the gazetteer stage ({@code ner}), so rules can say {@code [{ner:WEAPON}]}.
 * Immutable and thread-safe: each call builds its own labels and matchers.
 */
public final class PatternEngine {

    private final RuleSet rules;
    private final Map<Rule, List<String>> groups = new HashMap<>();

    public PatternEngine(RuleSet rules) {
        this.rules = rules;
        for (Rule rule : rules.rules()) {
            groups.put(rule, RuleSet.groupNames(rule.patternText()));
        }
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * The CoreNLP labels of every token of the text, each with the type of the entity that covers it
     * (or {@code O}).
     */
    public static List<CoreLabel> labels(AnalyzedText analyzed, List<Entity> entities) {
        List<Token> tokens = analyzed.tokens();
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        int e = 0;
        for (Token token : tokens) {
            CoreLabel label = CoreLabels.of(token);
            while (e < entities.size() && entities.get(e).end() <= token.start()) {
                e++;
            }
            String ner = "O";
            for (int k = e; k < entities.size() && entities.get(k).start() < token.end(); k++) {
                EntityType type = entities.get(k).type();
                if (type != EntityType.DATE && type != EntityType.QUANTITY) {
                    ner = type.name();
                    break;
                }
            }
            label.setNER(ner);
            labels.add(label);
        }
        return labels;
    }

    /** All matches of all rules in one sentence; token ranges are document token indices. */
    public List<RuleMatch> apply(List<CoreLabel> documentLabels, Sentence sentence) {
        return apply(documentLabels, sentence, rule -> true);
    }

    /** The matches of the rules the filter accepts, in one sentence. */
    public List<RuleMatch> apply(List<CoreLabel> documentLabels, Sentence sentence,
            java.util.function.Predicate<Rule> filter) {
        List<CoreLabel> sentenceLabels = documentLabels.subList(sentence.firstToken(), sentence.endToken());
        int offset = sentence.firstToken();
        List<RuleMatch> matches = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (!filter.test(rule) || !rule.mayMatch(sentenceLabels)) {
                continue;
            }
            try {
                find(rule, sentenceLabels, offset, matches);
            } catch (StackOverflowError e) {
                // TokensRegex recurses once per step of a match: a repeated group that can match nothing,
                // such as ($X*)+, overflows the stack (found by fuzzing rule files). Report the rule, not an Error.
                int colon = rule.source().lastIndexOf(':');
                throw new RuleFormatException(colon < 0 ? rule.source() : rule.source().substring(0, colon),
                        colon < 0 ? 0 : Integer.parseInt(rule.source().substring(colon + 1)), rule.name(),
                        "pattern recursed too deeply on a sentence of " + sentenceLabels.size()
                                + " tokens (a repeated group that can match nothing?)", null);
            }
        }
        return matches;
    }

    private void find(Rule rule, List<CoreLabel> sentenceLabels, int offset, List<RuleMatch> matches) {
        TokenSequenceMatcher matcher = rule.pattern().getMatcher(sentenceLabels);
        while (matcher.find()) {
            if (matcher.end() <= matcher.start()) {
                continue;
            }
            Map<String, RuleMatch.TokenRange> found = new HashMap<>();
            for (String name : groups.get(rule)) {
                int start = matcher.start(name);
                int end = matcher.end(name);
                if (start >= 0 && end > start) {
                    found.put(name, new RuleMatch.TokenRange(offset + start, offset + end));
                }
            }
            if (found.containsKey(rule.relation().requiredGroup())) {
                matches.add(new RuleMatch(rule, offset + matcher.start(), offset + matcher.end(), found));
            }
        }
    }
}
