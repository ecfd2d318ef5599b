package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.model.Entity;
import org.junit.jupiter.api.Test;

class PlaceNamesakesTest {

    private static final PlaceNamesakes NAMESAKES = new PlaceNamesakes(Gazetteer.builder()
            .add(new GazetteerEntry("place:tripoli-lebanon", EntityType.LOCATION, "Tripoli, Lebanon", List.of("Tripoli"),
                    Map.of("country", "LBN"), "test", Set.of()))
            .add(new GazetteerEntry("place:tripoli", EntityType.LOCATION, "Tripoli", List.of(),
                    Map.of("country", "LBY"), "test", Set.of()))
            .build());

    private static Entity lebaneseTripoli(int start) {
        return new Entity(EntityType.LOCATION, "Tripoli", start, start + 7, "place:tripoli-lebanon", "Tripoli, Lebanon",
                Map.of("country", "LBN"));
    }

    private static Entity country(String name, String code, int start) {
        return new Entity(EntityType.COUNTRY, name, start, start + name.length(), code, name, Map.of());
    }

    @Test
    void theNamesakeInTheCountryTheReportNamesIsChosen() {
        List<Entity> resolved = NAMESAKES.resolve(" ".repeat(30), List.of(country("Libya", "LBY", 0), lebaneseTripoli(20)));
        assertEquals("place:tripoli", resolved.get(1).id());
        assertEquals("LBY", resolved.get(1).attribute("country"));
        assertEquals(20, resolved.get(1).start());
    }

    @Test
    void theMatchersChoiceStaysWhenItsCountryIsNamedOrNoneIs() {
        List<Entity> both = List.of(country("Libya", "LBY", 0), country("Lebanon", "LBN", 10), lebaneseTripoli(20));
        assertSame(both, NAMESAKES.resolve(" ".repeat(30), both));
        List<Entity> neither = List.of(country("Syria", "SYR", 0), lebaneseTripoli(20));
        assertSame(neither, NAMESAKES.resolve(" ".repeat(30), neither));
    }

    @Test
    void aShipsFlagNamesNoCountryOfThePlaces() {
        String text = "The Libyan-flagged Bana docked in Tripoli.";
        int tripoli = text.indexOf("Tripoli");
        Entity libyan = country("Libyan", "LBY", text.indexOf("Libyan"));
        List<Entity> flagOnly = List.of(libyan, lebaneseTripoli(tripoli));
        assertSame(flagOnly, NAMESAKES.resolve(text, flagOnly));
        String named = "Libyan officials said the Bana docked in Tripoli.";
        List<Entity> resolved = NAMESAKES.resolve(named, List.of(country("Libyan", "LBY", 0),
                lebaneseTripoli(named.indexOf("Tripoli"))));
        assertEquals("place:tripoli", resolved.get(1).id());
    }

    @Test
    void aCuratedPlaceOfAnUnnamedCountryIsTheWorldsNamesakeInTheReportsCountry() throws java.io.IOException {
        org.interdict.gazetteers.WorldPlaces world = org.interdict.gazetteers.WorldPlaces.read(
                new java.io.ByteArrayInputStream("valencia\tESP,USA,VEN\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "test");
        PlaceNamesakes withWorld = new PlaceNamesakes(Gazetteer.builder()
                .add(new GazetteerEntry("place:valencia", EntityType.LOCATION, "Valencia", List.of(),
                        Map.of("country", "ESP"), "test", Set.of()))
                .build(), world);
        String text = "Venezuela said a US freighter landed in Valencia.";
        Entity valencia = new Entity(EntityType.LOCATION, "Valencia", text.indexOf("Valencia"), text.indexOf("Valencia") + 8,
                "place:valencia", "Valencia", Map.of("country", "ESP"));
        List<Entity> resolved = withWorld.resolve(text, List.of(country("Venezuela", "VEN", 0),
                country("US", "USA", text.indexOf("US")), valencia));
        // Venezuela and the United States both have a Valencia: the report's first country decides
        assertEquals("VEN", resolved.get(2).attribute("country"));
        String spanish = "Spanish police in Valencia seized rifles bound for Venezuela.";
        Entity inSpain = new Entity(EntityType.LOCATION, "Valencia", spanish.indexOf("Valencia"),
                spanish.indexOf("Valencia") + 8, "place:valencia", "Valencia", Map.of("country", "ESP"));
        List<Entity> kept = List.of(country("Spanish", "ESP", 0), inSpain, country("Venezuela", "VEN", spanish.indexOf("Venezuela")));
        assertSame(kept, withWorld.resolve(spanish, kept));
    }
}
