package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final Pattern YEAR_OR_COUNT = Pattern.compile("\\d+|(19|20)\\d\\ds?");

    /** The entities with designation-plus-class-noun mentions joined, in text order. */
    public List<Entity> apply(AnalyzedText analyzed, List<Entity> entities) {
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
