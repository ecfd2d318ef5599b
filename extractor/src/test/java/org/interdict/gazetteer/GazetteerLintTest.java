package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.gazetteers.MatchFlag;
import org.interdict.model.Entity;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.junit.jupiter.api.Test;

/** Lint over the shipped gazetteers: they load, ids are unique, and the matcher reaches every name. */
class GazetteerLintTest {

    @Test
    void everyShippedNameIsReachable() {
        Gazetteer gazetteer = Gazetteer.bundled();
        GazetteerMatcher matcher = new GazetteerMatcher(gazetteer);
        CoreNlpTextAnalyzer text = new CoreNlpTextAnalyzer();
        List<String> unreachable = new ArrayList<>();
        int names = 0;
        for (GazetteerEntry entry : gazetteer.entries()) {
            for (String name : entry.names()) {
                names++;
                String prefix = entry.has(MatchFlag.NEEDS_CUE) ? "the vessel " : "";
                String sentence = prefix + name + " .";
                List<Entity> found = matcher.match(text.analyze(sentence));
                boolean reached = found.stream().anyMatch(e -> e.start() == prefix.length()
                        && e.end() == prefix.length() + name.length() && e.type() == entry.type());
                if (!reached) {
                    unreachable.add(entry.id() + " '" + name + "' -> " + found.stream()
                            .map(e -> e.type() + ":" + e.text()).toList());
                }
            }
        }
        Map<EntityType, Integer> counts = gazetteer.countsByType();
        System.out.println("gazetteer entries per type: " + counts + "; names " + names + "; shared names "
                + gazetteer.conflicts().size() + "; unreachable " + unreachable.size());
        unreachable.stream().limit(40).forEach(u -> System.out.println("  unreachable: " + u));
        assertTrue(unreachable.isEmpty(), unreachable.size() + " unreachable names, first: "
                + unreachable.stream().limit(10).toList());
    }
}
