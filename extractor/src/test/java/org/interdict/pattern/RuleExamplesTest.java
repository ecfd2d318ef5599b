package org.interdict.pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.stream.Stream;
import org.interdict.gazetteer.GazetteerMatcher;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.Sentence;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every bundled rule matches each of its own example sentences (the examples are its documentation). */
class RuleExamplesTest {

    private static final RuleSet RULES = RuleSet.bundled();
    private static final PatternEngine ENGINE = new PatternEngine(RULES);
    private static final CoreNlpTextAnalyzer TEXT = new CoreNlpTextAnalyzer();
    private static final GazetteerMatcher MATCHER = new GazetteerMatcher(Gazetteer.bundled(), TEXT);

    static boolean matches(Rule rule, String example) {
        AnalyzedText analyzed = TEXT.analyze(example);
        List<Entity> entities = MATCHER.match(analyzed);
        List<CoreLabel> labels = PatternEngine.labels(analyzed, entities);
        for (Sentence sentence : analyzed.sentences()) {
            for (RuleMatch match : ENGINE.apply(labels, sentence)) {
                if (match.rule().equals(rule)) {
                    return true;
                }
            }
        }
        return false;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsExamples() {
        assertFalse(RULES.rules().isEmpty());
        return RULES.rules().stream().flatMap(rule -> rule.examples().stream().map(example ->
                DynamicTest.dynamicTest(rule.name() + ": " + example,
                        () -> assertTrue(matches(rule, example), rule.name() + " (" + rule.source()
                                + ") does not match its example: " + example))));
    }
}
