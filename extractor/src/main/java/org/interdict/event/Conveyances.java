package org.interdict.event;

import static org.interdict.event.Parties.party;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.AircraftRef;
import org.interdict.model.CargoItem;
import org.interdict.model.Entity;
import org.interdict.model.EventType;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.VesselRef;
import org.interdict.pattern.Relation;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleMatch.TokenRange;
import org.interdict.text.Sentence;

/**
 * The ship or aircraft that carried the goods: named vessels with flag and IMO number, unnamed boats,
 * navy ships as interdicting parties, aircraft types and registrations, and the places flights arrived.
 * Stateless.
 */
final class Conveyances {

    private static final Pattern UNNAMED_VESSEL = Pattern.compile("\\b(?:[Aa]n?|[Aa]nother)\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?"
            + "(?:dhow|fishing boat|boat|ship|vessel|freighter|trawler|tanker|skiff|cargo ship|merchant ship)s?\\b");

    private static final Pattern NAVAL = Pattern.compile("(?i)\\b(navy|naval|warship|patrol|coast ?guard|military|research)\\b");

    private static final Pattern IMO = Pattern.compile("IMO\\s*(?:number\\s*|no\\.?\\s*)?(\\d{7})");

    private static final Pattern NATIONAL_SHIP = Pattern.compile(
            "\\s+([a-z][a-z-]*\\s+){0,2}(vessel|ship|freighter|dhow|boat|tanker|trawler)s?\\b");

    private static final Pattern AIRCRAFT_OWNER_GAP = Pattern.compile("(?i)\\s*((air force|military|army|navy|government|"
            + "state|cargo|transport)\\s+){0,2}");

    private static final Pattern ARRIVAL_AT = Pattern.compile("(?i)\\b(arrived|landed|unloaded|offloaded|docked|"
            + "handed over|touched down)\\b[^.;]{0,50}?\\b(in|at|near)\\b");

    /**
     * "the North Korean vessel MV Kuwolsan", "an Iranian fishing boat": a ship described by its nationality
     * (not by its flag: "the Bahamas-flagged …") sails for that country, where the goods came from.
     */
    static void shipNationality(DocumentAnalysis doc, Sentence sentence, Frame frame) {
        String text = doc.analyzed().text();
        for (Entity entity : doc.entitiesIn(sentence.start(), sentence.end())) {
            if (entity.type() != EntityType.COUNTRY || entity.id() == null) {
                continue;
            }
            Matcher ship = NATIONAL_SHIP.matcher(text.substring(entity.end(), Math.min(sentence.end(), entity.end() + 40)));
            if (ship.lookingAt() && !NAVAL.matcher(ship.group()).find()
                    && !namesWarship(doc, entity.end() + ship.end(), sentence.end())) {
                Party nationality = new Party(entity.text(), entity.id(), null);
                Frame.addParty(frame.origin, nationality);
                frame.flagOrigin = nationality;
                return;
            }
        }
    }

