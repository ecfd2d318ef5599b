package org.interdict.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.interdict.Document;
import org.interdict.Extractor;
import org.interdict.ResultInvariants;
import org.interdict.SharedExtractor;
import org.interdict.text.TextBackend;

/**
 * {@code Extractor.extract} on arbitrary text, with both text backends. The extractor documents no
 * exception for any text ({@code ExtractionException} means a stage broke, which is a bug), so any
 * exception fails; a result must pass {@link ResultInvariants}: every offset inside the text, entity texts
 * equal to the text at their offsets, slot phrases taken from the text, one-line JSON.
 *
 * <p>Under {@code mvn verify} this runs the inputs under {@code src/test/resources/.../FuzzExtractorTestInputs}
 * (seeds and past crashes); with {@code JAZZER_FUZZ=1} it fuzzes (docs/reliability.md).
 */
class FuzzExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2015, 6, 30);
    private static volatile Extractor openNlp;

    @FuzzTest(maxDuration = "10m")
    void extractWithCoreNlp(byte[] data) {
        extract(SharedExtractor.get(), data);
    }

    @FuzzTest(maxDuration = "10m")
    void extractWithOpenNlp(byte[] data) {
        extract(openNlp(), data);
    }

    private static void extract(Extractor extractor, byte[] data) {
        Document document = new Document("fuzz", FuzzText.of(data), PUBLISHED, null);
        ResultInvariants.check(document, extractor.extract(document));
    }

    private static Extractor openNlp() {
        if (openNlp == null) {
            synchronized (FuzzExtractorTest.class) {
                if (openNlp == null) {
                    openNlp = Extractor.builder().textBackend(TextBackend.OPENNLP).build();
                }
            }
        }
        return openNlp;
    }
}
