package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.junit.jupiter.api.Test;

class NamedCountriesTest {

    private static Entity country(String code, int start) {
        return new Entity(EntityType.COUNTRY, code, start, start + 3, code, code, Map.of());
    }

    private static final Entity ANKARA = new Entity(EntityType.LOCATION, "Ankara", 40, 46, "place:ankara", "Ankara",
            Map.of("country", "TUR"));

    @Test
    void theMostNamedCountryComesFirstAndTiesKeepTheirOrder() {
        List<Entity> entities = List.of(country("IRN", 0), country("YEM", 5), country("SOM", 10), country("YEM", 15));
        assertEquals(List.of("YEM", "IRN", "SOM"), NamedCountries.in(entities, false));
    }

    @Test
    void aKnownPlaceNamesItsCountryOnlyWhenAsked() {
        List<Entity> entities = List.of(country("RUS", 0), ANKARA);
        assertEquals(List.of("RUS"), NamedCountries.in(entities, false));
        assertEquals(List.of("RUS", "TUR"), NamedCountries.in(entities, true));
    }

    @Test
    void aCountryWithoutACodeAndOtherEntitiesAreLeftOut() {
        Entity unknown = new Entity(EntityType.COUNTRY, "Ruritania", 0, 9, null, "Ruritania", Map.of());
        Entity vessel = new Entity(EntityType.VESSEL, "Jihan 1", 12, 19, "vessel:jihan-1", "Jihan 1",
                Map.of("country", "IRN"));
        assertEquals(List.of(), NamedCountries.in(List.of(unknown, vessel), true));
    }
}
