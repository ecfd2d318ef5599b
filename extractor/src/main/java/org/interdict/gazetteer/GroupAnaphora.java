package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entities;
import org.interdict.model.Entity;

/**
 * "… weapons bound for the Houthis. A Panel later found that Iran had supplied the weapons to the group.":
 * a lower-case "the group", "the militia", "the rebels" stands for the armed group named last before it,
 * when that mention is close. The entities it returns carry the group of their antecedent and the
 * attribute {@code anaphor=true}; they are for the rules and event assembly, not for the output (the
 * annotation guide marks no mention there). Stateless and thread-safe.
 */
public final class GroupAnaphora {

    /** The noun after "the" ("the group"); lower case only: "the Group" in a UN report is the Monitoring Group. */
    private static final Pattern ANAPHOR = Pattern.compile("\\b[Tt]he\\s+(group|militia|movement|rebels|insurgents|"
            + "militants|faction|organisation|organization|cartel|gang)\\b");
    /** How far back, in characters, the armed group may be named. */
    private static final int REACH = 800;

    /** The anaphors of the text and the entities of their antecedents; {@code entities} in text order. */
    public List<Entity> resolve(String text, List<Entity> entities) {
        List<Entity> anaphors = new ArrayList<>();
        Matcher anaphor = ANAPHOR.matcher(text);
        int next = 0;
        Entity lastGroup = null;
        while (anaphor.find()) {
            int start = anaphor.start(1);
            // the armed group named last before the anaphor
            while (next < entities.size() && entities.get(next).start() < anaphor.start()) {
                Entity entity = entities.get(next++);
                if (entity.type() == EntityType.ORGANIZATION && entity.attribute("group") != null) {
                    lastGroup = entity;
                }
            }
            if (lastGroup == null || anaphor.start() - lastGroup.end() > REACH || insideEntity(entities, start)) {
                continue;
            }
            Map<String, String> attributes = new HashMap<>(lastGroup.attributes());
            attributes.put("anaphor", "true");
            anaphors.add(new Entity(EntityType.ORGANIZATION, anaphor.group(1), start, anaphor.end(1), lastGroup.id(),
                    lastGroup.canonical(), attributes));
        }
        return anaphors;
    }

    private static boolean insideEntity(List<Entity> entities, int offset) {
        return !Entities.overlapping(entities, offset, offset + 1).isEmpty();
    }
}
