package org.interdict.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.interdict.model.AircraftRef;
import org.interdict.model.CargoItem;
import org.interdict.model.DateValue;
import org.interdict.model.Event;
import org.interdict.model.EventType;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.TextRef;
import org.interdict.model.VesselRef;
import org.interdict.text.Sentence;

/**
 * A mutable event under construction: the slots event assembly fills from one or more sentences, the
 * evidence sentences, and how frames about one incident merge ({@link #absorb}) and become an {@link Event}.
 * Not thread-safe: one assembly run owns its frames.
 */
final class Frame {

    private static final Pattern HOME_AGENCY = Pattern.compile(
            "\\b(customs|police|border|gendarm|soldiers|troops|army|military|coast ?guards?|security forces|defen[cs]e forces"
                    + "|officers|inspectors|agents|officials|authorities|forces|detectives)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AGENCY_ABROAD = Pattern.compile("\\b(nav(y|al)|marines|task force|coalition|peacekeep)",
            Pattern.CASE_INSENSITIVE);

    final EventType type;
    Modality modality = Modality.ASSERTED;
    DateValue date;
    Party authority;
    Party location;
    /** The location when it is a place on some agency's home ground with no country yet; see onHomeGround. */
    Party homeGround;
    /** "border guards": an agent of no named country, placed by the dateline at the end; see assemble. */
    String unplacedAgent;
    /** A transfer told only as an arrival ("landed at Jakarta"); see {@link EventAssembler#assemble}. */
    boolean arrival;
    /** Opened by a definite noun ("the seizure"): a back reference to an incident already told. */
    boolean backReference;
    /** Whether the trigger hands goods or a ship already taken to other agents ("took custody of the ship"). */
    boolean handOver;
    /** A seizure named back as what someone announced or reported ("which announced the seizure"). */
    boolean announced;
    VesselRef vessel;
    /** "a stateless dhow": the vessel when no named one joins the event; merging ignores it. */
    VesselRef unnamedVessel;
    AircraftRef aircraft;
    final List<CargoItem> cargo = new ArrayList<>();
    final List<Span> cargoSpans = new ArrayList<>();
    private final java.util.TreeMap<Integer, Integer> cargoEnds = new java.util.TreeMap<>();
    final List<TextRef> declaredCargo = new ArrayList<>();
    final List<Party> origin = new ArrayList<>();
    /** The origin read from the ship's nationality ("a North Korean freighter"), weaker than a stated route. */
    Party flagOrigin;
    final List<Party> destination = new ArrayList<>();
    final List<InstrumentRef> instruments = new ArrayList<>();
    TextRef attribution;
    final List<Span> evidence = new ArrayList<>();
    private final Set<Span> evidenceSet = new java.util.HashSet<>();

    final int firstSentence;
    int lastSentence;

    Frame(EventType type, Sentence sentence, int index) {
        this.type = type;
        this.firstSentence = index;
        this.lastSentence = index;
        addEvidence(sentence);
    }

    /**
     * Whether the two frames may describe one incident: no slot that both fill disagrees, and for
     * transfers the same supplier and recipient.
     */
    /** Equal, unknown on one side, or one inside the other ("2013-07" holds "2013-07-15"). */
    private static boolean datesAgree(String a, String b) {
        return a == null || b == null || a.equals(b) || a.startsWith(b + "-") || b.startsWith(a + "-")
                // "this week" (2021-W23) and "on Tuesday" (2021-06-08): the day lies in the week
                || a.contains("-W") && EventDates.within(b, a) || b.contains("-W") && EventDates.within(a, b)
                // "at the weekend" (2018-01-06/2018-01-07) and "on Saturday" (2018-01-06): the day lies in the range
                || inRange(b, a) || inRange(a, b);
    }

    /** Whether a day ("2018-01-06") or a month lies in a range of days ("2018-01-06/2018-01-07"). */
    private static boolean inRange(String when, String range) {
        int slash = range.indexOf('/');
        if (slash < 0 || when.indexOf('/') >= 0) {
            return false;
        }
        String from = range.substring(0, slash);
        String to = range.substring(slash + 1);
        return when.length() == 10 ? when.compareTo(from) >= 0 && when.compareTo(to) <= 0
                : from.startsWith(when + "-") || to.startsWith(when + "-");
    }

    /**
     * Whether {@code finer} dates the same time as {@code coarser} more precisely ("2021-08-09" in "2021-08"):
     * a lead dated "earlier this month" takes the day its details give, so that a second find on another day
     * no longer agrees with it.
     */
    private static boolean refines(DateValue finer, DateValue coarser) {
        return finer != null && coarser != null && finer.value() != null && coarser.value() != null
                && !coarser.value().contains("-W") && finer.value().startsWith(coarser.value() + "-");
    }

