package org.interdict.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.model.Entity;

/**
 * Chooses among places of one name in different countries ("Tripoli" in Libya or in Lebanon) by the
 * countries the document names: the matcher gives every "Tripoli" the same entry, and a report on the
 * Libya embargo means the Libyan one. The matcher's choice stays when its country is named, or when
 * none or several of the others are. A ship's flag ("the Lebanese-flagged Bana") names no country of the
 * report's places and is not counted. Immutable; built once per gazetteer.
 */
public final class PlaceNamesakes {

    private final Map<String, List<GazetteerEntry>> byName;

    public PlaceNamesakes(Gazetteer gazetteer) {
        Map<String, List<GazetteerEntry>> names = new HashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.type() != EntityType.LOCATION || entry.attribute("country") == null) {
                continue;
            }
            for (String name : entry.names()) {
                names.computeIfAbsent(key(name), k -> new ArrayList<>()).add(entry);
            }
        }
        names.values().removeIf(entries -> entries.stream().map(e -> e.attribute("country")).distinct().count() < 2);
        names.replaceAll((name, entries) -> List.copyOf(entries));
        this.byName = Map.copyOf(names);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).trim();
    }

    /**
     * The entities of {@code text} with each ambiguous place resolved to the namesake in a country the
     * document names.
     */
    public List<Entity> resolve(CharSequence text, List<Entity> entities) {
        if (byName.isEmpty()) {
            return entities;
        }
        Set<String> named = new HashSet<>(NamedCountries.in(withoutFlags(text, entities), false));
        List<Entity> resolved = null;
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            List<GazetteerEntry> namesakes = entity.type() == EntityType.LOCATION ? byName.get(key(entity.text())) : null;
            if (namesakes == null || named.contains(entity.attribute("country"))) {
                continue;
            }
            List<GazetteerEntry> inNamedCountry = namesakes.stream()
                    .filter(e -> named.contains(e.attribute("country"))).toList();
            if (inNamedCountry.size() != 1 || inNamedCountry.get(0).id().equals(entity.id())) {
                continue;
            }
            GazetteerEntry chosen = inNamedCountry.get(0);
            if (resolved == null) {
                resolved = new ArrayList<>(entities);
            }
            resolved.set(i, new Entity(entity.type(), entity.text(), entity.start(), entity.end(), chosen.id(),
                    chosen.canonical(), chosen.attributes()));
        }
        return resolved == null ? entities : resolved;
    }

    private static List<Entity> withoutFlags(CharSequence text, List<Entity> entities) {
        return entities.stream().filter(e -> e.type() != EntityType.COUNTRY || !NamedCountries.isFlag(text, e)).toList();
    }
}
