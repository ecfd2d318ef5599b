package org.interdict.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteer.NamedCountries;
import org.interdict.gazetteers.WorldPlaces;
import org.interdict.model.Entity;
import org.interdict.model.Party;

/**
 * The country of a place the curated gazetteers do not know ("police in Bogra", "AMRITSAR -"), for one
 * document. The world table gives the countries that have a place of that name; one of them is taken
 * when the report points to it: the acting agency's country, the dateline's, or a country the report
 * names (most named first). Otherwise the place keeps no country.
 */
final class PlaceCountries {

    /** "COLOMBO - …", "LAREDO, Texas - …", "MANILA, Aug 21 - …", "DUBAI (Reuters) - …". */
    static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,[^\\n\u2013\u2014-]{1,30})?(?:\\s*\\([^()\\n]{1,25}\\))?\\s+[-\u2013\u2014]\\s");
    /** Words that say what kind of place a name is, left out of the lookup ("the port of Midi"). */
    private static final Set<String> KIND_WORDS = Set.of("the", "of", "port", "island", "islands", "town", "city",
            "village", "crossing", "border", "post", "checkpoint", "province", "state", "region", "department",
            "district", "county", "terminal", "station", "camp", "airport", "railway", "entry", "harbour", "harbor",
            "bay", "area", "governorate", "municipality");

    private final WorldPlaces world;
    private final DocumentAnalysis doc;
    private String dateline;
    private boolean datelineRead;
    private List<String> named;

    PlaceCountries(WorldPlaces world, DocumentAnalysis doc) {
        this.world = world;
        this.doc = doc;
    }

    /**
     * The country of a place written as {@code text}, or null when the report does not settle it. Only a
     * country the report points to is taken (the acting agency's, the dateline's, one it names): "Delft
     * Island" off Sri Lanka is not the Dutch town in a report that never mentions the Netherlands.
     */
    String country(String text, Party authority) {
        List<String> candidates = candidates(text);
        if (candidates.isEmpty()) {
            return null;
        }
        if (authority != null && authority.country() != null && candidates.contains(authority.country())) {
            return authority.country();
        }
        String home = datelineCountry();
        if (home != null && candidates.contains(home)) {
            return home;
        }
        for (String country : namedCountries()) {
            if (candidates.contains(country)) {
                return country;
            }
        }
        return null;
    }

    private List<String> candidates(String text) {
        List<String> whole = world.countries(text);
        if (!whole.isEmpty()) {
            return whole;
        }
        StringBuilder name = new StringBuilder();
        for (String word : WorldPlaces.fold(text).split(" ")) {
            if (!KIND_WORDS.contains(word)) {
                name.append(name.length() == 0 ? "" : " ").append(word);
            }
        }
        return name.length() == 0 ? List.of() : world.countries(name.toString());
    }

    /**
     * The country of the dateline: a country or a known place the gazetteers found in it, else a town
     * the world table places in one country ("AMRITSAR -"), or whose parts agree ("LAREDO, Texas -").
     */
    String datelineCountry() {
        if (!datelineRead) {
            datelineRead = true;
            dateline = readDateline();
        }
        return dateline;
    }

    private String readDateline() {
        String text = doc.analyzed().text();
        Matcher dash = DATELINE.matcher(text);
        if (!dash.lookingAt()) {
            return null;
        }
        for (Entity entity : doc.entitiesIn(0, dash.end())) {
            Party party = Parties.party(entity);
            if (party != null && party.country() != null) {
                return party.country();
            }
        }
        List<String> common = null;
        for (String part : text.substring(0, dash.end()).replaceAll("[-\u2013\u2014]\\s*$", "").split(",")) {
            List<String> countries = world.countries(part);
            if (countries.isEmpty()) {
                continue;
            }
            if (common == null) {
                common = new ArrayList<>(countries);
            } else {
                List<String> both = new ArrayList<>(common);
                both.retainAll(countries);
                if (!both.isEmpty()) {
                    common = both;
                }
            }
        }
        return common != null && common.size() == 1 ? common.get(0) : null;
    }

    /** The countries the report names, most often named first; read once. */
    private List<String> namedCountries() {
        if (named == null) {
            named = NamedCountries.in(doc.entities(), false);
        }
        return named;
    }
}
