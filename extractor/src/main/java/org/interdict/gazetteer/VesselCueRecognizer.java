package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entities;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.Token;

/**
 * Finds vessels no gazetteer knows from the cues reporters put around ship names: a prefix ("MV Jihan 1",
 * "USS Farragut"), a ship noun ("the freighter Andromeda", "the Tanzanian-flagged cargo ship Andromeda",
 * "a boat named Jihan 1") or an IMO number with a valid check digit ("Anything (IMO 9144718)"). The name is
 * the run of capitalised words (and numbers) after the cue. Such entities carry no id and the attribute
 * {@code source=pattern}; a navy prefix ("USS", "HMAS") adds {@code navy} with the navy's country.
 * Stateless and thread-safe.
 */
public final class VesselCueRecognizer {

    /** Navy ship prefixes and the navy's country: such a ship is the interdicting party, not the carrier. */
    private static final Map<String, String> NAVY_PREFIXES = Map.ofEntries(Map.entry("uss", "USA"),
            Map.entry("hms", "GBR"), Map.entry("hmas", "AUS"), Map.entry("hmcs", "CAN"), Map.entry("hmnzs", "NZL"),
            Map.entry("ins", "IND"), Map.entry("fs", "FRA"), Map.entry("roks", "KOR"), Map.entry("jds", "JPN"),
            Map.entry("js", "JPN"), Map.entry("tcg", "TUR"), Map.entry("hnlms", "NLD"), Map.entry("hnoms", "NOR"),
            Map.entry("its", "ITA"), Map.entry("sas", "ZAF"), Map.entry("bns", "BGD"), Map.entry("pns", "PAK"),
            Map.entry("kd", "MYS"), Map.entry("fgs", "DEU"), Map.entry("hdms", "DNK"), Map.entry("hswms", "SWE"),
            // coast guards' and other navies' ships: "ICGS Arinjay", "USCGC Munro", "BRP Gregorio del Pilar"
            Map.entry("icgs", "IND"), Map.entry("uscgc", "USA"), Map.entry("kri", "IDN"), Map.entry("brp", "PHL"),
            Map.entry("rss", "SGP"), Map.entry("htms", "THA"), Map.entry("iris", "IRN"), Map.entry("ara", "ARG"),
            Map.entry("bap", "PER"), Map.entry("hs", "GRC"));
    private static final Set<String> PREFIXES = Set.of("mv", "m/v", "m.v.", "mt", "m/t", "ss", "uss", "hms", "hmas",
            "hmcs", "ins", "fs", "hnlms", "roks", "jds", "kd", "tcg", "bns", "pns", "sas", "hnoms", "itsb", "its",
            "icgs", "uscgc", "kri", "brp", "rss", "htms", "iris", "ara", "bap", "hs");
    private static final Set<String> SHIP_NOUNS = Set.of("ship", "vessel", "freighter", "tanker", "dhow", "boat",
            "carrier", "trawler", "containership", "ferry", "coaster", "barge", "tug", "yacht", "steamer");
    /** Words that make the ship noun after them a warship: "patrol ship", "naval vessel". */
    private static final Set<String> NAVAL_BEFORE = Set.of("patrol", "naval", "navy", "guard", "survey", "support",
            "supply", "logistics", "command", "amphibious", "assault", "landing", "hospital", "research");
    /** Makers whose name opens an aircraft's type ("Boeing 727", "Ilyushin Il-76"), never a ship's name. */
    private static final Set<String> AIRCRAFT_MAKERS = Set.of("boeing", "airbus", "antonov", "ilyushin", "tupolev",
            "yakovlev", "lockheed", "cessna", "embraer", "bombardier", "gulfstream", "learjet", "beechcraft", "dassault",
            "sukhoi", "mcdonnell", "douglas", "fokker", "let", "casa");
    /** Verbs whose object is a ship: "boarded the X". Other seizure verbs take goods and people too. */
    private static final Set<String> BOARDING_VERBS = Set.of("boarded", "towed", "scuttled", "hijacked", "rammed");
    private static final Set<String> CONNECTORS = Set.of("de", "del", "da", "di", "la", "le", "al", "el", "of", "bin");
    private static final Set<String> APPOSITION_ARTICLES = Set.of("a", "an", "the");
    /** What may close a ship's name told in apposition ("a dhow, the Al Rahman 2, near …"). */
    private static final Set<String> APPOSITION_END = Set.of(",", ".", ";", "which", "that", "(");
    /** "the US Navy's Fifth Fleet", "the navy's Special Boat Service": a unit of the navy, not one of its ships. */
    private static final Set<String> UNIT_WORDS = Set.of("fleet", "fleets", "command", "force", "forces", "squadron",
            "group", "flotilla", "division", "corps", "brigade", "unit", "service", "seals", "marines", "commandos",
            "headquarters", "staff", "chief", "spokesman", "spokeswoman", "officers", "sailors");
    /** The last word of an airline's name ("Yas Air", "Badr Airlines", "Silk Way Airlines", "Trans Aviation"). */
    private static final Set<String> AIRLINE_WORDS = Set.of("air", "airlines", "airline", "airways", "aviation",
            "aero", "avia", "aerospace", "airlift");
    /** What may follow the ship noun of an apposition: "a freighter chartered by", "a dhow, which …". */
    private static final Set<String> AFTER_SHIP_NOUN = Set.of(",", ".", ";", "that", "which", "chartered", "owned",
            "operated", "managed", "carrying", "bound", "registered", "flying", "loaded", "laden", "sailing",
            "heading", "with", "from", "under", "built", "en");
    /** Words before a ship's name in an apposition: "the Monchegorsk, a …", "aboard Monchegorsk, a …". */
    private static final Set<String> NAME_BEFORE = Set.of("the", "aboard", "from", "of", "on", "by", "onto");
    private static final Set<String> NAMING = Set.of("named", "called", "christened", "renamed");
    private static final Set<String> STOP = Set.of("The", "A", "An", "On", "In", "At", "It", "Its", "This", "That",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December", "I");

    /**
     * The words that can start a vessel found by cue, for a pre-filter that must not skip text where this
     * recogniser could find one: ship nouns, the flag and registration suffixes and "imo", in lower case (they
     * match in any case here or less), and the prefixes, which count only when written in capitals.
     */
    public static Set<String> cueWords() {
        Set<String> words = new java.util.HashSet<>(SHIP_NOUNS);
        words.add("flagged");
        words.add("registered");
        words.add("imo");
        words.addAll(BOARDING_VERBS);
        return Set.copyOf(words);
    }

    /** The ship-name prefixes ("mv", "m/v", "uss", …), lower case; a token is a cue only when in capitals. */
    public static Set<String> upperCasePrefixes() {
        return PREFIXES;
    }

    /**
     * The entities with the vessels found by cue added, in text order. A vessel after a strong cue (a
     * prefix such as "MV" or "HMAS", a naming verb, a ship noun) replaces place, country and organisation
     * mentions inside its name ("HMAS Darwin", "the freighter Arctic Sea"); otherwise known entities win.
     */
    public List<Entity> apply(AnalyzedText analyzed, List<Entity> known) {
        List<Entity> vessels = find(analyzed, known);
        if (vessels.isEmpty()) {
            return known;
        }
        List<Entity> all = new ArrayList<>(known.size() + vessels.size());
        int v = 0;
        for (Entity entity : known) {
            // both lists are in text order: a sweep, not a search per entity
            while (v < vessels.size() && vessels.get(v).end() <= entity.start()) {
                v++;
            }
            if (v >= vessels.size() || !vessels.get(v).overlaps(entity.start(), entity.end())) {
                all.add(entity);
            }
        }
        all.addAll(vessels);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /** Whether a known company's mention covers exactly this span. */
    private static boolean isCompany(List<Entity> known, int start, int end) {
        return known.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.start() == start && e.end() == end
                && "company".equals(e.attribute("kind")));
    }

    /** Vessel mentions found by cue. */
    List<Entity> find(AnalyzedText analyzed, List<Entity> known) {
        List<Token> tokens = analyzed.tokens();
        List<Entity> strong = yieldable(known);
        List<Entity> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            String lower = word.toLowerCase(Locale.ROOT);
            int nameStart = -1;
            if (PREFIXES.contains(lower) && word.equals(word.toUpperCase(Locale.ROOT)) && i + 1 < tokens.size()
                    && !(isCapitalsRun(tokens.get(i + 1).text()) && (lower.equals("its") || lower.equals("ins")))) {
                // "ITS FORM OF EXPRESSION" in a capitals heading is not the Italian navy
                nameStart = i + 1;
            } else if ((lower.endsWith("-flagged") || lower.endsWith("-registered")) && i + 1 < tokens.size()
                    && !SHIP_NOUNS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                // "the Togo-flagged Anything"
                nameStart = i + 1;
            } else if (SHIP_NOUNS.contains(word) && i + 1 < tokens.size() && isDefiniteShipPhrase(tokens, i)) {
                // a lower-case ship noun: "Motor Carrier Act" or "the Good Ship Union" are no cue
                nameStart = i + 1;
                if (NAMING.contains(tokens.get(nameStart).text().toLowerCase(Locale.ROOT)) && nameStart + 1 < tokens.size()) {
                    nameStart++;
                }
            }
            if (nameStart >= 0 && nameStart < tokens.size()
                    && AIRCRAFT_MAKERS.contains(tokens.get(nameStart).text().toLowerCase(Locale.ROOT))) {
                // "the American-registered Boeing 727": a plane, not a ship
                nameStart = -1;
            }
            boolean weak = false;
            if (nameStart < 0 && BOARDING_VERBS.contains(lower) && i + 2 < tokens.size()
                    && tokens.get(i + 1).text().equals("the") && !STOP.contains(tokens.get(i + 2).text())) {
                // "boarded the Captain Ufuk": only ships are boarded or towed; any known entity there wins
                nameStart = i + 2;
                weak = true;
            }
            String navy = null;
            boolean ofTheNavy = false;
            if (PREFIXES.contains(lower) && word.equals(word.toUpperCase(Locale.ROOT)) && i + 1 < tokens.size()
                    && !(isCapitalsRun(tokens.get(i + 1).text()) && (lower.equals("its") || lower.equals("ins")))) {
                navy = NAVY_PREFIXES.get(lower);
            } else if (nameStart < 0 && (lower.equals("navy") || lower.equals("navy's")) && i + 2 < tokens.size()
                    && (lower.endsWith("'s") || tokens.get(i + 1).text().equals("'s"))) {
                // "the French navy's Provence": a ship of that navy
                nameStart = lower.endsWith("'s") ? i + 1 : i + 2;
                ofTheNavy = true;
                navy = countryBefore(analyzed, known, tokens, i);
                if (navy == null) {
                    nameStart = -1;
                }
            } else if (nameStart == i + 1 && SHIP_NOUNS.contains(word) && NAVAL_BEFORE.contains(i > 0
                    ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "")) {
                // "the US patrol ship Sirocco": a naval ship noun names a warship
                navy = countryBefore(analyzed, known, tokens, i - 1);
            }
            if (nameStart < 0) {
                continue;
            }
            int end = nameEnd(tokens, nameStart);
            if (ofTheNavy && end > nameStart && UNIT_WORDS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (end > nameStart && AIRLINE_WORDS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
                // "operated by the private carrier Yas Air": an air carrier is an airline, not a ship
                continue;
            }
            if (end > nameStart && lower.equals("carrier") && isCompany(known, tokens.get(nameStart).start(),
                    tokens.get(end - 1).end())) {
                // "the French carrier CMA CGM": a shipping line the gazetteer knows, not one of its ships
                continue;
            }
            if (end > nameStart) {
                add(analyzed, tokens.get(nameStart).start(), tokens.get(end - 1).end(), weak ? known : strong, found,
                        imoAfter(tokens, end), navy);
                i = end - 1;
            }
        }
        for (int i = 2; i + 2 < tokens.size(); i++) {
            // "the Monchegorsk, a Cypriot-flagged freighter chartered by …": a ship noun in an apposition after
            // the name; all known entities win (only the name's own capitalised words can be the ship)
            if (tokens.get(i).text().equals(",") && APPOSITION_ARTICLES.contains(tokens.get(i + 1).text())) {
                int noun = -1;
                for (int k = i + 2; k < Math.min(tokens.size(), i + 6) && noun < 0; k++) {
                    String w = tokens.get(k).text();
                    if (w.equals(",") || w.equals(".")) {
                        break;
                    }
                    if (SHIP_NOUNS.contains(w) && (k + 1 >= tokens.size() || AFTER_SHIP_NOUN.contains(tokens.get(k + 1).text()))) {
                        noun = k;
                    }
                }
                int start = i;
                while (start > 0 && i - start < 4 && isNameWord(tokens.get(start - 1).text())
                        && !STOP.contains(tokens.get(start - 1).text())) {
                    start--;
                }
                if (noun > 0 && start < i && start > 0 && NAME_BEFORE.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) {
                    add(analyzed, tokens.get(start).start(), tokens.get(i - 1).end(), known, found, null, null);
                }
            }
        }
        for (int i = 1; i + 3 < tokens.size(); i++) {
            // "detained a dhow, the Al Rahman 2, near Qandala", "aboard a passenger ferry, the Sea Jasmine, which":
            // the name in apposition after the ship noun; all known entities win
            if (SHIP_NOUNS.contains(tokens.get(i).text()) && tokens.get(i + 1).text().equals(",")
                    && tokens.get(i + 2).text().equals("the")) {
                int start = i + 3;
                int end = nameEnd(tokens, start);
                if (end > start && end < tokens.size() && APPOSITION_END.contains(tokens.get(end).text())) {
                    add(analyzed, tokens.get(start).start(), tokens.get(end - 1).end(), known, found, imoAfter(tokens, end),
                            null);
                    i = end;
                }
            }
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            // "Capitalised Name (IMO 1234567)": the IMO number alone is cue enough
            if (tokens.get(i).text().equals("(") && tokens.get(i + 1).text().equalsIgnoreCase("IMO")
                    && isValidImo(tokens.get(i + 2).text())) {
                int start = i;
                while (start > 0 && isNameWord(tokens.get(start - 1).text()) && i - start < 5) {
                    start--;
                }
                if (start < i) {
                    add(analyzed, tokens.get(start).start(), tokens.get(i - 1).end(), known, found, tokens.get(i + 2).text(),
                            null);
                }
            }
        }
        return found;
    }

    /** The country named in the two words before a token ("the US patrol ship", "the French navy's"), else null. */
    private static String countryBefore(AnalyzedText analyzed, List<Entity> known, List<Token> tokens, int index) {
        int from = tokens.get(Math.max(0, index - 2)).start();
        int to = tokens.get(index).start();
        for (Entity entity : known) {
            if (entity.type() == EntityType.COUNTRY && entity.start() >= from && entity.end() <= to && entity.id() != null) {
                return entity.id();
            }
        }
        return null;
    }

    /** A ship noun preceded, within three words, by "the", "a", a flag compound or a naming verb after it. */
    private static boolean isDefiniteShipPhrase(List<Token> tokens, int nounIndex) {
        String next = tokens.get(nounIndex + 1).text();
        if (NAMING.contains(next.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int k = nounIndex - 1; k >= Math.max(0, nounIndex - 4); k--) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.endsWith("-flagged") || w.endsWith("-registered") || w.endsWith("-owned")) {
                return true;
            }
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** The known entities a strong cue does not override: weapons, treaties, other vessels. */
    private static List<Entity> yieldable(List<Entity> known) {
        // a month inside a ship's name ("the ship Karina del Mar") yields too
        return known.stream().filter(e -> e.type() != EntityType.LOCATION && e.type() != EntityType.COUNTRY
                && e.type() != EntityType.ORGANIZATION && e.type() != EntityType.DATE).toList();
    }

    private static boolean isCapitalsRun(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
    }

    private static int nameEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < 5 && (isNameWord(tokens.get(end).text())
                || end > start && CONNECTORS.contains(tokens.get(end).text()) && end + 1 < tokens.size()
                && isNameWord(tokens.get(end + 1).text()))
                && !(end == start && STOP.contains(tokens.get(end).text()))) {
            end++;
        }
        // a name is not only numbers
        boolean hasLetterWord = false;
        for (int k = start; k < end; k++) {
            if (Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                hasLetterWord = true;
            }
        }
        return hasLetterWord ? end : start;
    }

