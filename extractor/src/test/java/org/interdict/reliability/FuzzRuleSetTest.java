package org.interdict.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.interdict.model.Entity;
import org.interdict.pattern.PatternEngine;
import org.interdict.pattern.Rule;
import org.interdict.pattern.RuleFormatException;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleSet;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.Sentence;

/**
 * Rule-file parsing ({@code RuleSet.Builder.add}) on arbitrary bytes. The only documented failure of a
 * bad file is {@link RuleFormatException}; anything else (an {@code Error} from the TokensRegex parser, a
 * {@code NullPointerException}) fails. A file that loads must give rules with a name, a pattern and an
 * example, and the rule set must run over its own examples with every match inside the sentence it was
 * found in; the only exception it may throw there is again a {@link RuleFormatException} naming the rule.
 */
class FuzzRuleSetTest {

    private static final CoreNlpTextAnalyzer ANALYZER = new CoreNlpTextAnalyzer();

    @FuzzTest(maxDuration = "10m")
    void parseRules(byte[] data) {
        RuleSet rules;
        try {
            rules = RuleSet.builder().add(new ByteArrayInputStream(data), "fuzz.rules").build();
        } catch (RuleFormatException expected) {
            return;
        }
        PatternEngine engine = new PatternEngine(rules);
        for (Rule rule : rules.rules()) {
            if (rule.name().isBlank() || rule.patternText().isBlank() || rule.examples().isEmpty()) {
                throw new AssertionError("incomplete rule loaded: " + rule);
            }
            for (String example : rule.examples()) {
                AnalyzedText analyzed = ANALYZER.analyze(example);
                List<CoreLabel> labels = PatternEngine.labels(analyzed, List.<Entity>of());
                for (Sentence sentence : analyzed.sentences()) {
                    List<RuleMatch> matches;
                    try {
                        matches = engine.apply(labels, sentence);
                    } catch (RuleFormatException expected) {
                        // a rule that loads but cannot run (it overflows TokensRegex's stack) is named
                        return;
                    }
                    for (RuleMatch match : matches) {
                        checkInside(match, sentence);
                    }
                }
            }
        }
    }

    private static void checkInside(RuleMatch match, Sentence sentence) {
        if (match.startToken() < sentence.firstToken() || match.endToken() > sentence.endToken()
                || match.startToken() > match.endToken()) {
            throw new AssertionError("match " + match + " outside its sentence " + sentence);
        }
        for (RuleMatch.TokenRange group : match.groups().values()) {
            if (group.start() < match.startToken() || group.end() > match.endToken() || group.start() > group.end()) {
                throw new AssertionError("group " + group + " outside its match " + match);
            }
        }
    }
}
