package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;

/**
 * The countries a document names, as ISO 3166 alpha-3 codes: the one reading of "which countries does this
 * report talk about" that place disambiguation (namesakes, world places, places without a country) relies on.
 */
public final class NamedCountries {

    /** "-flagged", "-registered", " flag" right after a country's name. */
    private static final Pattern FLAG = Pattern.compile("(?i)[-\\s](flagged|registered|flag)\\b");

    private NamedCountries() {
    }

    /**
     * The codes of the COUNTRY entities, most often named first (ties in order of first mention); with
     * {@code throughPlaces}, also the countries of known places ("near Ankara" names Turkey).
     */
    public static List<String> in(List<Entity> entities, boolean throughPlaces) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity entity : entities) {
            String code = null;
            if (entity.type() == EntityType.COUNTRY) {
                code = entity.id();
            } else if (throughPlaces && entity.type() == EntityType.LOCATION) {
                code = entity.attribute("country");
            }
            if (code != null) {
                counts.merge(code.toUpperCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> codes = new ArrayList<>(counts.keySet());
        // a stable sort keeps first mention among equals
        codes.sort((a, b) -> counts.get(b) - counts.get(a));
        return List.copyOf(codes);
    }

    /**
     * Whether the entity names a ship's flag ("the Bahamas-flagged ANL Australia"): a flag says neither where
     * goods came from or went, nor who sent them, nor where the report's places are.
     */
    public static boolean isFlag(CharSequence text, Entity entity) {
        return FLAG.matcher(text).region(entity.end(), Math.min(text.length(), entity.end() + 12)).lookingAt();
    }
}
