package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.gazetteers.MatchFlag;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.TextAnalyzer;
import org.interdict.text.Token;

/**
 * Finds gazetteer names in analysed text. The names are compiled once into a trie over normalised word
 * pieces ({@link TermNormalizer}), so the cost per token does not grow with the number of entries.
 * Matching runs left to right and takes the longest name that starts at each piece; when several
 * entries share that name the order of {@link #TYPE_PRIORITY} and then the order of loading decides.
 * Immutable and thread-safe: one instance serves all threads.
 */
public final class GazetteerMatcher {

    /** Which entry wins when one name belongs to several types ("Singapore": the country over the city). */
    static final List<EntityType> TYPE_PRIORITY = List.of(EntityType.COUNTRY, EntityType.TREATY,
            EntityType.ORGANIZATION, EntityType.WEAPON, EntityType.VESSEL, EntityType.LOCATION);

    private static final Set<String> VESSEL_CUES = Set.of("mv", "m", "v", "vessel", "ship", "freighter", "tanker",
            "dhow", "boat", "flagged", "trawler", "carrier", "ferry", "containership", "tug", "yacht");

    /** Words that, followed by "the", make a known ship name that needs a cue a ship ("boarded the Victoria"). */
    private static final Set<String> SHIP_ACTION_CUES = Set.of("boarded", "intercepted", "seized", "searched",
            "impounded", "detained", "aboard", "onboard", "hijacked", "scuttled", "unloaded", "inspected");

    /** Verbs that, after "the NAME was", make a known ship name that needs a cue a ship ("the Victoria was boarded"). */
    private static final Set<String> SHIP_PASSIVE_CUES = Set.of("boarded", "intercepted", "stopped", "seized",
            "searched", "impounded", "detained", "diverted", "escorted", "towed", "inspected", "hijacked", "scuttled");

    /** Goods named by the weapon they serve when written right after it ("rifle ammunition"). */
    private static final java.util.regex.Pattern SERVING_GOODS = java.util.regex.Pattern.compile(
            "(?i)ammunition|rounds|cartridges|bullets|magazines|parts|spare parts|components|barrels");

    /** The words for explosives as a class, which a named compound before them ("C-4 plastic explosive") heads. */
    private static final Set<String> EXPLOSIVE_CLASS = Set.of("weapon:explosive", "weapon:plastic-explosive");
    /** Up to two lower-case modifier words between a designation and its class noun, no conjunction. */
    private static final java.util.regex.Pattern MODIFIER_GAP = java.util.regex.Pattern.compile(
            " ((?!(and|or|with|of|for|to|in|on|the|a|an|from|by|as|were|was|are|is)\\b)[a-z][a-z-]* ){0,2}");
    private final Node root;
    private final int entryCount;
    /** The ids of entries whose names are ambiguous words, matched only with a cue ({@link MatchFlag#NEEDS_CUE}). */
    private final Set<String> needingCue;

