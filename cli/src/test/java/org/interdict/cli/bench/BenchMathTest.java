package org.interdict.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interdict.Document;
import org.junit.jupiter.api.Test;

/** The arithmetic behind the figures: samples, token counts, synthetic sizes, doubling ratios, stage shares. */
class BenchMathTest {

    @Test
    void spreadsSampleEvenlyFromTheFirstDocument() {
        assertArrayEquals(new int[] {0, 2, 5, 7}, BenchInput.spreadIndices(10, 4));
        assertArrayEquals(new int[] {0, 1, 2}, BenchInput.spreadIndices(3, 5));
        assertArrayEquals(new int[] {}, BenchInput.spreadIndices(0, 5));
    }

    @Test
    void countsTokensWithCoreNlpAndKeepsThemWithTheSample() {
        TokenCounter counter = new TokenCounter();
        assertEquals(9, counter.count("In May 2012, 445 cylinders were seized."));
        BenchInput input = BenchInput.of("test", List.of(Document.of("a", "Ships sailed."),
                Document.of("b", "In May 2012, 445 cylinders were seized."), Document.of("c", "One two three.")), counter);
        assertEquals(3 + 9 + 4, input.totalTokens());
        BenchInput sample = input.select("sample", new int[] {0, 2});
        assertArrayEquals(new int[] {3, 4}, sample.tokens());
        assertEquals("Ships sailed.".length() + "One two three.".length(), sample.totalChars());
    }

    @Test
    void synthesisesDocumentsOfTheAskedSizeWithoutCuttingWords() {
        String text = "The vessel was seized in Busan.";
        String doc = ScalingCheck.synthetic(text, 100);
        assertTrue(doc.length() <= 100 && doc.length() > 80, doc.length() + ": " + doc);
        assertTrue(doc.startsWith(text + "\n\n" + text));
        assertTrue(text.contains(doc.substring(doc.lastIndexOf('\n') + 1)), doc);
        assertEquals("The vessel", ScalingCheck.synthetic(text, 12));
        assertEquals(8 * 1024 * 1024, ScalingCheck.sizes(1024, 8 * 1024 * 1024).get(13));
        assertEquals(14, ScalingCheck.sizes(1024, 8 * 1024 * 1024).size());
    }

    @Test
    void doublingRatiosAndStageArithmetic() {
        double[] ratios = ScalingCheck.doublingRatios(new long[] {100, 200, 500});
        assertTrue(Double.isNaN(ratios[0]));
        assertEquals(2.0, ratios[1]);
        assertEquals(2.5, ratios[2]);
        ScalingCheck.Result result = new ScalingCheck.Result("r", List.of(new ScalingCheck.Point(1024, 200, 100, 90, 3),
                new ScalingCheck.Point(2048, 400, 250, 180, 1)), null);
        assertEquals(2.5, result.worstRatio());
        assertEquals(2.0, result.worstCpuRatio());
        assertTrue(Double.isNaN(ScalingCheck.doublingRatios(new long[] {-1, -1})[1]), "unknown CPU times give no ratio");

        StageFigures stages = new StageFigures(1000, 100, 50, 600, 3000, 1200);
        assertEquals(400, stages.datesNanos());
        assertEquals(1000 - 100 - 50 - 400, stages.restNanos());
        assertEquals(900, new StageFigures(1000, 100, -1, -1, -1, -1).restNanos());
    }

    @Test
    void writesRegexNerMappingLinesThatMatchThePhraseLiterally() {
        String line = CoreNlpPipelineBench.mappingLine(" Chong Chon  Gang ", "VESSEL");
        assertTrue(line.startsWith("Chong Chon Gang\tVESSEL\t"), line);
        assertTrue(CoreNlpPipelineBench.mappingLine("MiG-21 (Fishbed)", "WEAPON").startsWith("MiG\\-21 \\(Fishbed\\)\t"));
    }
}
