package org.interdict.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interdict.Document;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.junit.jupiter.api.Test;

class HeadingsTest {

    private static final CoreNlpTextAnalyzer TEXT = new CoreNlpTextAnalyzer();

    /** Which sentences of the text open a section. */
    private static List<Boolean> sections(String text) {
        DocumentAnalysis doc = new DocumentAnalysis(new Document("t", text, LocalDate.of(2021, 6, 10), null),
                TEXT.analyze(text), List.of(), s -> List.of(), Map.of());
        List<Boolean> opens = new ArrayList<>();
        for (int k = 0; k < doc.analyzed().sentences().size(); k++) {
            opens.add(Headings.opensSection(doc, k));
        }
        return opens;
    }

    @Test
    void aShortLineWithoutClosingPunctuationIsAHeading() {
        assertEquals(List.of(true, false, true, false),
                sections("Case 2: HMAS Darwin, 27 February 2016\n3. The ship boarded a dhow.\n"
                        + "Observations\n4. The cargoes were alike."));
    }

    @Test
    void aHeadingMayOpenTheSentenceOfItsParagraph() {
        assertEquals(List.of(true, false), sections("Seizure at Mombasa\nPolice seized 40 rifles. They made arrests."));
    }

    @Test
    void ordinarySentencesAndBareParagraphNumbersAreNoHeadings() {
        assertEquals(List.of(false, false), sections("Police seized 40 rifles on Friday.\nThey made three arrests."));
    }
}
