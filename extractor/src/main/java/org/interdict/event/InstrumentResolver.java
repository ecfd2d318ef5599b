package org.interdict.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;

/**
 * Resolves the phrases reporters use instead of a resolution number ("the 2006 UN Security Council
 * sanction") from the year and the country the event concerns, using the resolutions' {@code year} and
 * {@code subject} attributes in the gazetteer. When several resolutions on one country share a year the
 * highest-numbered one is taken: the later resolution of a year is the one that adopted or tightened
 * sanctions in the common cases (1718 after 1695 in 2006, 1737 after 1696 in 2006). Immutable.
 */
public final class InstrumentResolver {

    private static final String EMBARGO_ON = "un arms embargo on ";
    private static final String EU_EMBARGO = "EU-ARMS-EMBARGO";

    private final Map<String, GazetteerEntry> byYearAndSubject = new HashMap<>();
    private final Map<String, GazetteerEntry> embargoBySubject = new HashMap<>();
    private final Map<String, GazetteerEntry> resolutions = new HashMap<>();
    private final Map<String, GazetteerEntry> euEmbargoBySubject = new HashMap<>();
    private final GazetteerEntry euEmbargo;

    /** The Security Council resolution with this number ("1874"), or null when the gazetteer has none. */
    public GazetteerEntry resolution(String number) {
        return resolutions.get(number);
    }

    public InstrumentResolver(Gazetteer gazetteer) {
        GazetteerEntry general = null;
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.type() == EntityType.TREATY && entry.id().startsWith("UNSCR-")) {
                resolutions.put(entry.id().substring("UNSCR-".length()), entry);
            }
            if (entry.type() == EntityType.TREATY && entry.id().equals(EU_EMBARGO)) {
                general = entry;
            } else if (entry.type() == EntityType.TREATY && entry.id().startsWith(EU_EMBARGO + "-")
                    && entry.attribute("subject") != null) {
                euEmbargoBySubject.putIfAbsent(entry.attribute("subject"), entry);
            }
            if (entry.type() != EntityType.TREATY || entry.attribute("year") == null
                    || entry.attribute("subject") == null || entry.attribute("number") == null) {
                continue;
            }
            // a resolution known as "the UN arms embargo on X" is what "the UN arms embargo" means for X
            for (String name : entry.names()) {
                if (!name.toLowerCase(java.util.Locale.ROOT).startsWith(EMBARGO_ON)) {
                    continue;
                }
                // the country the resolution concerns; for "UN arms embargo on the Houthis" also the group
                String target = name.substring(EMBARGO_ON.length()).replaceFirst("^the ", "");
                for (String subject : List.of(entry.attribute("subject"), target)) {
                    GazetteerEntry earlier = embargoBySubject.get(subject);
                    if (earlier == null || number(entry) < number(earlier)) {
                        embargoBySubject.put(subject, entry);
                    }
                }
            }
            String key = entry.attribute("year") + "/" + entry.attribute("subject");
            GazetteerEntry previous = byYearAndSubject.get(key);
            if (previous == null || number(entry) > number(previous)) {
                byYearAndSubject.put(key, entry);
            }
        }
        euEmbargo = general;
    }

    private static int number(GazetteerEntry entry) {
        try {
            return Integer.parseInt(entry.attribute("number").replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The resolution that imposed the UN arms embargo on one of the countries, the first that has one; or null. */
    public GazetteerEntry resolveEmbargo(Collection<String> countries) {
        return firstOf(embargoBySubject, countries);
    }

    /** The entry of the first of the countries the map has one for; or null. */
    private static GazetteerEntry firstOf(Map<String, GazetteerEntry> bySubject, Collection<String> countries) {
        for (String country : countries) {
            GazetteerEntry entry = bySubject.get(country);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /**
     * The European Union's arms embargo on the first of the countries that has one, else the EU arms embargo
     * in general; null when the gazetteer has neither.
     */
    public GazetteerEntry euEmbargo(Collection<String> countries) {
        GazetteerEntry onCountry = firstOf(euEmbargoBySubject, countries);
        return onCountry != null ? onCountry : euEmbargo;
    }

    /** The resolution of that year on one of the countries, the first country that has one; or null. */
    public GazetteerEntry resolve(String year, Collection<String> countries) {
        for (String country : countries) {
            GazetteerEntry entry = byYearAndSubject.get(year + "/" + country);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }
}
