package org.interdict.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RuleSetFormatTest {

    private static RuleSet load(String text) {
        return RuleSet.builder().add(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.rules")
                .build();
    }

    @Test
    void loadsMacrosRulesExamplesAndMultiLinePatterns() {
        RuleSet rules = load("""
                # a comment
                $SEIZE = [{word:/seized|confiscated/}]

                rule my.seizure -> SEIZURE_TRIGGER
                  example: Police seized rifles.
                  pattern: (?$trigger $SEIZE)
                    [{word:/rifles/}]?
                """);
        assertEquals(1, rules.rules().size());
        Rule rule = rules.rules().get(0);
        assertEquals("my.seizure", rule.name());
        assertEquals(Relation.SEIZURE_TRIGGER, rule.relation());
        assertEquals("(?$trigger $SEIZE) [{word:/rifles/}]?", rule.patternText());
        assertEquals("test.rules:4", rule.source());
    }

    @Test
    void badPatternNamesFileLineAndRule() {
        RuleFormatException e = assertThrows(RuleFormatException.class, () -> load("""
                rule broken -> SEIZURE_TRIGGER
                  example: x
                  pattern: (?$trigger [{word:/unclosed/}]
                """));
        assertTrue(e.getMessage().startsWith("test.rules:1 (rule broken): pattern does not compile"), e.getMessage());
    }

    @Test
    void missingGroupExampleOrRelationIsRefused() {
        assertTrue(assertThrows(RuleFormatException.class, () -> load("""
                rule nogroup -> DESTINATION
                  example: bound for Syria
                  pattern: [{word:/bound/}]
                """)).getMessage().contains("needs the group $place"));
        assertTrue(assertThrows(RuleFormatException.class, () -> load("""
                rule noexample -> SEIZURE_TRIGGER
                  pattern: (?$trigger [{word:/seized/}])
                """)).getMessage().contains("no example"));
        assertTrue(assertThrows(RuleFormatException.class, () -> load("""
                rule what -> WHATEVER
                """)).getMessage().contains("unknown relation 'WHATEVER'"));
        assertTrue(assertThrows(RuleFormatException.class, () -> load("""
                this is not a rule
                """)).getMessage().startsWith("test.rules:1: expected a macro"));
    }

    @Test
    void duplicateRuleNamesAreRefused() {
        String rule = """
                rule twice -> SEIZURE_TRIGGER
                  example: seized
                  pattern: (?$trigger [{word:/seized/}])

                """;
        assertTrue(assertThrows(RuleFormatException.class, () -> load(rule + rule)).getMessage()
                .contains("already exists"));
    }
}
