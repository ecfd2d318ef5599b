package org.interdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.interdict.model.CargoItem;
import org.interdict.model.Event;
import org.interdict.model.EventType;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example article the project started from (North Korean arms seized in Panama, Busan and Bangkok):
 * the four asserted seizures with their slots, and nothing from the paragraphs about the MTCR, the Arms
 * Trade Treaty or the Albright visit. Skipped where {@code shared/seeds} is not beside the checkout.
 */
class SeedArticleTest {

    private static String text;
    private static List<Event> seizures;
    private static List<Event> transfers;

    @BeforeAll
    static void extract() throws IOException {
        Optional<Path> seed = TestFiles.seedArticle();
        assumeTrue(seed.isPresent(), "shared/seeds/000_5f873940c7e7f152.txt is not beside this checkout: skipped");
        text = Files.readString(seed.get());
        ExtractionResult result = SharedExtractor.get().extract(new Document("000_5f873940c7e7f152", text,
                LocalDate.of(2013, 8, 1), null));
        seizures = result.events().stream()
                .filter(e -> e.type() == EventType.SEIZURE && e.modality() == Modality.ASSERTED).toList();
        transfers = result.events().stream()
                .filter(e -> e.type() == EventType.TRANSFER && e.modality() == Modality.ASSERTED).toList();
    }

    private static Event seizureMentioning(String phrase) {
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase);
        return seizures.stream().filter(e -> e.evidence().stream().anyMatch(s -> s.start() <= at && at < s.end()))
                .findFirst().orElseThrow(() -> new AssertionError("no asserted seizure covers: " + phrase));
    }

    private static List<String> countries(List<Party> parties) {
        return parties.stream().map(Party::country).toList();
    }

    private static boolean cargoMentions(Event event, String words) {
        return event.cargo().stream().map(CargoItem::text).anyMatch(t -> t.toLowerCase().contains(words));
    }

    @Test
    void exactlyFourAssertedSeizures() {
        assertEquals(4, seizures.size(), seizures::toString);
        for (String quiet : List.of("Missile Technology Control Regime", "MTCR does not regulate", "draft Arms Trade Treaty",
                "Madeleine Albright")) {
            int at = text.indexOf(quiet);
            assertTrue(seizures.stream().noneMatch(e -> e.evidence().stream()
                    .anyMatch(s -> s.start() <= at && at < s.end())), "no seizure from: " + quiet);
        }
    }

    @Test
    void panama() {
        Event event = seizureMentioning("Panama recently confiscated");
        assertEquals("PAN", event.authority().country());
        assertNotNull(event.vessel());
        assertEquals("Chong Chon Gang", event.vessel().name());
        assertEquals("PRK", event.vessel().flag());
        assertEquals("Panama Canal", event.location().text());
        assertEquals("PAN", event.location().country());
        assertTrue(cargoMentions(event, "radar control system"), event.cargo()::toString);
        assertTrue(cargoMentions(event, "surface-to-air missiles"), event.cargo()::toString);
        assertTrue(event.instruments().stream().anyMatch(i -> "UNSCR-1718".equals(i.id())), event.instruments()::toString);
        assertTrue(countries(event.origin()).contains("CUB"), "it apparently belongs to Cuba: " + event.origin());
    }

    @Test
    void twoTransfers() {
        assertEquals(2, transfers.size(), transfers::toString);
        Event northKorea = transfers.get(0);
        assertEquals(List.of("PRK"), countries(northKorea.origin()));
        assertEquals(List.of("IRN", "SYR"), countries(northKorea.destination()));
        Event iran = transfers.get(1);
        assertEquals(List.of("IRN"), countries(iran.origin()));
        assertEquals("Hamas", iran.destination().get(0).group());
        assertTrue(iran.cargo().stream().anyMatch(c -> "Fajr-5".equals(c.canonical())), iran.cargo()::toString);
    }

    @Test
    void busan() {
        Event event = seizureMentioning("were seized in Busan");
        assertEquals("2012-05", event.date().value());
        CargoItem cylinders = event.cargo().stream().filter(c -> c.text().contains("graphite cylinders")).findFirst()
                .orElseThrow();
        assertEquals(445L, cylinders.quantity().longValue());
        assertEquals("KOR", event.location().country());
        assertEquals("Busan", event.location().text());
        assertTrue(countries(event.origin()).contains("PRK"), event.origin()::toString);
        assertEquals(List.of("SYR"), countries(event.destination()));
    }

    @Test
    void bangkok() {
        Event event = seizureMentioning("Thai Authorities confiscated");
        assertEquals("2009-12", event.date().value());
        assertEquals("THA", event.authority().country());
        CargoItem tons = event.cargo().stream().filter(c -> c.quantity() != null).findFirst().orElseThrow();
        assertEquals(35L, tons.quantity().longValue());
        assertEquals("t", tons.unit());
        assertTrue(cargoMentions(event, "surface-to-air missiles"), event.cargo()::toString);
        assertTrue(countries(event.origin()).contains("PRK"), event.origin()::toString);
        assertEquals(List.of("IRN"), countries(event.destination()));
    }

    @Test
    void libya() {
        Event event = seizureMentioning("headed to Libya");
        assertEquals("1999/2000", event.date().value());
        assertTrue(cargoMentions(event, "missile parts"), event.cargo()::toString);
        assertEquals(List.of("LBY"), countries(event.destination()));
    }

    @Test
    void everySlotTextLiesInsideTheDocument() {
        for (Event event : seizures) {
            event.evidence().forEach(s -> assertTrue(s.end() <= text.length()));
            event.cargo().forEach(c -> assertTrue(text.contains(c.text()), c.text()));
            event.origin().forEach(p -> assertTrue(text.contains(p.text()), p.text()));
            event.destination().forEach(p -> assertTrue(text.contains(p.text()), p.text()));
            if (event.vessel() != null) {
                assertTrue(text.contains(event.vessel().text()));
            }
        }
    }
}