    private static boolean isNameWord(String word) {
        char first = word.charAt(0);
        return Character.isUpperCase(first) || (Character.isDigit(first) && word.length() <= 4 && word.chars().allMatch(Character::isDigit));
    }

    private static String imoAfter(List<Token> tokens, int end) {
        for (int k = end; k < Math.min(tokens.size() - 1, end + 3); k++) {
            if (tokens.get(k).text().equalsIgnoreCase("IMO") && isValidImo(tokens.get(k + 1).text())) {
                return tokens.get(k + 1).text();
            }
        }
        return null;
    }

    /** A seven-digit IMO ship number whose last digit is its check digit. */
    public static boolean isValidImo(String number) {
        return org.interdict.gazetteers.ImoNumber.isValid(number);
    }

    private static void add(AnalyzedText analyzed, int start, int end, List<Entity> known, List<Entity> found, String imo,
            String navy) {
        if (Entities.overlapsAny(known, start, end) || Entities.overlapsAny(found, start, end)) {
            return;
        }
        String text = analyzed.text().substring(start, end);
        if (navy == null) {
            // "the Australian ship HMAS Darwin": whatever cue found it, a navy prefix makes it a warship
            navy = NAVY_PREFIXES.get(text.split("\\s+", 2)[0].replace(".", "").toLowerCase(java.util.Locale.ROOT));
            if (navy != null && !Character.isUpperCase(text.charAt(0))) {
                navy = null;
            }
        }
        Map<String, String> attributes = new java.util.HashMap<>();
        attributes.put("source", "pattern");
        if (imo != null) {
            attributes.put("imo", imo);
        }
        if (navy != null) {
            // a warship: the navy that interdicts, whose flag is its country
            attributes.put("navy", navy);
            attributes.put("flag", navy);
        }
        // kept in text order as it grows (the IMO pass finds names before earlier finds), for the lookups
        found.add(Entities.firstStartingAtOrAfter(found, start), new Entity(EntityType.VESSEL, text, start, end, null,
                text, attributes));
    }
}