    /** Days between two dates given to the day; a large number when either is less precise or missing. */
    static long daysApart(String a, String b) {
        if (a == null || b == null || a.length() != 10 || b.length() != 10) {
            return Long.MAX_VALUE;
        }
        try {
            return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a),
                    java.time.LocalDate.parse(b)));
        } catch (java.time.format.DateTimeParseException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * "By comparison, the interception of a convoy by Nigerien troops in May 2014 …" after a find by the
     * Algerian army in 2016: another year or another state's agents make a definite noun a new incident.
     */
    boolean toldApart(Frame other) {
        return toldInAnotherYear(other) || !agree(authority == null ? null : authority.country(),
                other.authority == null ? null : other.authority.country());
    }

    boolean toldInAnotherYear(Frame other) {
        return !agree(year(date), year(other.date));
    }

    private static String year(DateValue date) {
        return date == null || date.value() == null || date.value().length() < 4 ? null : date.value().substring(0, 4);
    }

    boolean compatible(Frame other) {
        return compatibleIn(other, true);
    }

    boolean compatibleIn(Frame other, boolean sameModality) {
        if (type == EventType.TRANSFER && (!sharesParty(origin, other.origin) || !sharesParty(destination, other.destination))) {
            return false;
        }
        String when = date == null ? null : date.value();
        String otherWhen = other.date == null ? null : other.date.value();
        // a lead and its details may date different steps of one operation (boarded on Sunday, broke
        // off on Monday): there, days a little apart still agree
        return type == other.type && (!sameModality || modality == other.modality)
                && (datesAgree(when, otherWhen) || !sameModality && daysApart(when, otherWhen) <= 2)
                && agree(vesselName(vessel), vesselName(other.vessel))
                && agree(location == null ? null : location.country(),
                        other.location == null ? null : other.location.country())
                && agree(authority == null ? null : authority.country(),
                        other.authority == null ? null : other.authority.country())
                && !countsDiffer(other);
    }

    /**
     * "On 6 September officers uncovered 1,100 pump-action rifles … On 23 May the command intercepted 440
     * pump-action rifles": the same goods (same entry, same head word) counted differently are two finds.
     */
    private boolean countsDiffer(Frame other) {
        boolean sameGoods = false;
        for (CargoItem mine : cargo) {
            for (CargoItem theirs : other.cargo) {
                if (mine.quantity() == null || theirs.quantity() == null || mine.canonical() == null
                        || !mine.canonical().equals(theirs.canonical())
                        || !singular(lastWord(mine.text())).equals(singular(lastWord(theirs.text())))) {
                    continue;
                }
                double ratio = mine.quantity().doubleValue() / Math.max(1e-9, theirs.quantity().doubleValue());
                if (ratio > 0.8 && ratio < 1.25) {
                    // "close to 900 rounds" and then "889 rounds": one count, rounded once
                    return false;
                }
                sameGoods = true;
            }
        }
        return sameGoods;
    }

    private static boolean sharesParty(List<Party> a, List<Party> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(p -> b.stream().anyMatch(q -> sameParty(p, q)));
    }

    static String vesselName(VesselRef vessel) {
        return vessel == null || vessel.name() == null ? null : vessel.name().toLowerCase(Locale.ROOT);
    }

    static boolean agree(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    void addEvidence(Sentence sentence) {
        addEvidence(new Span(sentence.start(), sentence.end()));
    }

    /**
     * Adds a span, keeping the evidence sorted and without repeats. A set answers "already there?" and
     * a span after the last one is appended without sorting: a frame that absorbs thousands of
     * follow-ups (one long report about one ship) stays linear.
     */
    private void addEvidence(Span span) {
        if (evidenceSet.add(span)) {
            boolean inOrder = evidence.isEmpty() || evidence.get(evidence.size() - 1).start() <= span.start();
            evidence.add(span);
            if (!inOrder) {
                evidence.sort(Comparator.comparingInt(Span::start));
            }
        }
    }

    /**
     * Whether a cargo span already holds [start, end). The spans are indexed by start with the
     * longest end there, and only the few spans starting just before are looked at: cargo spans are
     * short phrases, and a sentence listing thousands of items stays linear.
     */
    boolean coversCargo(int start, int end) {
        java.util.Map.Entry<Integer, Integer> entry = cargoEnds.floorEntry(start);
        for (int step = 0; entry != null && step < 8; step++) {
            if (entry.getValue() >= end) {
                return true;
            }
            entry = cargoEnds.lowerEntry(entry.getKey());
        }
        return false;
    }

    void addCargo(CargoItem item, Span span) {
        cargo.add(item);
        cargoSpans.add(span);
        cargoEnds.merge(span.start(), span.end(), Math::max);
    }

    void removeCargo(int index) {
        cargo.remove(index);
        cargoSpans.remove(index);
        cargoEnds.clear();
        cargoSpans.forEach(span -> cargoEnds.merge(span.start(), span.end(), Math::max));
    }

    /** A frame for another incident told in the same sentence: the shared slots, no goods, no date. */
    Frame sharedCopy(Sentence sentence, int index) {
        Frame copy = new Frame(type, sentence, index);
        copy.modality = modality;
        copy.authority = authority;
        copy.location = location;
        copy.homeGround = homeGround;
        copy.unplacedAgent = unplacedAgent;
        copy.vessel = vessel;
        copy.unnamedVessel = unnamedVessel;
        copy.aircraft = aircraft;
        copy.attribution = attribution;
        copy.declaredCargo.addAll(declaredCargo);
        copy.origin.addAll(origin);
        copy.flagOrigin = flagOrigin;
        copy.destination.addAll(destination);
        copy.instruments.addAll(instruments);
        evidence.forEach(copy::addEvidence);
        copy.lastSentence = lastSentence;
        return copy;
    }

    /**
     * "… seized 2,000 AK-47 rifles … The rifles were …": a bare word that a fuller item of the event ends
     * with restates that item.
     */
    void dropRestatements() {
        // the last words of the fuller items, singular: one pass, so a list of thousands stays linear
        Set<String> fullerHeads = new java.util.HashSet<>();
        for (CargoItem item : cargo) {
            if (!isBare(item)) {
                fullerHeads.add(singular(lastWord(item.text())));
            }
        }
        for (int i = cargo.size() - 1; i >= 0; i--) {
            if (isBare(cargo.get(i)) && fullerHeads.contains(singular(lastWord(cargo.get(i).text())))) {
                removeCargo(i);
            }
        }
    }

    private static boolean isBare(CargoItem item) {
        return item.quantity() == null && !item.text().contains(" ") && item.text().chars().noneMatch(Character::isDigit);
    }

    /** The last word of a text, in lower case. */
    static String lastWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return lower.substring(lower.lastIndexOf(' ') + 1);
    }

    /** A plural word's singular by its final "s" (a rough reading, enough to compare heads). */
    static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }

    /** Puts the cargo in text order. */
    void sortCargo() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cargo.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> cargoSpans.get(i).start()));
        List<CargoItem> items = order.stream().map(cargo::get).toList();
        List<Span> spans = order.stream().map(cargoSpans::get).toList();
        clearCargo();
        for (int i = 0; i < items.size(); i++) {
            addCargo(items.get(i), spans.get(i));
        }
    }

    void clearCargo() {
        cargo.clear();
        cargoSpans.clear();
        cargoEnds.clear();
    }

    void addInstrument(InstrumentRef ref) {
        if (instruments.stream().noneMatch(i -> Objects.equals(i.id(), ref.id()))) {
            instruments.add(ref);
        }
    }

    int slotCount() {
        return count(date) + count(authority) + count(location) + count(vessel) + count(aircraft)
                + cargo.size() + declaredCargo.size() + origin.size() + destination.size()
                + instruments.size() + count(attribution);
    }

    private static int count(Object slot) {
        return slot == null ? 0 : 1;
    }

    void absorb(Frame other) {
        lastSentence = Math.max(lastSentence, other.lastSentence);
        vessel = vessel != null ? vessel : other.vessel;
        unnamedVessel = unnamedVessel != null ? unnamedVessel : other.unnamedVessel;
        date = date != null && !refines(other.date, date) ? date : other.date;
        authority = authority != null ? authority : other.authority;
        unplacedAgent = unplacedAgent != null ? unplacedAgent : other.unplacedAgent;
        if (location == null) {
            location = other.location;
            homeGround = other.homeGround;
        }
        // "a cargo plane" in the lead, "an Il-76 transport" in the details: the type that says more
        aircraft = aircraft == null || other.aircraft != null && isGenericAircraft(aircraft) && !isGenericAircraft(other.aircraft)
                ? other.aircraft : aircraft;
        if (attribution == null || other.attribution != null
                && EventAssembler.isGenericSource(attribution.text()) && !EventAssembler.isGenericSource(other.attribution.text())) {
            attribution = other.attribution;
        }
        for (int i = 0; i < other.cargo.size(); i++) {
            CargoItem item = other.cargo.get(i);
            int same = -1;
            for (int k = 0; k < cargo.size() && same < 0; k++) {
                CargoItem c = cargo.get(k);
                if (Objects.equals(c.canonical(), item.canonical()) && c.canonical() != null
                        || c.text().equalsIgnoreCase(item.text())) {
                    same = k;
                }
            }
            if (same < 0) {
                addCargo(item, other.cargoSpans.get(i));
            } else if (cargo.get(same).quantity() == null && item.quantity() != null) {
                // "a container of pump-action rifles … The latest consignment, 470 pump-action rifles": the count
                removeCargo(same);
                addCargo(item, other.cargoSpans.get(i));
            }
        }
        other.declaredCargo.forEach(d -> addText(declaredCargo, d.text()));
        other.origin.forEach(p -> addParty(origin, p));
        other.destination.forEach(p -> addParty(destination, p));
        other.instruments.forEach(this::addInstrument);
        other.evidence.forEach(this::addEvidence);
        flagOrigin = flagOrigin != null ? flagOrigin : other.flagOrigin;
        // "a North Korean freighter … weapons being sent to North Korea": the ship's country, guessed as the source
        // in one fragment, is where another says the goods were going
        dropFlagOriginNamedAsDestination();
    }

    /**
     * Takes the origin guessed from the ship's or carrier's nationality out again when the destination names the
     * same party: where the goods were going, not where they came from.
     */
    void dropFlagOriginNamedAsDestination() {
        Party flag = flagOrigin;
        if (flag != null && destination.stream().anyMatch(p -> sameParty(p, flag))) {
            origin.removeIf(p -> sameParty(p, flag));
            flagOrigin = null;
        }
    }

    Event toEvent(String id) {
        return new Event(id, type, modality, date, authority, location,
                vessel != null || aircraft != null ? vessel : unnamedVessel, aircraft, cargo, declaredCargo,
                origin, destination, instruments, attribution, evidence, confidence());
    }

    /**
     * A heuristic score in [0.3, 0.95]: a trigger with goods starts at 0.5, each filled core slot adds
     * 0.07, and a modality other than ASSERTED costs 0.1. The eval reports precision per band.
     */
    double confidence() {
        int slots = count(date) + count(authority) + count(location) + count(vessel) + count(aircraft)
                + (origin.isEmpty() ? 0 : 1) + (destination.isEmpty() ? 0 : 1) + (instruments.isEmpty() ? 0 : 1)
                + (cargo.stream().anyMatch(c -> c.canonical() != null) ? 1 : 0);
        double score = 0.5 + 0.07 * slots - (modality == Modality.ASSERTED ? 0 : 0.1);
        return Math.round(Math.max(0.3, Math.min(0.95, score)) * 100) / 100.0;
    }

    static boolean sameParty(Party a, Party b) {
        return Objects.equals(a.country(), b.country()) && Objects.equals(a.group(), b.group());
    }

    static void addParty(List<Party> parties, Party party) {
        if (parties.stream().noneMatch(p -> sameParty(p, party))) {
            parties.add(party);
        }
    }

    /** Adds a phrase unless one already there holds it; a longer phrase replaces those it holds. */
    static void addText(List<TextRef> refs, String text) {
        if (refs.stream().anyMatch(r -> r.text().contains(text))) {
            return;
        }
        refs.removeIf(r -> text.contains(r.text()));
        refs.add(new TextRef(text));
    }

    /**
     * "Turkish police … at the Kapikule border crossing": customs, police, border guards and soldiers act
     * on their own country's ground, so a place the gazetteers do not know (or a border) takes the
     * country of such an agency. Navies and task forces act abroad and at sea and lend no country.
     */
    /** "the plane", "a cargo aircraft": words for an aircraft that name no type. */
    static final Pattern GENERIC_AIRCRAFT = Pattern.compile(
            "(?i)aircraft|plane|airplane|jet|airliner|freighter-jet|cargo-plane");

    /** "the plane", "a cargo aircraft": a word for an aircraft, not its type. */
    static boolean isGenericAircraft(AircraftRef aircraft) {
        return aircraft.registration() == null && (aircraft.type() == null || GENERIC_AIRCRAFT.matcher(aircraft.type()).matches());
    }

    /** Whether an agent named so acts at home: customs, police, border guards, soldiers; not a navy or a task force. */
    static boolean actsAtHome(String agent) {
        return HOME_AGENCY.matcher(agent).find() && !AGENCY_ABROAD.matcher(agent).find();
    }

    static Party onHomeGround(Party location, Party authority, boolean homeAgency) {
        if (location == null || location.country() != null || authority == null || authority.country() == null
                || !homeAgency && !actsAtHome(authority.text())) {
            return location;
        }
        return new Party(location.text(), authority.country(), null);
    }
}
