package org.interdict.eval;

import static org.interdict.eval.Fixtures.assertPrf;
import static org.interdict.eval.Fixtures.cargo;
import static org.interdict.eval.Fixtures.date;
import static org.interdict.eval.Fixtures.event;
import static org.interdict.eval.Fixtures.gold;
import static org.interdict.eval.Fixtures.group;
import static org.interdict.eval.Fixtures.instrument;
import static org.interdict.eval.Fixtures.party;
import static org.interdict.eval.Fixtures.prediction;
import static org.interdict.eval.Fixtures.score;
import static org.interdict.eval.Fixtures.text;
import static org.interdict.eval.Fixtures.vessel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerSlotTest {

    private static ObjectNode fullGoldEvent(ObjectNode doc) {
        ObjectNode g = event(doc, "g1", "SEIZURE", "ASSERTED", 0, 200);
        g.set("date", date("May 2012", "2012-05"));
        g.set("authority", party("South Korean customs", "KOR"));
        g.set("location", party("Busan", "KOR"));
        g.set("vessel", vessel("the North Korean-flagged Chong Chon Gang", "Chong Chon Gang"));
        ((ArrayNode) g.get("cargo")).add(cargo("445 graphite cylinders", "graphite cylinder", 445))
                .add(cargo("missile parts", "missile component", null));
        ((ArrayNode) g.get("declaredCargo")).add(text("lead piping"));
        ((ArrayNode) g.get("origin")).add(party("North Korean-made", "PRK"));
        ((ArrayNode) g.get("destination")).add(party("Syria", "SYR")).add(group("Hezbollah", "Hezbollah"));
        ((ArrayNode) g.get("instruments")).add(instrument("the 2006 UN Security Council sanction", "UNSCR-1718"));
        g.set("attribution", text("diplomats said"));
        return g;
    }

    @Test
    void identicalSlotsAreAllTruePositives() {
        ObjectNode gold = gold("d1", "dev");
        fullGoldEvent(gold);
        ObjectNode prediction = prediction("d1");
        prediction.set("events", gold.get("events").deepCopy());
        EvalReport report = score(gold, prediction);
        // date, authority, location, vessel, 2 cargo, declared, origin, 2 destination, instrument, attribution
        assertPrf("slots micro", 12, 0, 0, 1.0, 1.0, 1.0, report.slotsMicro());
        assertPrf("aircraft", 0, 0, 0, null, null, null, report.slots().get(Slot.AIRCRAFT));
        assertPrf("cargo", 2, 0, 0, 1.0, 1.0, 1.0, report.slots().get(Slot.CARGO));
    }

    @Test
    void eachSlotRule() {
        ObjectNode gold = gold("d1", "dev");
        fullGoldEvent(gold);
        ObjectNode prediction = prediction("d1");
        ObjectNode p = event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 200);
        p.set("date", date("2012", "2012"));                          // prefix only: FP + FN
        p.set("authority", party("customs", "KOR"));                   // same country: TP
        p.set("location", party("the port of Busan", "KOR"));          // TP
        p.set("vessel", vessel("MV Chong Chon Gang", "MV Chong Chon Gang")); // TP after normalising
        ((ArrayNode) p.get("cargo"))
                .add(cargo("graphite cylinders", "graphite cylinder", 445))   // TP
                .add(cargo("graphite cylinders", "graphite cylinder", 445))   // identical: counted once
                .add(cargo("rifles", null, null));                           // FP; "missile parts" FN
        ((ArrayNode) p.get("declaredCargo")).add(text("piping"));           // token overlap: TP
        ((ArrayNode) p.get("origin")).add(party("North Korea", "PRK")).add(party("Pyongyang", "PRK")); // one TP
        ((ArrayNode) p.get("destination")).add(party("Syrian", "SYR"));    // TP; Hezbollah FN
        // no instrument: FN; no attribution: FN; no aircraft on either side: nothing
        EvalReport report = score(gold, prediction);

        assertPrf("date", 0, 1, 1, 0.0, 0.0, 0.0, report.slots().get(Slot.DATE));
        assertPrf("authority", 1, 0, 0, 1.0, 1.0, 1.0, report.slots().get(Slot.AUTHORITY));
        assertPrf("location", 1, 0, 0, 1.0, 1.0, 1.0, report.slots().get(Slot.LOCATION));
        assertPrf("vessel", 1, 0, 0, 1.0, 1.0, 1.0, report.slots().get(Slot.VESSEL));
        assertPrf("aircraft", 0, 0, 0, null, null, null, report.slots().get(Slot.AIRCRAFT));
        assertPrf("cargo", 1, 1, 1, 0.5, 0.5, 0.5, report.slots().get(Slot.CARGO));
        assertPrf("declaredCargo", 1, 0, 0, 1.0, 1.0, 1.0, report.slots().get(Slot.DECLARED_CARGO));
        assertPrf("origin", 1, 0, 0, 1.0, 1.0, 1.0, report.slots().get(Slot.ORIGIN));
        assertPrf("destination", 1, 0, 1, 1.0, 0.5, 2.0 / 3, report.slots().get(Slot.DESTINATION));
        assertPrf("instruments", 0, 0, 1, null, 0.0, 0.0, report.slots().get(Slot.INSTRUMENTS));
        assertPrf("attribution", 0, 0, 1, null, 0.0, 0.0, report.slots().get(Slot.ATTRIBUTION));
        assertPrf("micro", 7, 2, 5, 7.0 / 9, 7.0 / 12, 14.0 / 21, report.slotsMicro());

        List<SlotError> errors = report.slotErrors();
        assertEquals(new SlotError("d1", ErrorKind.FALSE_POSITIVE, "p1", Slot.DATE, "2012 [2012]"), errors.get(0));
        assertEquals(new SlotError("d1", ErrorKind.FALSE_NEGATIVE, "g1", Slot.DATE, "May 2012 [2012-05]"),
                errors.get(1));
        assertEquals(new SlotError("d1", ErrorKind.FALSE_NEGATIVE, "g1", Slot.DESTINATION,
                "Hezbollah [group Hezbollah]"), errors.get(4));
        assertEquals(7, errors.size());
    }

    @Test
    void cargoQuantityMustAgreeWhenGoldGivesOne() {
        ObjectNode gold = gold("d1", "dev");
        ObjectNode g = event(gold, "g1", "SEIZURE", "ASSERTED", 0, 100);
        ((ArrayNode) g.get("cargo")).add(cargo("445 graphite cylinders", null, 445)).add(cargo("rifles", null, null));
        ObjectNode prediction = prediction("d1");
        ObjectNode p = event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 100);
        ((ArrayNode) p.get("cargo")).add(cargo("400 graphite cylinders", null, 400)).add(cargo("AK rifles", null, 30));
        assertPrf("cargo", 1, 1, 1, 0.5, 0.5, 0.5, score(gold, prediction).slots().get(Slot.CARGO));
    }

    @Test
    void unmatchedEventsMakeEverySlotValueAnError() {
        ObjectNode gold = gold("d1", "dev");
        ObjectNode g = event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        g.set("location", party("Port Sudan", "SDN"));
        g.set("date", date("2009", "2009"));
        ObjectNode prediction = prediction("d1");
        ObjectNode p = event(prediction, "p1", "SEIZURE", "ASSERTED", 100, 150);
        p.set("vessel", vessel("the Monchegorsk", "Monchegorsk"));
        EvalReport report = score(gold, prediction);
        assertPrf("events", 0, 1, 1, 0.0, 0.0, 0.0, report.eventsMicro());
        assertPrf("slots", 0, 1, 2, 0.0, 0.0, 0.0, report.slotsMicro());
    }

    @Test
    void textFallbacksAndNormalisations() {
        ObjectNode gold = gold("d1", "dev");
        ObjectNode g = event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        g.set("location", party("the Strait of Hormuz", null));
        g.set("authority", group("the Houthis", "Houthis"));
        g.set("date", date("recently", null));
        ObjectNode aircraft = Fixtures.NODES.objectNode();
        aircraft.put("text", "an Ilyushin Il-76 registered 4L-AWA");
        aircraft.put("type", "Ilyushin Il-76");
        aircraft.put("registration", "4L-AWA");
        g.set("aircraft", aircraft);
        ObjectNode prediction = prediction("d1");
        ObjectNode p = event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 50);
        p.set("location", party("Hormuz", null));
        p.set("authority", group("Houthis", "houthis"));
        p.set("date", date("recently", null));
        ObjectNode predictedAircraft = Fixtures.NODES.objectNode();
        predictedAircraft.put("text", "the plane");
        predictedAircraft.putNull("type");
        predictedAircraft.put("registration", "4l awa");
        p.set("aircraft", predictedAircraft);
        EvalReport report = score(gold, prediction);
        assertPrf("micro", 4, 0, 0, 1.0, 1.0, 1.0, report.slotsMicro());

        // a resolved prediction for an unresolvable gold date is wrong
        p.set("date", date("recently", "2013-07"));
        assertPrf("date", 0, 1, 1, 0.0, 0.0, 0.0, score(gold, prediction).slots().get(Slot.DATE));
    }
}