    /** "The Australian ship HMAS Darwin": a navy's ship named right after the ship noun. */
    private static boolean namesWarship(DocumentAnalysis doc, int from, int limit) {
        for (Entity entity : doc.entitiesIn(from, Math.min(limit, from + 40))) {
            if (entity.start() > from + 1) {
                break;
            }
            if (entity.type() == EntityType.VESSEL && entity.attribute("navy") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "… boarded a stateless dhow off Oman": a ship the report does not name is still the vessel of the
     * seizure. Only an indefinite phrase counts ("the ship" points back to a named one).
     */
    static VesselRef unnamedVessel(DocumentAnalysis doc, Sentence sentence) {
        Matcher phrase = UNNAMED_VESSEL.matcher(doc.text(sentence));
        while (phrase.find()) {
            // "an Australian navy ship" is the boarding party, not the ship boarded
            if (!NAVAL.matcher(phrase.group()).find()) {
                return new VesselRef(phrase.group(), null, null, null);
            }
        }
        return null;
    }

    static VesselRef vessel(DocumentAnalysis doc, Sentence sentence) {
        String text = doc.analyzed().text();
        for (Entity entity : doc.entitiesIn(sentence.start(), sentence.end())) {
            if (entity.type() != EntityType.VESSEL || entity.attribute("navy") != null) {
                continue;
            }
            String flag = entity.attribute("flag");
            int phraseStart = entity.start();
            // "the North Korean-flagged Chong Chon Gang": the flag named in the text wins over the gazetteer's
            String before = text.substring(Math.max(sentence.start(), entity.start() - 40), entity.start());
            int flagged = before.toLowerCase(Locale.ROOT).lastIndexOf("-flagged");
            if (flagged >= 0 && before.substring(flagged + 8).isBlank()) {
                int absolute = entity.start() - before.length() + flagged;
                for (Entity country : doc.entitiesOverlapping(absolute - 30, absolute)) {
                    if (country.type() == EntityType.COUNTRY && country.end() <= absolute) {
                        flag = country.id();
                        phraseStart = country.start();
                    }
                }
            }
            String imo = entity.attribute("imo");
            Matcher imoMatcher = IMO.matcher(text.substring(entity.end(), Math.min(sentence.end(), entity.end() + 30)));
            if (imoMatcher.find()) {
                imo = imoMatcher.group(1);
            }
            return new VesselRef(text.substring(phraseStart, entity.end()), entity.canonical(), flag, imo);
        }
        return null;
    }

    /** A navy ship named in the sentence ("USS Forrest Sherman"), as the interdicting party. */
    static Party navyShip(DocumentAnalysis doc, Sentence sentence) {
        for (Entity entity : doc.entitiesIn(sentence.start(), sentence.end())) {
            if (entity.type() == EntityType.VESSEL && entity.attribute("navy") != null) {
                int start = Math.max(sentence.start(), entity.start() - 6);
                String before = doc.analyzed().text().substring(start, entity.start());
                int prefix = before.lastIndexOf(' ', before.length() - 2);
                // "USS Gravely" keeps its prefix; without a space in reach the name starts the text
                int textStart = prefix < 0 ? entity.start() : start + prefix + 1;
                return Party.country(doc.analyzed().text().substring(textStart, entity.end()),
                        entity.attribute("navy"));
            }
        }
        return null;
    }

    /**
     * The aircraft of the event: a registration beats a type ("Il-76"), which beats a bare "plane";
     * "jet fuel" is no jet.
     */
    static AircraftRef aircraft(DocumentAnalysis doc, List<RuleMatch> matches) {
        AircraftRef best = null;
        int bestRank = 0;
        for (RuleMatch match : matches) {
            if (match.relation() != Relation.AIRCRAFT) {
                continue;
            }
            TokenRange type = match.group("$aircraft");
            TokenRange registration = match.group("$registration");
            if (type.end() < doc.analyzed().tokens().size()
                    && doc.analyzed().tokens().get(type.end()).text().equalsIgnoreCase("fuel")) {
                continue;
            }
            String typeText = doc.text(type);
            if (registration == null && Frame.GENERIC_AIRCRAFT.matcher(typeText).matches() && doc.entitiesOverlapping(
                    doc.charStart(type), doc.charEnd(type)).stream().anyMatch(e -> e.type() == EntityType.WEAPON)) {
                // "two MiG-21 fighter aircraft" under sugar: aircraft that are the goods, not what flew them
                continue;
            }
            if (registration == null && doc.entitiesOverlapping(doc.charStart(type), doc.charEnd(type)).stream()
                    .anyMatch(e -> e.type() == EntityType.WEAPON && "COMBAT_AIRCRAFT".equals(e.attribute("category")))) {
                // "Russia delivered Yak-130 jets": a combat type is the goods, not the plane that flew them
                continue;
            }
            int rank = registration != null ? 3 : Frame.GENERIC_AIRCRAFT.matcher(typeText).matches() ? 1 : 2;
            if (rank > bestRank) {
                int end = registration == null ? doc.charEnd(type) : doc.charEnd(registration);
                best = new AircraftRef(doc.analyzed().text().substring(doc.charStart(type), end), designation(typeText),
                        registration == null ? null : doc.text(registration));
                bestRank = rank;
            }
        }
        return best;
    }

    /** "Ilyushin-76", "Ilyushin 76", "Antonov-12": a maker's name written for the design bureau's prefix. */
    private static final Pattern MAKER_NUMBER = Pattern.compile("(?i)(ilyushin|antonov|tupolev|yakovlev)[- ](\\d+\\w*)");
    private static final java.util.Map<String, String> BUREAU_PREFIX = java.util.Map.of("ilyushin", "Il", "antonov", "An",
            "tupolev", "Tu", "yakovlev", "Yak");

    /** The type as its designation is usually written: "Ilyushin-76" is the Il-76 (other types as written). */
    static String designation(String type) {
        Matcher m = MAKER_NUMBER.matcher(type);
        return m.matches() ? BUREAU_PREFIX.get(m.group(1).toLowerCase(java.util.Locale.ROOT)) + "-" + m.group(2) : type;
    }

    /** The aircraft that carried the goods: the conveyance, not part of the cargo. */
    static void flownBy(DocumentAnalysis doc, int s, List<RuleMatch> matches, Frame frame) {
        frame.aircraft = aircraftAround(doc, s, matches);
        dropCarrier(frame);
    }

    /** Takes the aircraft that carried the goods out of the goods, unless it is all the cargo named. */
    static void dropCarrier(Frame frame) {
        // a delivered plane may be all the goods of a transfer; a searched plane is never what was seized
        for (int i = frame.cargo.size() - 1; i >= 0 && (frame.cargo.size() > 1 || frame.type == EventType.SEIZURE); i--) {
            if (isCarrier(frame.aircraft, frame.cargo.get(i))) {
                frame.removeCargo(i);
            }
        }
    }

    /**
     * "… landed at Murted aboard a Russian An-124": with no supplier named, the state whose aircraft flew the
     * goods in is the supplier.
     */
    static void aircraftNationality(DocumentAnalysis doc, Sentence sentence, Frame frame) {
        if (frame.aircraft == null || frame.aircraft.text() == null) {
            return;
        }
        String text = doc.analyzed().text();
        int at = text.indexOf(frame.aircraft.text(), sentence.start());
        if (at < 0 || at >= sentence.end()) {
            return;
        }
        for (Entity entity : doc.entitiesIn(Math.max(sentence.start(), at - 30), at)) {
            if (entity.type() == EntityType.COUNTRY && entity.id() != null
                    && AIRCRAFT_OWNER_GAP.matcher(text.substring(entity.end(), at)).matches()
                    && frame.destination.stream().noneMatch(d -> entity.id().equals(d.country()))) {
                Frame.addParty(frame.origin, new Party(entity.text(), entity.id(), null));
                return;
            }
        }
    }

    /** The place after an arrival or handover verb of the sentence ("arrived in Ukraine", "landed at … near Manila"). */
    static Party arrivalPlace(DocumentAnalysis doc, Sentence sentence) {
        Matcher arrival = ARRIVAL_AT.matcher(doc.text(sentence));
        while (arrival.find()) {
            int from = sentence.start() + arrival.end();
            for (Entity entity : doc.entitiesIn(from, Math.min(sentence.end(), from + 70))) {
                Party party = party(doc, entity);
                if ((entity.type() == EntityType.LOCATION || entity.type() == EntityType.COUNTRY) && party != null
                        && party.country() != null) {
                    return new Party(entity.text(), party.country(), null);
                }
            }
        }
        return null;
    }

    /** Whether an item of cargo is the aircraft that carried the goods ("an Il-76 … carrying rifles"). */
    static boolean isCarrier(AircraftRef aircraft, CargoItem item) {
        if (aircraft == null || aircraft.type() == null || item.quantity() != null) {
            return false;
        }
        String type = compact(aircraft.type());
        // the text too: "IL-76TD" is the plane though its canonical name is "Ilyushin Il-76"
        return !type.isEmpty() && (item.canonical() != null && names(compact(item.canonical()), type)
                || names(compact(item.text()), type));
    }

    private static boolean names(String name, String type) {
        return !name.isEmpty() && (name.contains(type) || type.contains(name));
    }

    private static String compact(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * "A Russian An-124 cargo plane landed …, and the equipment was handed over": when the plane is all the
     * cargo found, the goods it brought are named by a general word of the sentence.
     */
    static void goodsOfTheFlight(DocumentAnalysis doc, Sentence sentence, Frame frame) {
        if (frame.cargo.size() != 1 || !isCarrier(frame.aircraft, frame.cargo.get(0))) {
            return;
        }
        Matcher goods = TransferAssembler.PURCHASED_GOODS.matcher(doc.text(sentence));
        if (goods.find()) {
            int start = sentence.start() + goods.start();
            frame.removeCargo(0);
            frame.addCargo(new CargoItem(goods.group(), null, null, null, null),
                    new Span(start, start + goods.group().length()));
        }
    }

    /**
     * Replaces a bare "plane" or "jet" of the frame by the type a sentence telling more of it names; a seizure
     * with no ship or plane yet ("arrived on a cargo flight from Miami") takes the plane named there ("freight
     * unloaded from a Boeing 767").
     */
    static void namedType(DocumentAnalysis doc, List<RuleMatch> matches, Frame frame) {
        boolean noConveyance = frame.aircraft == null && frame.vessel == null && frame.unnamedVessel == null;
        if (!noConveyance && (frame.aircraft == null || !Frame.isGenericAircraft(frame.aircraft))) {
            return;
        }
        AircraftRef named = aircraft(doc, matches);
        if (named != null && !Frame.isGenericAircraft(named)) {
            frame.aircraft = named;
            dropCarrier(frame);
        }
    }

    private static AircraftRef aircraftAround(DocumentAnalysis doc, int s, List<RuleMatch> matches) {
        AircraftRef here = aircraft(doc, matches);
        if (here != null && !Frame.GENERIC_AIRCRAFT.matcher(here.type()).matches()) {
            return here;
        }
        // "… impounded a cargo aircraft … The Ilyushin Il-76, registered in Georgia as 4L-AWA, …"
        for (int other : new int[] {s + 1, s - 1, s + 2}) {
            // a plane that "landed in Bangkok to refuel" may still be named there
            // (a sentence before that tells an incident of its own names that incident's plane)
            if (other >= 0 && other < doc.analyzed().sentences().size() && (!EventAssembler.hasTrigger(doc, other)
                    || doc.matches(other).stream().filter(m -> m.relation().isTrigger())
                            .allMatch(m -> m.rule().name().equals("transfer.arrival")))) {
                AircraftRef near = aircraft(doc, doc.matches(other));
                if (near != null && !Frame.GENERIC_AIRCRAFT.matcher(near.type()).matches()) {
                    return near;
                }
            }
        }
        return here;
    }

    /** Words that tell a plane carried goods: it arrived, was grounded, was loaded, had them aboard. */
    private static final Pattern CARRIED_BY_PLANE = Pattern.compile("(?i)\\b(arrived|arriving|landed|landing|flown|flew|"
            + "grounded|impounded|touched\\s+down|put\\s+down|aboard|on\\s+board|loaded|carrying|carried|cargo|freight|"
            + "chartered|belongs|belonged|registered|crew|hold|planeload)\\b");
    /** The seizing side's planes: "surveillance aircraft", "a patrol plane", "fighter jets". */
    private static final Pattern WATCHING_PLANE = Pattern.compile("(?i)\\b(surveillance|reconnaissance|patrol|fighter|"
            + "escort|escorting|spotter|maritime|tanker|drone|unmanned|military|air\\s+force)\\s+([\\w-]+\\s+)?$");

    /**
     * "… impounded a planeload of ammunition at Beni. The aircraft, which belongs to a private company, …": with
     * no ship or plane in the seizure's sentence, a plane told as the carrier in the sentence before or after it
     * (one that tells no incident of its own), even a plane named only as such.
     */
    static AircraftRef carrierNearby(DocumentAnalysis doc, int s) {
        for (int other : new int[] {s + 1, s - 1}) {
            if (other < 0 || other >= doc.analyzed().sentences().size() || EventAssembler.hasTrigger(doc, other)) {
                continue;
            }
            AircraftRef near = aircraft(doc, doc.matches(other));
            Sentence sentence = doc.analyzed().sentences().get(other);
            if (near == null || !CARRIED_BY_PLANE.matcher(doc.text(sentence)).find()) {
                continue;
            }
            int at = doc.analyzed().text().indexOf(near.text(), sentence.start());
            if (at >= 0 && !WATCHING_PLANE.matcher(doc.analyzed().text().substring(sentence.start(), at)).find()) {
                return near;
            }
        }
        return null;
    }
}
