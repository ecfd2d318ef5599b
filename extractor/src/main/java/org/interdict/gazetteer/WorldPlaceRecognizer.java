package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.WorldPlaces;
import org.interdict.model.Entities;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.Token;

/**
 * Finds places the curated gazetteers do not list ("from Mukalla in Yemen", "bound for Monterrey", "near
 * Ajnala"): one to three capitalised words after a preposition of place that the world table
 * ({@link WorldPlaces}) knows in a country the document names (or places, through a known city). Both conditions keep it precise: a capitalised
 * word after "in" is often a month, a company or a person, and a town of that name in a country the report
 * never mentions is usually another place. In a report that names no country at all, a name of two or more
 * words that only one country has ("at Rio de Janeiro's airport") is that country's. Such entities are
 * LOCATIONs with the attributes {@code country} and {@code source=world}, and no id. Stateless and thread-safe.
 */
public final class WorldPlaceRecognizer {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "for", "outside", "off",
            "via", "into", "towards", "toward", "through", "of");
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "the", "a", "an", "its", "his", "her", "their", "this",
            "that", "these", "those", "god", "christmas", "easter", "ramadan", "parliament", "congress", "court",
            "president", "minister", "police", "customs", "army", "navy", "arab", "arabs", "islamic", "muslim");
    private static final int MAX_WORDS = 4;
    /** Lower-case words inside place names: "Salto del Guaira", "Foz do Iguacu", "Ras al Khaimah". */
    private static final Set<String> CONNECTORS = Set.of("de", "del", "do", "da", "dos", "das", "la", "el", "al", "of",
            "sur", "en");

    private final WorldPlaces world;

    public WorldPlaceRecognizer(WorldPlaces world) {
        this.world = world;
    }

    /** The entities with the places found added, in text order; the list itself when none is found. */
    public List<Entity> apply(AnalyzedText analyzed, List<Entity> known) {
        // "near Ankara": a known city names its country too
        Set<String> named = new HashSet<>(NamedCountries.in(known, true));
        List<Token> tokens = analyzed.tokens();
        String text = analyzed.text();
        List<Entity> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (!PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)) || !capitalised(tokens.get(i))
                    || NOT_PLACES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // the whole run of capitalised words, not a part of it: "Kaunas Territorial Customs" is no place
            int end = i;
            while (end < tokens.size() && (capitalised(tokens.get(end)) || end > i && end + 1 < tokens.size()
                    && CONNECTORS.contains(tokens.get(end).text()) && capitalised(tokens.get(end + 1)))) {
                end++;
            }
            int start = tokens.get(i).start();
            int stop = tokens.get(end - 1).end();
            int words = end - i;
            i = end - 1;
            // "RIO DE JANEIRO - … at Rio de Janeiro's airport": a report naming no country may still name a city of
            // several words that only one country has; a single word there is never looked up
            if (words > MAX_WORDS || named.isEmpty() && words < 2 || !Entities.overlapping(known, start, stop).isEmpty()) {
                continue;
            }
            String name = text.substring(start, stop);
            List<String> everywhere = world.countries(name);
            List<String> countries = named.isEmpty() ? (everywhere.size() == 1 ? everywhere : List.of())
                    : everywhere.stream().filter(named::contains).toList();
            if (countries.size() == 1) {
                found.add(new Entity(EntityType.LOCATION, name, start, stop, null, name,
                        Map.of("country", countries.get(0), "source", "world")));
            }
        }
        if (found.isEmpty()) {
            return known;
        }
        List<Entity> all = new ArrayList<>(known);
        all.addAll(found);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return all;
    }

    private static boolean capitalised(Token token) {
        String word = token.text();
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().skip(1).anyMatch(Character::isLowerCase)
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }
}
