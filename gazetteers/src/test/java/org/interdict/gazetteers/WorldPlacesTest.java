package org.interdict.gazetteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldPlacesTest {

    private static WorldPlaces table(String lines) throws IOException {
        return WorldPlaces.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void aNameFindsItsCountriesWhateverItsCaseAndAccents() throws IOException {
        WorldPlaces places = table("culiacan\tMEX\nlaredo\tESP,PER,USA\n");
        assertEquals(List.of("MEX"), places.countries("Culiacán"));
        assertEquals(List.of("MEX"), places.countries("CULIACAN"));
        assertEquals(List.of("ESP", "PER", "USA"), places.countries("Laredo"));
        assertEquals(List.of(), places.countries("Atlantis"));
    }

    @Test
    void foldingDropsAccentsAndPunctuation() {
        assertEquals("sant julia de loria", WorldPlaces.fold("Sant Julià de Lòria"));
        assertEquals("tarn taran", WorldPlaces.fold("Tarn-Taran"));
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        GazetteerFormatException error = assertThrows(GazetteerFormatException.class,
                () -> table("bogra\tBGD\nnowhere\n"));
        assertEquals("test.tsv", error.file());
        assertEquals(2, error.line());
        GazetteerFormatException code = assertThrows(GazetteerFormatException.class, () -> table("bogra\tBD\n"));
        assertTrue(code.getMessage().contains("alpha-3"), code.getMessage());
    }

    @Test
    void theBundledTableKnowsTownsTheCuratedGazetteerDoesNot() {
        WorldPlaces places = WorldPlaces.bundled();
        assertTrue(places.size() > 100_000, "names: " + places.size());
        assertEquals(List.of("BGD"), places.countries("Bogra"));
        assertEquals(List.of("IND"), places.countries("Amritsar"));
        assertTrue(places.countries("Punjab").containsAll(List.of("IND", "PAK")), "a province name: both Punjabs");
    }

    @Test
    void theImporterFoldsNamesAndTurnsCodesIntoAlpha3(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities.json");
        Path admin1 = dir.resolve("admin1.json");
        Files.writeString(cities, "[{\"name\":\"Culiacán\",\"lat\":\"24.8\",\"country\":\"MX\",\"admin1\":\"25\"},"
                + "{\"name\":\"Laredo\",\"country\":\"US\"},{\"name\":\"Laredo\",\"country\":\"ES\"},"
                + "{\"name\":\"Ab\",\"country\":\"US\"},{\"name\":\"Pristina\",\"country\":\"XK\"}]");
        Files.writeString(admin1, "[{\"code\":\"MX.25\",\"name\":\"Sinaloa\"}]");
        Map<String, SortedSet<String>> table = GeoNamesPlacesImporter.read(cities, admin1);
        assertEquals(List.of("culiacan", "laredo", "sinaloa"), List.copyOf(table.keySet()),
                "too short and unknown-code names left out");
        assertEquals(List.of("ESP", "USA"), List.copyOf(table.get("laredo")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoNamesPlacesImporter.write(table, out);
        WorldPlaces places = WorldPlaces.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())), "x");
        assertEquals(List.of("MEX"), places.countries("Sinaloa"));
    }

    @Test
    void anImportFileWithoutNamesIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path cities = dir.resolve("cities.json");
        Files.writeString(cities, "[{\"country\":\"MX\"}]");
        Path admin1 = dir.resolve("admin1.json");
        Files.writeString(admin1, "[]");
        GazetteerFormatException error = assertThrows(GazetteerFormatException.class,
                () -> GeoNamesPlacesImporter.read(cities, admin1));
        assertEquals(cities.toString(), error.file());
    }
}
