package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.Token;

/**
 * Finds weapon designations no gazetteer knows by their shape and context: a designation-shaped word
 * (letters and digits, often hyphenated: "M-302", "KN-25", "AM-15", "9M133") right before a weapon class
 * noun the gazetteer knows ("rockets", "rifles", "missiles") makes one WEAPON mention, "M-302 rockets",
 * with the class noun's category and the attribute {@code source=pattern}. Stateless and thread-safe.
 */
public final class WeaponShapeRecognizer {

    private static final Pattern DESIGNATION = Pattern.compile(
            "(?=[^\\s]*\\d)(?=[^\\s]*[A-Z])[A-Z0-9][A-Za-z0-9]{0,5}(-[A-Za-z0-9]{1,6}){0,2}");
    /** Class nouns after a designation ("Rafale jets", "MiG-21 fighter aircraft", "S-400 batteries"). */
    private static final Pattern CLASS_NOUN = Pattern.compile(
            "(?i)(fighter jets?|fighter aircraft|fighter planes?|fighters?|jets?|aircraft|warplanes?|planes?|"
            + "helicopters?|batter(y|ies)|systems?|submarines?|frigates?|corvettes?|howitzers?)\\b(?!-)");
    /** Parts of a weapon, plural or singular, as a whole word: group 1 is the singular. */
    private static final Pattern PART = Pattern.compile(
            "(?i)(barrel|bolt|bolt cover|bolt spring|engine|motor|warhead|spring|receiver|stock|sight|scope|fuze|"
            + "launch tube|tube|component|part|spare part|kit)s?\\b(?!-)");
    private static final Pattern ROUNDS = Pattern.compile("(?i)rounds");
    private static final Pattern COUNT = Pattern.compile(
            "(?i)\\d[\\d,.]*|million|thousand|hundred|hundreds|thousands|dozens?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty");
    private static final Pattern YEAR_OR_COUNT = Pattern.compile("\\d+|(19|20)\\d\\ds?");

    /** The entities with designation-plus-class-noun mentions joined and counted bare rounds added, in text order. */
    public List<Entity> apply(AnalyzedText analyzed, List<Entity> entities) {
        return withParts(analyzed, withCountedRounds(analyzed, withDesignations(analyzed, entities)));
    }

    /**
     * "39 PKM barrels", "four AK-47 bolts", "15 MiG-21 engines": a weapon followed by the name of one of its
     * parts is the part, one mention with the canonical "PKM barrel" (no gazetteer id: the part is not the
     * weapon) and the weapon's category.
     */
    private static List<Entity> withParts(AnalyzedText analyzed, List<Entity> entities) {
        String text = analyzed.text();
        List<Entity> out = null;
        for (int k = 0; k < entities.size(); k++) {
            Entity weapon = entities.get(k);
            if (weapon.type() != EntityType.WEAPON || weapon.end() + 1 >= text.length() || text.charAt(weapon.end()) != ' ') {
                continue;
            }
            Matcher classNoun = CLASS_NOUN.matcher(text).region(weapon.end() + 1, text.length());
            if (!"true".equals(weapon.attribute("generic")) && classNoun.lookingAt()
                    && !(k + 1 < entities.size() && entities.get(k + 1).start() < classNoun.end())) {
                // "36 Rafale jets", "S-400 batteries": a designation and the class noun a gazetteer does not
                // list as a weapon of its own are one mention of the designated weapon
                if (out == null) {
                    out = new ArrayList<>(entities);
                }
                out.set(k, new Entity(EntityType.WEAPON, text.substring(weapon.start(), classNoun.end()), weapon.start(),
                        classNoun.end(), weapon.id(), weapon.canonical(), weapon.attributes()));
                continue;
            }
            Matcher part = PART.matcher(text).region(weapon.end() + 1, text.length());
            if (!part.lookingAt() || k + 1 < entities.size() && entities.get(k + 1).start() < part.end()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(entities);
            }
            Map<String, String> attributes = new HashMap<>();
            if (weapon.attribute("category") != null) {
                attributes.put("category", weapon.attribute("category"));
            }
            attributes.put("part", part.group(1).toLowerCase(java.util.Locale.ROOT));
            attributes.put("source", "pattern");
            String base = weapon.canonical() != null ? weapon.canonical() : weapon.text();
            out.set(k, new Entity(EntityType.WEAPON, text.substring(weapon.start(), part.end()), weapon.start(), part.end(),
                    null, base + " " + part.group(1).toLowerCase(java.util.Locale.ROOT), attributes));
        }
        return out == null ? entities : out;
    }

    private List<Entity> withDesignations(AnalyzedText analyzed, List<Entity> entities) {
        List<Token> tokens = analyzed.tokens();
        Map<Integer, Integer> tokenEndingAt = new HashMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            tokenEndingAt.put(tokens.get(t).end(), t);
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (int k = 0; k < entities.size(); k++) {
            Entity entity = entities.get(k);
            Entity joined = entity.type() == EntityType.WEAPON && "true".equals(entity.attribute("generic"))
                    ? withDesignation(analyzed, tokens, tokenEndingAt, entity, out) : null;
            out.add(joined == null ? entity : joined);
        }
        return out;
    }

    /**
     * "22 rifles and 1,400 rounds": "rounds" after a count is ammunition (a round of talks has no count
     * before it). "rounds of ammunition" is left to the goods noun after "of".
     */
    private static List<Entity> withCountedRounds(AnalyzedText analyzed, List<Entity> entities) {
        List<Token> tokens = analyzed.tokens();
        List<Entity> found = new ArrayList<>();
        for (int t = 1; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (!ROUNDS.matcher(token.text()).matches() || !COUNT.matcher(tokens.get(t - 1).text()).matches()) {
                continue;
            }
            if (t + 1 < tokens.size() && tokens.get(t + 1).text().equalsIgnoreCase("of")) {
                continue;
            }
            if (overlaps(entities, token.start(), token.end())) {
                continue;
            }
            found.add(new Entity(EntityType.WEAPON, token.text(), token.start(), token.end(), null, "ammunition",
                    Map.of("category", "AMMUNITION", "generic", "true", "source", "pattern")));
        }
        if (found.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities);
        out.addAll(found);
        out.sort(java.util.Comparator.comparingInt(Entity::start).thenComparing(e -> -e.end()));
        return out;
    }

    private static boolean overlaps(List<Entity> entities, int start, int end) {
        for (Entity entity : entities) {
            if (entity.start() < end && entity.end() > start) {
                return true;
            }
        }
        return false;
    }

    private static Entity withDesignation(AnalyzedText analyzed, List<Token> tokens, Map<Integer, Integer> endingAt,
            Entity classNoun, List<Entity> before) {
        String text = analyzed.text();
        int gap = classNoun.start() - 1;
        if (gap < 1 || text.charAt(gap) != ' ') {
            return null;
        }
        Integer t = endingAt.get(gap);
        if (t == null) {
            return null;
        }
        Token designation = tokens.get(t);
        String word = designation.text();
        if (!DESIGNATION.matcher(word).matches() || YEAR_OR_COUNT.matcher(word).matches()) {
            return null;
        }
        if (!before.isEmpty() && before.get(before.size() - 1).end() > designation.start()) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        if (classNoun.attribute("category") != null) {
            attributes.put("category", classNoun.attribute("category"));
        }
        attributes.put("source", "pattern");
        return new Entity(EntityType.WEAPON, text.substring(designation.start(), classNoun.end()), designation.start(),
                classNoun.end(), null, word, attributes);
    }
}
