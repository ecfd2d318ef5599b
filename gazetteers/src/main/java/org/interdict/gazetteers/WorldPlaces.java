package org.interdict.gazetteers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The countries a place name may lie in, for the towns, ports, border posts and provinces the curated
 * place gazetteer does not list ("police in Bogra", "AMRITSAR -"). Built from GeoNames (CC BY 4.0) by
 * {@link GeoNamesPlacesImporter}: every populated place of more than 1,000 people or seat of an
 * administrative division, and every first-level division, by name only. A name alone says nothing
 * about which of its namesakes is meant, so callers choose among {@link #countries(String)} with what
 * the report tells them (the agency's country, the dateline). Immutable and thread-safe.
 */
public final class WorldPlaces {

    /** The bundled table: {@code world-places.tsv.gz} beside the gazetteers. */
    public static final String RESOURCE = "world-places.tsv.gz";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ALPHA3_LIST = Pattern.compile("[A-Z]{3}(,[A-Z]{3})*");

    /** Folded name to its codes as written in the table ("ESP,PER,USA"): one string per name keeps it small. */
    private final Map<String, String> countriesByName;

    private WorldPlaces(Map<String, String> countriesByName) {
        // read once and never changed: wrapped, not copied (a copy of 150,000 names costs start-up time)
        this.countriesByName = java.util.Collections.unmodifiableMap(countriesByName);
    }

    /** The bundled table, read once on first use. */
    public static WorldPlaces bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final WorldPlaces INSTANCE = readResource();

        private static WorldPlaces readResource() {
            InputStream in = WorldPlaces.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new GazetteerFormatException(RESOURCE, 0, "bundled resource missing from the class path", null);
            }
            try (InputStream gz = new GZIPInputStream(in)) {
                return read(gz, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads a table of lines {@code name TAB ISO3[,ISO3…]}, names already {@link #fold folded}.
     *
     * @throws GazetteerFormatException naming the source and line of a malformed line
     */
    public static WorldPlaces read(InputStream in, String sourceName) throws IOException {
        Map<String, String> table = new HashMap<>(1 << 18);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new GazetteerFormatException(sourceName, number, "expected 'name<TAB>countries'", null);
            }
            String codes = line.substring(tab + 1);
            if (!ALPHA3_LIST.matcher(codes).matches()) {
                throw new GazetteerFormatException(sourceName, number, "not a list of ISO 3166 alpha-3 codes: " + codes,
                        null);
            }
            if (table.put(line.substring(0, tab), codes) != null) {
                throw new GazetteerFormatException(sourceName, number, "name listed twice: " + line.substring(0, tab), null);
            }
        }
        return new WorldPlaces(table);
    }

    /**
     * The ISO 3166 alpha-3 codes of the countries that have a place of this name, in code order; empty
     * when none does. Case, accents and punctuation do not count ("Culiacan" finds Culiacán).
     */
    public List<String> countries(String name) {
        String codes = countriesByName.get(fold(name));
        return codes == null ? List.of() : List.of(codes.split(","));
    }

    /** How many distinct names the table holds. */
    public int size() {
        return countriesByName.size();
    }

    /** The lookup key of a name: accents dropped, lower case, runs of other characters one space. */
    public static String fold(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
