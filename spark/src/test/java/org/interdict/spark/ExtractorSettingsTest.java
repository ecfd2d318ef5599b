package org.interdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Feature;
import org.interdict.text.TextBackend;
import org.junit.jupiter.api.Test;

class ExtractorSettingsTest {

    private static final Document NOT_ABOUT_ARMS = new Document("d", "The prime minister of Norway visited Kenya on Monday.",
            LocalDate.of(2021, 6, 10), null);

    @Test
    void defaultsSkipADocumentWithoutArmsVocabulary() {
        ExtractionResult result = ExtractorSettings.defaults().build().extract(NOT_ABOUT_ARMS);
        assertNotNull(result.skipped());
    }

    @Test
    void aDisabledFeatureReachesTheExtractorTheExecutorsBuild() {
        ExtractorSettings settings = new ExtractorSettings(List.of(), List.of(), TextBackend.CORENLP, List.of(),
                List.of(Feature.PREFILTER));
        ExtractionResult result = settings.build().extract(NOT_ABOUT_ARMS);
        assertNull(result.skipped());
        assertFalse(result.entities().isEmpty(), "the countries of an analysed document are found");
    }

    @Test
    void settingsWithOtherFeaturesAreOtherSettings() {
        ExtractorSettings statistical = new ExtractorSettings(List.of(), List.of(), TextBackend.CORENLP,
                List.of(Feature.STATISTICAL_NER), List.of());
        assertEquals(List.of(Feature.STATISTICAL_NER), statistical.enabled());
        assertFalse(statistical.equals(ExtractorSettings.defaults()), "the holder must rebuild for them");
    }
}
