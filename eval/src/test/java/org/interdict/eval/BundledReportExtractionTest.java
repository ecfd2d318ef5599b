package org.interdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interdict.Document;
import org.interdict.Extractor;
import org.interdict.corpus.BundledCorpus;
import org.interdict.model.Event;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end path on a report that ships with the project (so a fresh clone tests it too, without
 * the shared example article): the Klos C, stopped by the Israeli navy in the Red Sea in March 2014.
 */
class BundledReportExtractionTest {

    @Test
    void klosCSeizure() {
        Document report = BundledCorpus.documents().stream().filter(d -> d.id().equals("me-klos-c-red-sea-2014"))
                .findFirst().orElseThrow();
        List<Event> seizures = Extractor.builder().build().extract(report).events().stream()
                .filter(e -> e.modality() == Modality.ASSERTED && e.type().name().equals("SEIZURE")).toList();
        assertEquals(1, seizures.size(), seizures::toString);
        Event event = seizures.get(0);
        assertEquals("ISR", event.authority().country());
        assertNotNull(event.vessel());
        assertEquals("Klos C", event.vessel().name());
        assertEquals("PAN", event.vessel().flag());
        assertEquals("Red Sea", event.location().text());
        assertEquals("2014-03-05", event.date().value());
        assertTrue(event.destination().stream().map(Party::country).toList().contains("PSE"), event.destination()::toString);
        assertTrue(event.cargo().stream().anyMatch(c -> c.text().contains("rockets")), event.cargo()::toString);
    }
}
