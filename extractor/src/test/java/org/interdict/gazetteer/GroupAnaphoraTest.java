package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.junit.jupiter.api.Test;

class GroupAnaphoraTest {

    private static final GroupAnaphora ANAPHORA = new GroupAnaphora();

    private static Entity group(String text, String name, int start) {
        return new Entity(EntityType.ORGANIZATION, name, start, start + name.length(), "org:x", name,
                Map.of("kind", "armed-group", "group", name));
    }

    @Test
    void theGroupStandsForTheArmedGroupNamedLastBeforeIt() {
        String text = "The cargo was bound for the Houthis. Iran had supplied the weapons to the group.";
        List<Entity> anaphors = ANAPHORA.resolve(text, List.of(group(text, "Houthis", text.indexOf("Houthis"))));
        assertEquals(1, anaphors.size());
        Entity anaphor = anaphors.get(0);
        assertEquals("group", anaphor.text());
        assertEquals(text.lastIndexOf("group"), anaphor.start());
        assertEquals("Houthis", anaphor.attribute("group"));
        assertEquals("true", anaphor.attribute("anaphor"));
    }

    @Test
    void noAntecedentACapitalisedGroupOrADistantOneGivesNothing() {
        assertTrue(ANAPHORA.resolve("Iran had supplied the weapons to the group.", List.of()).isEmpty());
        String panel = "Rifles were seized from al-Shabaab. The Group finds that they were Iranian.";
        assertTrue(ANAPHORA.resolve(panel, List.of(group(panel, "al-Shabaab", panel.indexOf("al-Shabaab")))).isEmpty());
        String far = "Rifles were seized from al-Shabaab." + " Nothing more.".repeat(70) + " It went to the group.";
        assertTrue(ANAPHORA.resolve(far, List.of(group(far, "al-Shabaab", far.indexOf("al-Shabaab")))).isEmpty());
    }
}