    private record Candidate(GazetteerEntry entry, String name, boolean exactCase, int rank) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        List<Candidate> candidates;
    }

    public GazetteerMatcher(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    /**
     * Compiles the gazetteer. Names with digits, periods, apostrophes or other punctuation ("7.62x39mm",
     * "Al-Qa'im", "vz. 58") are also cut by {@code analyzer}, the tokenizer the text will go through, so
     * they match however that tokenizer splits them.
     */
    public GazetteerMatcher(Gazetteer gazetteer, TextAnalyzer analyzer) {
        this.root = new Node();
        int rank = 0;
        int count = 0;
        Set<String> cued = new HashSet<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            rank++;
            if (entry.has(MatchFlag.NEEDS_CUE)) {
                cued.add(entry.id());
            }
            for (String name : entry.names()) {
                boolean exactCase = entry.has(MatchFlag.CASE_SENSITIVE) || isShortAcronym(name);
                Candidate candidate = new Candidate(entry, name, exactCase,
                        TYPE_PRIORITY.indexOf(entry.type()) * 1_000_000 + rank);
                insert(TermNormalizer.keysOfName(name), candidate);
                if (analyzer != null && needsTokenizer(name)) {
                    List<String> keys = new ArrayList<>(pieces(analyzer.analyze(name)).stream()
                            .map(TermNormalizer.Piece::key).toList());
                    // a tokenizer adds a full stop after a final abbreviation ("Co."): not part of the name
                    if (!keys.isEmpty() && keys.get(keys.size() - 1).equals(".") && name.endsWith(".")) {
                        keys.remove(keys.size() - 1);
                    }
                    insert(keys, candidate);
                }
            }
            count++;
        }
        this.entryCount = count;
        this.needingCue = Set.copyOf(cued);
        sortCandidates(root);
    }

    private void insert(List<String> keys, Candidate candidate) {
        if (keys.isEmpty()) {
            return;
        }
        Node node = root;
        for (String key : keys) {
            node = node.children.computeIfAbsent(key, k -> new Node());
        }
        if (node.candidates == null) {
            node.candidates = new ArrayList<>(1);
        }
        if (!node.candidates.contains(candidate)) {
            node.candidates.add(candidate);
        }
    }

    private static boolean needsTokenizer(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-') {
                return true;
            }
        }
        return false;
    }

    private static void sortCandidates(Node node) {
        if (node.candidates != null) {
            node.candidates.sort(Comparator.comparingInt(Candidate::rank));
        }
        node.children.values().forEach(GazetteerMatcher::sortCandidates);
    }

    public int entryCount() {
        return entryCount;
    }

    /** The normalised pieces of the analysed text, in order. */
    public static List<TermNormalizer.Piece> pieces(AnalyzedText analyzed) {
        List<Token> tokens = analyzed.tokens();
        List<TermNormalizer.Piece> pieces = new ArrayList<>(tokens.size() + 16);
        for (int t = 0; t < tokens.size(); t++) {
            if (numberedAfterPunctuation(tokens, t, pieces)) {
                continue;
            }
            TermNormalizer.pieces(tokens.get(t).text(), tokens.get(t).start(), pieces);
        }
        return pieces;
    }

    private static final java.util.regex.Pattern RESOLUTION_NUMBER = java.util.regex.Pattern.compile("\\d{3,4}");

    /**
     * "a Security Council resolution, 2216", "two resolutions: 1747 …": the comma or colon between the word and
     * its number is left out, so the resolution's name matches as if written "resolution 2216".
     */
    private static boolean numberedAfterPunctuation(List<Token> tokens, int t, List<TermNormalizer.Piece> pieces) {
        String text = tokens.get(t).text();
        return (text.equals(",") || text.equals(":")) && !pieces.isEmpty() && t + 1 < tokens.size()
                && pieces.get(pieces.size() - 1).key().equals("resolution")
                && RESOLUTION_NUMBER.matcher(tokens.get(t + 1).text()).matches();
    }

    /** All gazetteer mentions in the text, in text order, none overlapping. */
    public List<Entity> match(AnalyzedText analyzed) {
        return match(analyzed.text(), pieces(analyzed));
    }

    /** All gazetteer mentions over already computed pieces of {@code text}. */
    public List<Entity> match(String text, List<TermNormalizer.Piece> pieces) {
        List<Entity> mentions = mentions(text, pieces, Set.of());
        // "Police boarded the Bana … The Bana had carried …": a ship whose ambiguous name was once read with its
        // cue is the same ship where the name comes back, written the same way, without one
        Set<String> confirmed = new HashSet<>();
        for (Entity mention : mentions) {
            if (mention.id() != null && needingCue.contains(mention.id())) {
                confirmed.add(mention.id());
            }
        }
        if (!confirmed.isEmpty()) {
            mentions = mentions(text, pieces, confirmed);
        }
        List<Entity> joined = joinDesignationsWithClassNouns(text, mentions);
        return withNestedCountries(text, pieces, withNationalBodies(text, placedByRegion(text, joined)));
    }

    private static final java.util.regex.Pattern LIST_JOIN = java.util.regex.Pattern.compile(",\\s*((and|or)\\s+)?(the\\s+)?|\\s+(and|or)\\s+(the\\s+)?");

    /**
     * "Melbourne, Florida", "Victoria, Seychelles": a place followed after a comma by the region
     * or country it lies in is in that country, whatever the better-known place of its name.
     */
    private static List<Entity> placedByRegion(String text, List<Entity> mentions) {
        List<Entity> out = null;
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Entity place = mentions.get(k);
            Entity next = mentions.get(k + 1);
            Entity before = k > 0 ? mentions.get(k - 1) : null;
            if (place.type() != EntityType.LOCATION || place.attribute("country") == null
                    || "region".equals(place.attribute("kind")) || "capital".equals(place.attribute("kind"))
                    || !", ".equals(gap(text, place, next))
                    || k + 2 < mentions.size() && LIST_JOIN.matcher(gap(text, next, mentions.get(k + 2))).matches()
                    || before != null && (before.type() == EntityType.COUNTRY || before.type() == EntityType.LOCATION)
                            && LIST_JOIN.matcher(gap(text, before, place)).matches()) {
                // not a region or a capital ("North Carolina, Georgia", "Rome, Greece"), nor a list of places
                // ("Hawaii, Guam and the Philippines", "France, Naples, Portugal")
                continue;
            }
            String country = next.type() == EntityType.COUNTRY ? next.id()
                    : next.type() == EntityType.LOCATION && "region".equals(next.attribute("kind")) ? next.attribute("country")
                    : null;
            if (country == null || country.equals(place.attribute("country"))) {
                continue;
            }
            Map<String, String> attributes = new java.util.HashMap<>(place.attributes());
            attributes.put("country", country);
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.set(k, new Entity(place.type(), place.text(), place.start(), place.end(), place.id(), place.canonical(),
                    attributes));
        }
        return out == null ? mentions : out;
    }

    /** The text between two mentions in order; empty when they touch or overlap. */
    private static String gap(String text, Entity first, Entity second) {
        return text.substring(Math.min(first.end(), second.start()), second.start());
    }

    private List<Entity> mentions(String text, List<TermNormalizer.Piece> pieces, Set<String> confirmed) {
        List<Entity> mentions = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Longest found = longestAt(text, pieces, i, confirmed);
            if (found == null) {
                i++;
                continue;
            }
            if (pieces.get(i).key().equals("the") && i + 1 < pieces.size()) {
                // "the Sudan Liberation Army": a name that starts with its article ("the Sudan") gives way to a
                // longer name that starts right after the article
                Longest after = longestAt(text, pieces, i + 1, confirmed);
                if (after != null && after.end() > found.end()) {
                    i++;
                    continue;
                }
            }
            int start = pieces.get(i).start();
            int end = pieces.get(found.end() - 1).end();
            GazetteerEntry entry = found.candidate().entry();
            mentions.add(new Entity(entry.type(), text.substring(start, end), start, end, entry.id(),
                    entry.canonical(), entry.attributes()));
            i = found.end();
        }
        return mentions;
    }

    /** The longest accepted name starting at a piece, and the piece after its end. */
    private record Longest(Candidate candidate, int end) {
    }

    private Longest longestAt(String text, List<TermNormalizer.Piece> pieces, int i, Set<String> confirmed) {
        Node node = root;
        Longest best = null;
        for (int j = i; j < pieces.size(); j++) {
            node = node.children.get(pieces.get(j).key());
            if (node == null) {
                break;
            }
            if (node.candidates != null) {
                Candidate accepted = accept(node.candidates, text, pieces, i, j + 1, confirmed);
                if (accepted != null) {
                    best = new Longest(accepted, j + 1);
                }
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern NATIONAL_BODY = java.util.regex.Pattern.compile(
            "^(?:'s)? ((?:naval |border |national |federal |state |special |military |security |armed )?"
            + "(?:navy|police|customs|coast guard|coastguard|army|military|armed forces|air force|marines|"
            + "foreign ministry|defence ministry|defense ministry|interior ministry|government|security forces|"
            + "intelligence service|border guards?|gendarmerie))\\b");

    /**
     * A country and a generic body name together ("Thai police", "Egypt's navy", "Australian navy") are an
     * organisation of that country; the country mention stays too, as the annotation guide nests them.
     */
    private static List<Entity> withNationalBodies(String text, List<Entity> mentions) {
        List<Entity> out = new ArrayList<>(mentions.size() + 4);
        for (int k = 0; k < mentions.size(); k++) {
            Entity mention = mentions.get(k);
            out.add(mention);
            if (mention.type() != EntityType.COUNTRY) {
                continue;
            }
            int limit = k + 1 < mentions.size() ? mentions.get(k + 1).start() : text.length();
            java.util.regex.Matcher body = NATIONAL_BODY.matcher(text.substring(mention.end(),
                    Math.min(limit, mention.end() + 40)));
            if (body.find() && (k + 1 >= mentions.size() || mentions.get(k + 1).start() >= mention.end() + body.end())) {
                int end = mention.end() + body.end();
                out.add(new Entity(EntityType.ORGANIZATION, text.substring(mention.start(), end), mention.start(), end,
                        null, text.substring(mention.start(), end), Map.of("country", mention.id(), "source", "pattern")));
            }
        }
        return out;
    }

    /** Countries named inside organisation and treaty names ("US" in "US Navy") are mentions too. */
    private List<Entity> withNestedCountries(String text, List<TermNormalizer.Piece> pieces, List<Entity> mentions) {
        List<Entity> nested = new ArrayList<>();
        int p = 0;
        for (Entity mention : mentions) {
            if (mention.type() != EntityType.ORGANIZATION && mention.type() != EntityType.TREATY
                    || mention.id() == null) {
                continue;
            }
            while (p < pieces.size() && pieces.get(p).start() < mention.start()) {
                p++;
            }
            int end = p;
            while (end < pieces.size() && pieces.get(end).end() <= mention.end()) {
                end++;
            }
            for (int i = p; i < end; i++) {
                Node node = root;
                for (int j = i; j < end; j++) {
                    node = node.children.get(pieces.get(j).key());
                    if (node == null) {
                        break;
                    }
                    if (node.candidates != null && (i > p || j + 1 < end)) {
                        Candidate country = accept(node.candidates.stream()
                                .filter(c -> c.entry().type() == EntityType.COUNTRY).toList(), text, pieces, i, j + 1, Set.of());
                        if (country != null) {
                            int start = pieces.get(i).start();
                            int stop = pieces.get(j).end();
                            nested.add(new Entity(EntityType.COUNTRY, text.substring(start, stop), start, stop,
                                    country.entry().id(), country.entry().canonical(), country.entry().attributes()));
                            i = j;
                            break;
                        }
                    }
                }
            }
        }
        if (nested.isEmpty()) {
            return mentions;
        }
        List<Entity> all = new ArrayList<>(mentions);
        all.addAll(nested);
        all.sort(Comparator.comparingInt(Entity::start).thenComparing(Comparator.comparingInt(Entity::end).reversed()));
        return all;
    }

    /**
     * A designation followed by the class noun it names is one mention ("AK-47 rifles", "M-302 rockets",
     * "C-704 anti-ship missiles", also with up to two modifiers between: "AK-47 pattern rifles", "PKM
     * general-purpose machine guns"), with the designation's id: the class noun is the head of the phrase,
     * the designation says which one.
     */
    /** "anti-" (or "anti ") right before a mention. */
    private static final java.util.regex.Pattern ANTI_BEFORE = java.util.regex.Pattern.compile("(?i)\\banti[- ]$");

    private static List<Entity> joinDesignationsWithClassNouns(String text, List<Entity> mentions) {
        List<Entity> joined = new ArrayList<>(mentions.size());
        for (int k = 0; k < mentions.size(); k++) {
            Entity current = mentions.get(k);
            if (k + 1 < mentions.size() && current.type() == EntityType.WEAPON && ANTI_BEFORE.matcher(
                    text.substring(Math.max(0, current.start() - 5), current.start())).find()) {
                // "anti-tank rockets": the weapon after "anti-" is what the goods are made against; the class
                // noun after it, with the whole modifier, is the mention
                Entity next = mentions.get(k + 1);
                int start = text.lastIndexOf("anti", current.start());
                if (next.type() == EntityType.WEAPON && "true".equals(next.attribute("generic"))
                        && MODIFIER_GAP.matcher(text.substring(current.end(), next.start())).matches()) {
                    joined.add(new Entity(EntityType.WEAPON, text.substring(start, next.end()), start, next.end(),
                            next.id(), next.canonical(), next.attributes()));
                    k++;
                    continue;
                }
            }
            if (k + 1 < mentions.size() && current.type() == EntityType.WEAPON
                    && "true".equals(current.attribute("generic"))) {
                // "rifle ammunition", "firearm magazines": the goods that serve the weapon named before them, one item
                Entity next = mentions.get(k + 1);
                if (next.type() == EntityType.WEAPON && next.start() == current.end() + 1
                        && text.charAt(current.end()) == ' ' && SERVING_GOODS.matcher(next.text()).matches()) {
                    joined.add(new Entity(EntityType.WEAPON, text.substring(current.start(), next.end()),
                            current.start(), next.end(), next.id(), next.canonical(), next.attributes()));
                    k++;
                    continue;
                }
            }
            if (k + 1 < mentions.size() && current.type() == EntityType.WEAPON) {
                // "C-4 plastic explosive", "RDX explosives": the named compound and the word for its class, one item
                Entity next = mentions.get(k + 1);
                if (next.type() == EntityType.WEAPON && EXPLOSIVE_CLASS.contains(next.id())
                        && !EXPLOSIVE_CLASS.contains(current.id())
                        && "AMMUNITION".equals(current.attribute("category"))
                        && MODIFIER_GAP.matcher(text.substring(current.end(), next.start())).matches()) {
                    joined.add(new Entity(EntityType.WEAPON, text.substring(current.start(), next.end()),
                            current.start(), next.end(), current.id(), current.canonical(), current.attributes()));
                    k++;
                    continue;
                }
            }
            if (k + 1 < mentions.size() && current.type() == EntityType.WEAPON
                    && !"true".equals(current.attribute("generic"))) {
                Entity next = mentions.get(k + 1);
                if (next.type() == EntityType.WEAPON && "true".equals(next.attribute("generic"))
                        && MODIFIER_GAP.matcher(text.substring(current.end(), next.start())).matches()) {
                    joined.add(new Entity(EntityType.WEAPON, text.substring(current.start(), next.end()),
                            current.start(), next.end(), current.id(), current.canonical(), current.attributes()));
                    k++;
                    continue;
                }
            }
            joined.add(current);
        }
        return joined;
    }

    private static Candidate accept(List<Candidate> candidates, String text, List<TermNormalizer.Piece> pieces,
            int first, int end, Set<String> confirmed) {
        Candidate fallback = null;
        for (Candidate candidate : candidates) {
            if (candidate.exactCase() && !sameCase(candidate.name(), text, pieces, first, end)) {
                continue;
            }
            if (candidate.entry().has(MatchFlag.NEEDS_CUE)) {
                if (hasVesselCue(text, pieces, first, end)
                        || confirmed.contains(candidate.entry().id()) && sameCase(candidate.name(), text, pieces, first, end)) {
                    return candidate;
                }
                continue;
            }
            if (fallback == null) {
                fallback = candidate;
            }
        }
        return fallback;
    }

    private static boolean sameCase(String name, String text, List<TermNormalizer.Piece> pieces, int first, int end) {
        String surface = lettersAndDigits(text.substring(pieces.get(first).start(), pieces.get(end - 1).end()));
        String expected = lettersAndDigits(name);
        // datelines and headlines write names in capitals ("WASHINGTON -"): longer names may match that way
        // "AK-47s": a designation's plural keeps its case
        boolean plural = !expected.isEmpty() && Character.isDigit(expected.charAt(expected.length() - 1))
                && surface.equals(expected + "s");
        return surface.equals(expected) || plural || expected.length() > 4 && surface.equals(expected.toUpperCase(Locale.ROOT));
    }

    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** An upper-case acronym of up to four letters ("US", "UAE", "SAM"): only upper case may match it. */
    static boolean isShortAcronym(String name) {
        String letters = lettersAndDigits(name);
        if (letters.isEmpty() || letters.length() > 4) {
            return false;
        }
        boolean hasLetter = false;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return hasLetter;
    }

    private static boolean hasVesselCue(String text, List<TermNormalizer.Piece> pieces, int first, int end) {
        for (int k = Math.max(0, first - 3); k < first; k++) {
            if (VESSEL_CUES.contains(pieces.get(k).key())) {
                return true;
            }
        }
        for (int k = end; k < Math.min(pieces.size(), end + 3); k++) {
            if (pieces.get(k).key().equals("imo")) {
                return true;
            }
        }
        // "boarded the Victoria", "aboard the Victoria": only right before the name, never "seized in Victoria"
        if (first >= 2 && pieces.get(first - 1).key().equals("the") && SHIP_ACTION_CUES.contains(pieces.get(first - 2).key())) {
            return true;
        }
        // "The Andromeda was stopped on Saturday": what only a ship undergoes, told right after the name
        int verb = end + 1 < pieces.size() && pieces.get(end).key().equals("was") ? end + 1
                : end + 2 < pieces.size() && pieces.get(end).key().equals("had") && pieces.get(end + 1).key().equals("been")
                        ? end + 2 : -1;
        return first >= 1 && pieces.get(first - 1).key().equals("the") && verb > 0
                && SHIP_PASSIVE_CUES.contains(pieces.get(verb).key());
    }
}
