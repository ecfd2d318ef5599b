package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.interdict.Document;
import org.interdict.SharedExtractor;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.junit.jupiter.api.Test;

class WorldPlaceRecognizerTest {

    private static List<String> places(String text) {
        return SharedExtractor.get().extract(new Document("t", text, LocalDate.of(2021, 6, 10), null)).entities()
                .stream().filter(e -> e.type() == EntityType.LOCATION && "world".equals(e.attribute("source")))
                .map(e -> e.text() + "/" + e.attribute("country")).toList();
    }

    @Test
    void aTownOfACountryTheReportNamesIsAPlace() {
        assertEquals(List.of("Sandakan/MYS"), places("The boat had sailed from Sandakan in Malaysia with 600 pistols."));
    }

    @Test
    void aNameWithALowerCaseConnectorIsOnePlace() {
        assertEquals(List.of("Salto del Guaira/PRY"), places("He had loaded the truck in Salto del Guaira, Paraguay, "
                + "with 32 rifles."));
    }

    @Test
    void aTownInACountryTheReportNeverNamesIsNot() {
        // Delft is Dutch; the report names only Sri Lanka
        assertEquals(List.of(), places("Sri Lankan sailors seized 40 rifles near Delft on Sunday."));
    }

    @Test
    void thePartOfALongerNameIsNot() {
        assertEquals(List.of(), places("Officers from Kaunas Territorial Customs found 22 nets on the border with Russia, "
                + "Lithuania's customs service said."));
    }

    @Test
    void monthsAndAgenciesAfterAPrepositionAreNot() {
        assertEquals(List.of(), places("In March, officers in Mexico seized rifles for Police use in May."));
    }

    @Test
    void inAReportNamingNoCountryOnlyALongNameOfOneCountryIs() {
        assertEquals(List.of("Rio de Janeiro/BRA"), places("Police seized 60 rifles at the cargo terminal of Rio de "
                + "Janeiro's airport."));
        // one word is too often a person or a firm
        assertEquals(List.of(), places("Police seized 60 rifles sent by Smith."));
    }
}
