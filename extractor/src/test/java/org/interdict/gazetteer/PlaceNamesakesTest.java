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
}
