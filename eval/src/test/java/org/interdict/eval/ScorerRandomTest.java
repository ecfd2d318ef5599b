package org.interdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random gold sets: a copy of the gold scores perfectly, nothing scores zero recall. */
class ScorerRandomTest {

    private static final String[] ENTITY_TYPES = {"VESSEL", "WEAPON", "TREATY", "COUNTRY", "LOCATION",
        "ORGANIZATION", "DATE", "PERSON"};
    private static final String[] MODALITIES = {"ASSERTED", "ASSERTED", "NEGATED", "HYPOTHETICAL"};
    private static final String[] COUNTRIES = {"PRK", "IRN", "SYR", "KOR", null};
    private static final String[] WORDS = {"graphite", "cylinders", "rifles", "Scud", "missiles", "sugar",
        "ammunition", "Chong", "Klos", "Busan", "the", "MV"};

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static ObjectNode randomGold(Random random, String docId) {
        ObjectNode gold = Fixtures.gold(docId, random.nextBoolean() ? "dev" : "test");
        int entities = random.nextInt(12);
        for (int i = 0; i < entities; i++) {
            int start = random.nextInt(500);
            Fixtures.entity(gold, ENTITY_TYPES[random.nextInt(ENTITY_TYPES.length)], "x".repeat(1 + random.nextInt(20)),
                    start);
        }
        int events = random.nextInt(5);
        for (int i = 0; i < events; i++) {
            int start = random.nextInt(900);
            ObjectNode event = Fixtures.event(gold, docId + "#e" + i, random.nextBoolean() ? "SEIZURE" : "TRANSFER",
                    MODALITIES[random.nextInt(MODALITIES.length)], start, start + 1 + random.nextInt(100));
            if (random.nextBoolean()) {
                event.set("date", Fixtures.date("then", random.nextBoolean() ? "2012-05" : null));
            }
            if (random.nextBoolean()) {
                event.set("location", Fixtures.party(words(random, 2), COUNTRIES[random.nextInt(COUNTRIES.length)]));
            }
            if (random.nextBoolean()) {
                event.set("vessel", Fixtures.vessel(words(random, 2), random.nextBoolean() ? words(random, 2) : null));
            }
            int cargo = random.nextInt(4);
            for (int c = 0; c < cargo; c++) {
                ((ArrayNode) event.get("cargo")).add(Fixtures.cargo(words(random, 1 + random.nextInt(3)), null,
                        random.nextBoolean() ? random.nextInt(1000) : null));
            }
            int origin = random.nextInt(3);
            for (int o = 0; o < origin; o++) {
                ((ArrayNode) event.get("origin")).add(Fixtures.party(words(random, 1),
                        COUNTRIES[random.nextInt(COUNTRIES.length)]));
            }
            if (random.nextBoolean()) {
                event.set("attribution", Fixtures.text(words(random, 3)));
            }
        }
        return gold;
    }

    @Test
    void goldAgainstItselfIsPerfectAndNothingHasNoRecall() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try {
            for (int round = 0; round < 100; round++) {
                int documents = 1 + random.nextInt(4);
                ObjectNode[] golds = new ObjectNode[documents];
                Map<String, JsonNode> copies = new HashMap<>();
                Map<String, JsonNode> empty = new HashMap<>();
                for (int d = 0; d < documents; d++) {
                    golds[d] = randomGold(random, "d" + d);
                    copies.put("d" + d, golds[d].deepCopy());
                    empty.put("d" + d, Fixtures.prediction("d" + d));
                }
                GoldSet gold = Fixtures.goldSet(golds);
                for (Split split : Split.values()) {
                    EvalReport perfect = new Scorer().score(gold, copies, split);
                    for (Prf prf : List.of(perfect.entitiesExactMicro(), perfect.entitiesPartialMicro(),
                            perfect.eventsMicro(), perfect.slotsMicro())) {
                        assertEquals(0, prf.fp() + prf.fn(), "no errors against itself: " + prf);
                        assertTrue(prf.f1().isEmpty() || prf.f1().getAsDouble() == 1.0, prf.toString());
                    }
                    assertEquals(List.of(), perfect.modalityErrors());

                    EvalReport nothing = new Scorer().score(gold, empty, split);
                    assertEquals(perfect.entitiesExactMicro().tp(), nothing.entitiesExactMicro().fn());
                    assertEquals(perfect.eventsMicro().tp(), nothing.eventsMicro().fn());
                    assertEquals(perfect.slotsMicro().tp(), nothing.slotsMicro().fn());
                    for (Prf prf : List.of(nothing.entitiesExactMicro(), nothing.eventsMicro(), nothing.slotsMicro())) {
                        assertEquals(0, prf.tp() + prf.fp(), prf.toString());
                        assertTrue(prf.precision().isEmpty(), "precision of nothing is n/a");
                    }
                }
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("random test failed with seed " + seed + "L", e);
        }
    }
}
