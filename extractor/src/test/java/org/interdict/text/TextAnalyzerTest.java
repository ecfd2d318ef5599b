package org.interdict.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextAnalyzerTest {

    private static final TextAnalyzer CORENLP = new CoreNlpTextAnalyzer();
    private static final TextAnalyzer OPENNLP = new OpenNlpTextAnalyzer();

    static Stream<TextAnalyzer> analyzers() {
        return Stream.of(CORENLP, OPENNLP);
    }

    /** Checks the invariants every analyzer keeps: token text equals the text at its offsets, order, sentences. */
    static void assertConsistent(AnalyzedText analyzed) {
        String text = analyzed.text();
        int previousEnd = 0;
        for (Token token : analyzed.tokens()) {
            assertTrue(token.start() >= previousEnd, () -> "tokens overlap or go backwards at " + token);
            assertEquals(text.substring(token.start(), token.end()), token.text(), "token text vs offsets");
            previousEnd = token.end();
        }
        int previousToken = 0;
        for (Sentence sentence : analyzed.sentences()) {
            assertEquals(previousToken, sentence.firstToken(), "sentences must cover the tokens in order");
            assertTrue(sentence.end() <= text.length());
            previousToken = sentence.endToken();
        }
        assertEquals(analyzed.tokens().size(), previousToken, "every token in a sentence");
    }

    @ParameterizedTest
    @MethodSource("analyzers")
    void splitsSentencesAndKeepsOffsets(TextAnalyzer analyzer) {
        String text = "Panama seized the North Korean-flagged Chong Chon Gang. It carried MiG-21 parts.\n"
                + "In May 2012, 445 graphite cylinders were seized in Busan.";
        AnalyzedText analyzed = analyzer.analyze(text);
        assertConsistent(analyzed);
        assertEquals(3, analyzed.sentences().size(), analyzer.name());
        List<String> words = analyzed.tokens().stream().map(Token::text).toList();
        assertTrue(words.contains("Panama") && words.contains("Busan") && words.contains("445"), words::toString);
        Sentence last = analyzed.sentences().get(2);
        assertEquals("In May 2012, 445 graphite cylinders were seized in Busan.", text.substring(last.start(), last.end()));
    }

    @ParameterizedTest
    @MethodSource("analyzers")
    void keepsOffsetsWithUnicodeQuotesDashesAndEmoji(TextAnalyzer analyzer) {
        String text = "Its “strong and prosperous country” slogan – and the Fajr‑5 rockets 🚀 – were seized in Gaza.";
        assertConsistent(analyzer.analyze(text));
    }

    @ParameterizedTest
    @MethodSource("analyzers")
    void handlesEmptyAndBlankText(TextAnalyzer analyzer) {
        assertEquals(0, analyzer.analyze("").tokens().size());
        assertEquals(0, analyzer.analyze(" \n\t ").tokens().size());
    }

    @Test
    void randomTextKeepsInvariants() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "abcXYZ 0123.,;-–—'\"“”()\n\t🚀é\u00a0/";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
            }
            for (TextAnalyzer analyzer : List.of(CORENLP, OPENNLP)) {
                try {
                    assertConsistent(analyzer.analyze(text.toString()));
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + seed + ", " + analyzer.name() + ", text: " + text, e);
                }
            }
        }
    }
}
