package org.interdict.event;

import static org.interdict.event.Parties.parties;
import static org.interdict.event.Parties.party;
import static org.interdict.event.Parties.whereTaken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.date.DateMention;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.WorldPlaces;
import org.interdict.model.CargoItem;
import org.interdict.model.DateValue;
import org.interdict.model.Entity;
import org.interdict.model.Event;
import org.interdict.model.EventType;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.TextRef;
import org.interdict.model.VesselRef;
import org.interdict.pattern.Relation;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleMatch.TokenRange;
import org.interdict.text.Sentence;

/**
 * Turns rule matches into events. A sentence with a seizure trigger and arms-related goods or a vessel
 * (in it or in a neighbouring sentence of the same paragraph) opens a seizure frame; its slots come from
 * the slot rules in that sentence and, for what the sentence leaves open, from the next sentence when
 * that one opens no frame of its own ("They were en route to Syria."). Frames about the same vessel
 * merge into one event; report-level passes then complete them (routes, dates and sources told once for
 * several events). Transfers ({@link TransferAssembler}) need a recipient and goods. Ships and aircraft come
 * from {@link Conveyances}, instruments from {@link EventInstruments}, modality from {@link EventModality}.
 * Stateless and thread-safe.
 */
public final class EventAssembler {

    private static final Pattern VESSEL_ANAPHOR = Pattern.compile(
            "(?i)\\b(it|ship|vessel|freighter|tanker|dhow|boat|cargo|shipment|they|crew)\\b");
    /** Where one clause of a sentence ends and a coordinated one begins. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?=(and|while|whereas|but)\\b)|;\\s+");
    private static final Pattern AND_BREAK = Pattern.compile("\\s+(?=and\\s)");
    /** A weighed or counted drug haul: "2 tonnes of hashish", "400 kilograms of cannabis resin". */
    private static final Pattern DRUG_HAUL = Pattern.compile("(?i)\\b[\\d.,]+\\s*(tonnes?|tons?|kilograms?|kilos?|kg|grams?|"
            + "pounds?|lbs?|bales|packages|packets|bags)\\s+of\\s+([\\w-]+\\s+)?(hashish|cannabis|marijuana|cocaine|heroin|"
            + "methamphetamine|khat|captagon|tramadol|drugs|narcotics)\\b");
    /** Someone looking at the goods later: "The Panel inspected samples …", "experts examined the rifles". */
    private static final Pattern LATER_VISIT = Pattern.compile("(?i)\\b(inspected|examined|visited|photographed|"
            + "analy[sz]ed|interviewed|viewed)\\b");
    /** "we", "our": a body speaking of itself. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(we|our)\\b");
    private static final Pattern OTHER_GOODS = Pattern.compile("(?i)\\b(oil|petroleum|diesel|fuel|coal|gasoline|"
            + "crude|fish|catch|cocaine|heroin|drugs|narcotics|methamphetamine|cigarettes|timber|charcoal|migrants|"
            + "hashish|cannabis|marijuana|khat|captagon|tramadol|ivory)\\b");
    /**
     * "has seized eight firearms since the start of the year", "In 2020 it confiscated 11 firearms": a
     * running count or a year's total by the agency the report is about, not an incident.
     */
    private static final Pattern TALLY = Pattern.compile("(?i)\\b(since the (start|beginning) of|so far (this|in)\\b|"
            + "to date\\b|year to date|in the first \\w+ months of)|^(In|During|Over|Throughout) (the whole of )?"
            + "(19|20)\\d\\d,? (it|they|the (unit|agency|service|force|police|customs))\\b"
            // "Since January, Croatian police have seized 140 firearms", "… have recovered more than 300 guns since
            // January": a running total told in the perfect
            + "|(^|[:;,]\\s*)[Ss]ince\\b[^.;]*\\b(have|has)\\b|\\b(have|has) (\\w+ ){0,2}(seized|intercepted|recovered|confiscated|"
            + "detained|found|impounded|stopped)\\b[^.;]*\\bsince (early |late |mid-)?(january|february|march|april|may|"
            + "june|july|august|september|october|november|december|(19|20)\\d\\d|last|the (start|beginning))\\b"
            // "its border police have reported a rise in ammunition and grenade finds at crossings this year": a trend
            + "|\\b(rise|increase|surge|jump|drop|decline|fall|spike|growth) in\\b[^.;]{0,40}\\b(finds|seizures|"
            + "interceptions|recoveries|confiscations)\\b"
            // "Niger's security forces reported seizing around 400 weapons in 2020": a year's count
            + "|\\b(reported|recorded|registered|logged|counted) (seizing|recovering|confiscating|intercepting|"
            + "seizures of)\\b[^.;]*\\b(in|during) (19|20)\\d\\d\\b"
            // "Last year customs officers across Nigeria seized more than 1,100 firearms": a year's tally
            + "|\\b(last|this|that|the previous|the past) year\\b[^.;]*\\b(across|throughout|nationwide)\\b"
            + "|\\b(across|throughout) (the country|\\p{Lu}[\\p{L}-]+)\\b[^.;]*\\b(last|this|that) year\\b"
            // "… which account for most guns recovered at crime scenes in Mexico": a share of all finds
            + "|\\b(most|many|much|the majority|a majority|a third|half|\\d+ (per ?cent|%))( of)?( the)? (guns|firearms|"
            + "weapons|arms|rifles)\\b[^.;]{0,20}\\b(recovered|seized|found|traced|confiscated)\\b");
    private static final Pattern SEVERAL_SHIPS = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|"
            + "several|multiple|[2-9]|\\d\\d+) (separate |other |more |further |distinct )?([\\w-]+-laden |suspect |suspicious )?(vessels|ships|dhows|boats|shipments|"
            + "consignments|finds|seizures|interceptions|interdictions|incidents|cases)\\b");
    private static final Pattern OVER_A_PERIOD = Pattern.compile("(?i)\\b(between|from) (early |late |mid-)?"
            + "(january|february|march|april|may|june|july|august|september|october|november|december|\\d{4})\\b"
            + "|\\b(over|in|during) the (past|last|previous|following) \\w+|\\bsince\\b"
            // "three consignments … seized … during 2021", "three separate finds … during June"
            + "|\\b(during|throughout) (the (year|month) of )?((19|20)\\d\\d|january|february|march|april|may|june|july|"
            + "august|september|october|november|december)\\b"
            // "in little more than a month", "within a week"
            + "|\\b(in|within) (little |just |a little )?(more|less) than (a|one|two|three|six) (weeks?|months?|years?)\\b"
            + "|\\bwithin (a|one|two|three|six) (weeks?|months?|years?)\\b");

    /** Words that introduce a list of the goods found ("the cargo included", "a list … showed"). */
    private static final Pattern INVENTORY_CUE = Pattern.compile("(?i)\\b(includ(ed|es|ing)|compris(ed|es|ing)|"
            + "consist(ed|s|ing) of|contain(ed|s|ing)|showed|listed|list of|inventory|among them|made up of|"
            + "such as|held|carried|packed with|filled with|loaded with|stuffed with|inside)\\b"
            // "the shipment - 40 rockets, 181 mortar shells and …": a list set off after the goods word
            + "|(?i)\\b(shipment|cargo|consignment|haul|load|cache)\\s*[-\u2013\u2014:]\\s");

    /** How many sentences after an event a compatible seizure statement still counts as the same incident. */
    private static final int FOLLOW_UP_WINDOW = 5;
    /** How many sentences after a trigger may still fill its slots. */
    static final int CONTEXT_AFTER = 2;
    /** Rules whose agent names no country ("customs officers"); see {@link #genericAuthority}. */
    private static final String GENERIC_AUTHORITY = "authority.generic";
    private static final Pattern HELPER_BEFORE = Pattern.compile("(?i)\\b((working|operating|cooperating|acting)"
            + "( together| jointly)? with|alongside|with (the )?(help|support|assistance) (of|from)|(supported|backed|"
            + "assisted|aided|helped|joined|escorted) by|in (cooperation|coordination) with|together with)\\s+(the\\s+)?$");
    private static final Set<String> HOME_AGENCY_KINDS = Set.of("customs", "police", "coast-guard", "military");
    private static final Pattern PRONOUN = Pattern.compile("(?i)them|it|those|these|this|that|which|they");
    private static final String LATER_SUBJECT = "authority.subject.later";
    private static final String FOLLOWING_TRANSFER = "transfer.followed";
    private static final Pattern GOODS_FROM_SHIP = Pattern.compile("(?i)\\b(cargo|shipment|consignment|containers?|"
            + "weapons|munitions|arms|goods|crates|it|they)\\b[^.;]{0,60}?\\b(came from|had come from|aboard|on board|"
            + "carried by|unloaded from|taken off|offloaded from|discharged from)\\b|\\b(ship|vessel|freighter) that "
            + "(brought|carried|delivered|landed)\\b");
    /** "All three shipments", "Both consignments", "In each case": a sentence about every seizure told. */
    private static final Pattern COLLECTIVE = Pattern.compile("(?i)\\b(?:(?:all|both|each)\\s+(?:of\\s+the\\s+)?"
            + "(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)?(?:shipments|seizures|consignments|"
            + "cargoes|cargos|vessels|ships|dhows|boats|hauls|interdictions|cases|loads|caches|incidents|trucks|"
            + "lorries)|in\\s+(?:all|both|each)\\s+(?:cases?|instances?)|(?:all|both|each)\\s+of\\s+them"
            // "the two consignments seized at Shahn": the numbered definite names each of them too
            + "|the\\s+(?:two|three|four|five|six)\\s+(?:shipments|seizures|consignments|cargoes|vessels|ships|dhows|boats|"
            + "hauls|interdictions|cases|trucks|lorries))\\b");
    /** "on routes associated with arms supplies to Yemen": a route the writer only links the goods to. */
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(associated with|linked to|suspected|believed|"
            + "probably|possibly|likely|alleged)\\b");
    /** "The ministry said", "the committee reported": a source named by its head noun alone. */
    private static final Pattern BACK_REFERENCE_SOURCE = Pattern.compile("(?i)the\\s+(\\p{L}+)\\s+"
            + "(said|says|stated|reported|reports|announced|added|confirmed|told)");
    /** The goods of several incidents named back together: "the weapons", "the shipments". */
    private static final Pattern PLURAL_GOODS = Pattern.compile("(?i)\\bthe\\s+(weapons|arms|shipments|consignments|"
            + "cargoes|munitions|materiel)\\b");
    /** A sentence that says it tells another incident: "Separately, …", "In a separate case, …". */
    private static final Pattern SEPARATELY = Pattern.compile("(?i)(\\d+\\.\\s*)?(separately|in a separate (case|incident|"
            + "operation|development|seizure)|in another (case|incident|operation)|elsewhere)\\b");
    private static final Pattern BREACH = Pattern.compile("(?i)\\b(violat|breach|contraven|in defiance of)");
    /**
     * The subject of a breach statement that names events already told ("These transfers violate …", "The
     * deliveries breach …", "all four cargoes violated …", "Wednesday's handover violated …"), then the verb.
     */
    private static final Pattern BREACH_STATEMENT = Pattern.compile("(?i)^(?:[\\w',-]+\\s+){0,5}?(?:the|these|those|this|"
            + "that|such|(?<many>all|both|each)(?:\\s+(?:of\\s+the|the))?(?:\\s+(?:two|three|four|five|six|\\d+))?|[\\w-]+'s)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?<noun>transfers?|deliveries|delivery|supplies|supply|sales?|exports?|handovers?|"
            + "flights?|shipments?|cargoes|cargos|cargo|consignments?|seizures?|interceptions?|weapons|arms)\\s+"
            + "(?:[\\w,-]+\\s+){0,4}?(?:violat|breach|contraven|constitut\\w*\\s+(?:a\\s+)?(?:violation|breach))");
    private static final Pattern TRANSFER_NOUN = Pattern.compile("transfers?|deliveries|delivery|supplies|supply|sales?|"
            + "exports?|handovers?|flights?");
    private static final Pattern SEIZURE_NOUN = Pattern.compile("seizures?|interceptions?");
    /**
     * Words before a country that make it something other than the subject of the sentence; not "from",
     * "of" or "in", which name who acted ("officers from Kaunas Territorial Customs", "police in Mexico").
     */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("with", "to", "near", "into", "across", "between",
            "against", "toward", "towards", "via");
    /** How many tokens after the trigger a passive agent ("… by Italian police") may stand. */
    private static final int PASSIVE_AGENT_REACH = 20;
    /** How far back an unknown place ranks behind a known one when choosing the event's location. */
    private static final int UNKNOWN_PLACE_PENALTY = 1_000;
    static final String HOME_GROUND_PLACE = "location.named";
    private static final String BORDER_PLACE = "location.border";
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)[a-z]+ed");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their");
    /** The words before a source's head: "according to the", "two senior", "unnamed". */
    private static final Set<String> SOURCE_LEAD_WORDS = Set.of("according", "to", "the", "a", "an", "some", "several",
            "two", "senior", "unnamed", "anonymous");
    /** The sentences that make up a report's lead, whose source covers the report. */
    private static final int LEAD_SENTENCES = 2;
    private static final Set<String> GENERIC_SOURCES = Set.of("officials", "official", "sources", "source",
            "diplomats", "diplomat", "analysts", "experts", "people", "person", "witnesses", "residents", "reports",
            "media", "observers", "insiders");
    private static final Set<String> ATTRIBUTION_FILLER = Set.of("which", "it", "he", "she", "they", "we", "who",
            "that", "later", "also", "then", "had", "has", "have", "said", "says", "told", "stated", "reported",
            "announced", "confirmed", "claimed", "according", "to", "him", "her", "them");
    /** One person is not an authority: "an officer said" names no agency. */
    private static final Set<String> LONE_AGENTS = Set.of("officer", "official", "agent", "inspector", "soldier",
            "guard", "investigator", "prosecutor", "sailor", "the officer", "the official", "an officer",
            "an official", "the", "service", "agency", "task", "patrol", "border", "coast");

    private final EventInstruments instruments;

    private final TransferAssembler transfers;

    /** Countries for places the curated gazetteers do not know. */
    private final WorldPlaces world;

    public EventAssembler(InstrumentResolver instruments, WorldPlaces world) {
        this.instruments = new EventInstruments(instruments);
        this.transfers = new TransferAssembler(this.instruments);
        this.world = world;
    }

    /** The events of the document and the entities assembly adds (resolved instrument phrases). */
    public record Assembly(List<Event> events, List<Entity> addedEntities) {
    }

    public Assembly assemble(DocumentAnalysis analysis) {
        DocumentAnalysis doc = EventModality.withoutCounterfactuals(analysis);
        List<Entity> resolutions = EventInstruments.resolutions(doc);
        List<Frame> frames = new ArrayList<>();
        List<Entity> added = new ArrayList<>();
        List<Sentence> sentences = doc.analyzed().sentences();
        PlaceCountries places = new PlaceCountries(world, doc);
        for (int s = 0; s < sentences.size(); s++) {
            List<RuleMatch> matches = doc.matches(s);
            RuleMatch seizure = first(matches, Relation.SEIZURE_TRIGGER);
            RuleMatch transfer = first(matches, Relation.TRANSFER_TRIGGER);
            Frame frame = null;
            if (seizure != null) {
                frame = seizureFrame(doc, s, seizure, added, resolutions, places, frames);
            }
            if (frame == null && transfer != null && (seizure == null || !isSummary(doc, sentences.get(s)))) {
                frame = transfer.rule().name().equals(FOLLOWING_TRANSFER)
                        ? transfers.following(doc, s, transfer, frames)
                        : transfers.frame(doc, s, transfer, added);
            }
            if (frame == null && seizure != null && !frames.isEmpty()) {
                continueFrame(doc, s, seizure, frames.get(frames.size() - 1), added, places);
            }
            Frame earlierTransfer = frame != null && frame.type == EventType.SEIZURE && transfer != null
                    ? transfers.beforeSeizure(doc, s, transfer, seizure, frame, added) : null;
            if (earlierTransfer != null) {
                frames.add(earlierTransfer);
            }
            if (frame != null) {
                frames.addAll(frame.type == EventType.SEIZURE ? splitByDates(doc, s, frame) : List.of(frame));
            }
        }
        if (frames.stream().anyMatch(f -> f.type == EventType.SEIZURE)) {
            // a ship that is seized is also brought into port: arrivals there are no deliveries
            frames.removeIf(f -> f.arrival);
        }
        List<Frame> merged = merge(doc, frames);
        Set<Integer> firsts = firstSentences(merged);
        namedLater(doc, merged, firsts);
        inventories(doc, merged, firsts);
        merged.forEach(Frame::dropRestatements);
        // "searched the Ilyushin Il-76 … In the hold they found crates of rockets": merged finds name the plane
        // among the goods
        merged.forEach(Conveyances::dropCarrier);
        merged.forEach(CargoCollector::dropGeneralBesideKinds);
        lateCovers(doc, merged, firsts);
        series(merged);
        lateDates(doc, merged, firsts);
        earlierDates(doc, merged);
        singleIncidentRoutes(doc, merged, added);
        collectiveRoutes(doc, merged, added);
        breachStatements(doc, merged, added);
        leadAttribution(doc, merged);
        List<Entity> sanctions = EventInstruments.sanctions(doc);
        for (Frame frame : merged) {
            if (frame.type == EventType.TRANSFER && frame.instruments.isEmpty()) {
                // "… sanctions for buying Russian jets … under CAATSA": a sanctions measure on the supplier's
                // or the recipient's country named anywhere in the report
                instruments.fromReport(doc, sanctions, frame);
            }
        }
        List<Event> events = new ArrayList<>();
        String docId = doc.document().id();
        Set<String> homeAgencies = homeAgencies(doc);
        String datelineCountry = places.datelineCountry();
        for (Frame frame : merged) {
            if (frame.authority == null && frame.unplacedAgent != null && datelineCountry != null) {
                // "DUSHANBE - … border guards seized 14 rifles": agents of no named country in a report filed
                // from a town of their country act at home
                frame.authority = new Party(frame.unplacedAgent, datelineCountry, null);
            }
            if (frame.type == EventType.SEIZURE && frame.location == null && frame.authority != null
                    && frame.authority.country() != null && Frame.actsAtHome(frame.authority.text())) {
                // "Sudanese customs police have seized … at the city's southern port": customs, police or border
                // guards seize at home when no place says otherwise (navies and task forces act abroad)
                frame.location = new Party(frame.authority.text(), frame.authority.country(), null);
            }
            if (frame.location != null && frame.location == frame.homeGround) {
                // "COLOMBO - The Sri Lankan navy seized … near Mannar": an agency of the country the report is
                // filed from acts at home, navies included
                boolean homeAgency = frame.authority != null
                        && (homeAgencies.stream().anyMatch(name -> frame.authority.text().contains(name))
                                || datelineCountry != null && datelineCountry.equals(frame.authority.country()));
                frame.location = Frame.onHomeGround(frame.location, frame.authority, homeAgency);
            }
            events.add(frame.toEvent(docId + "#e" + (events.size() + 1)));
        }
        return new Assembly(events, added);
    }

    // ---------------------------------------------------------------------------------------------
    // Seizures

    private Frame seizureFrame(DocumentAnalysis doc, int s, RuleMatch trigger, List<Entity> added,
            List<Entity> resolutions, PlaceCountries places, List<Frame> told) {
        Sentence sentence = doc.analyzed().sentences().get(s);
        if (isSummary(doc, sentence)) {
            return null;
        }
        List<RuleMatch> matches = doc.matches(s);
        Frame frame = new Frame(EventType.SEIZURE, sentence, s);
        int triggerToken = trigger.group("$trigger").start();
        // "the seizure", and "the seized materiel" (a participle after an article describes goods already
        // taken) point back to an incident already told
        frame.backReference = triggerToken > 0 && (trigger.rule().name().startsWith("seizure.noun")
                || PARTICIPLE.matcher(doc.analyzed().tokens().get(triggerToken).text()).matches())
                && DEFINITE.contains(doc.analyzed().tokens().get(triggerToken - 1).text().toLowerCase(Locale.ROOT));

        List<Span> excluded = CargoCollector.excludedSpans(doc, matches);
        CargoCollector.collect(doc, sentence, matches, excluded, frame);
        frame.vessel = Conveyances.vessel(doc, sentence);
        if (frame.cargo.isEmpty() && DRUG_HAUL.matcher(doc.text(sentence)).find()) {
            // "The same unit last month burned 2 tonnes of hashish seized from a speedboat": a drug haul takes no
            // arms from the sentences around it (a ship searched "for narcotics" may still hold arms: no weight there)
            return null;
        }
        boolean anaphoric = VESSEL_ANAPHOR.matcher(doc.text(sentence)).find();
        Integer next = nextSentenceWithoutTrigger(doc, s);
        Integer previous = sameParagraph(doc, s - 1, s) ? s - 1 : null;
        if (frame.vessel == null && anaphoric) {
            for (Integer other : new Integer[] {previous, next}) {
                if (other != null && frame.vessel == null) {
                    frame.vessel = Conveyances.vessel(doc, doc.analyzed().sentences().get(other));
                }
            }
        }
        if (frame.cargo.isEmpty() && next != null && anaphoric) {
            Sentence following = doc.analyzed().sentences().get(next);
            CargoCollector.collect(doc, following, doc.matches(next), CargoCollector.excludedSpans(doc, doc.matches(next)), frame);
            if (!frame.cargo.isEmpty()) {
                frame.addEvidence(following);
                frame.lastSentence = next;
            }
        }
        if (frame.cargo.isEmpty()) {
            CargoCollector.umbrella(doc, sentence, frame);
        }
        if (frame.cargo.isEmpty() && next != null && anaphoric) {
            CargoCollector.umbrella(doc, doc.analyzed().sentences().get(next), frame);
            if (!frame.cargo.isEmpty()) {
                frame.addEvidence(doc.analyzed().sentences().get(next));
                frame.lastSentence = next;
            }
        }
        // goods or a named vessel make a seizure; "a boat" alone does not
        if (frame.cargo.isEmpty() && (frame.vessel == null || frame.vessel.name() == null)) {
            return null;
        }
        if (frame.cargo.isEmpty() && OTHER_GOODS.matcher(doc.text(sentence)).find()) {
            // "… impounded the Lighthouse Winmore, accused of transferring 600 tonnes of refined petroleum": a
            // ship held over oil, coal or drugs is not an arms seizure
            return null;
        }
        if (frame.vessel == null) {
            Conveyances.flownBy(doc, s, matches, frame);
        }
        if (frame.vessel == null && frame.aircraft == null) {
            frame.unnamedVessel = Conveyances.unnamedVessel(doc, sentence);
        }
        if (frame.vessel != null || frame.unnamedVessel != null) {
            Conveyances.shipNationality(doc, sentence, frame);
        }
        frame.authority = authority(doc, matches, triggerToken, sentence);
        if (frame.authority == null) {
            frame.authority = Conveyances.navyShip(doc, sentence);
        }
        if (frame.authority == null && FIRST_PERSON.matcher(doc.analyzed().text().substring(sentence.start(),
                doc.charStart(trigger.group("$trigger")))).find()) {
            // a press release: "our patrol vessels stopped the Andromeda", "we found 29 containers": the body that
            // speaks in the first sentences
            frame.authority = speaker(doc);
        }
        if (frame.authority == null && takenByArmedGroup(doc, matches, triggerToken)) {
            // "M23 captured mortars and rifles from positions abandoned by the army": a battlefield capture by
            // an armed group is no seizure by an authority
            return null;
        }
        frame.location = location(doc, matches, triggerToken, frame, places);
        if (frame.authority == null) {
            frame.authority = genericAuthority(doc, matches, triggerToken, frame.location);
            if (frame.authority == null) {
                TokenRange unplaced = genericAgent(doc, matches, triggerToken);
                frame.unplacedAgent = unplaced != null && Frame.actsAtHome(doc.text(unplaced)) ? doc.text(unplaced) : null;
            }
        }
        frame.date = EventDates.date(doc, s);
        fillShared(doc, s, matches, frame, added);
        Integer lead = told.stream().anyMatch(f -> f.lastSentence >= s - 1) ? null : goodsLessLead(doc, s);
        if (lead != null) {
            // "On 27 February HMAS Darwin boarded a stateless dhow off Oman. The boarding party found 1,989
            // rifles.": the stop told just before the find, with no goods of its own, says who, where and when
            Sentence leadSentence = doc.analyzed().sentences().get(lead);
            List<RuleMatch> leadMatches = doc.matches(lead);
            int leadTrigger = first(leadMatches, Relation.SEIZURE_TRIGGER).group("$trigger").start();
            if (frame.date == null) {
                frame.date = EventDates.date(doc, lead);
            }
            if (frame.authority == null) {
                frame.authority = authority(doc, leadMatches, leadTrigger, leadSentence);
            }
            if (frame.authority == null) {
                frame.authority = Conveyances.navyShip(doc, leadSentence);
            }
            if (frame.location == null) {
                frame.location = location(doc, leadMatches, leadTrigger, frame, places);
            }
            if (frame.vessel == null && frame.aircraft == null) {
                frame.vessel = Conveyances.vessel(doc, leadSentence);
                if (frame.vessel == null && frame.unnamedVessel == null) {
                    frame.unnamedVessel = Conveyances.unnamedVessel(doc, leadSentence);
                }
            }
            fillShared(doc, lead, leadMatches, frame, added);
            frame.addEvidence(leadSentence);
        }
        for (int context : contextSentences(doc, s)) {
            int before = frame.slotCount();
            fillShared(doc, context, doc.matches(context), frame, added);
            if (frame.slotCount() > before) {
                frame.addEvidence(doc.analyzed().sentences().get(context));
                frame.lastSentence = Math.max(frame.lastSentence, context);
            }
        }
        if (frame.date == null) {
            frame.date = headingDate(doc, s);
        }
        if (frame.date == null) {
            // "… seized nearly 2,000 rifles, the navy said on Monday. Sailors … stopped the vessel on Feb. 27"
            // only a date to the day or month: a bare year there is more often a model year or a resolution's
            // (not "The Panel inspected samples of the grenades in Egypt in November 2016": a later visit)
            if (contextSentences(doc, s).contains(s + 1)
                    && !LATER_VISIT.matcher(doc.text(doc.analyzed().sentences().get(s + 1))).find()) {
                frame.date = EventDates.preciseDate(doc, s + 1);
            }
        }
        if (frame.authority == null && frame.location != null && frame.location.country() != null) {
            // "… cargo found aboard the Kuwolsan. During the inspection, customs officers came upon …"
            if (s + 1 < doc.analyzed().sentences().size()) {
                frame.authority = subjectAuthority(doc, s + 1, frame.location);
            }
        }
        if (frame.instruments.isEmpty()) {
            instruments.fromReport(doc, resolutions, frame);
        }
        frame.modality = EventModality.ofSeizure(doc, s, matches, triggerToken, Frame.vesselName(frame.vessel));
        return frame;
    }









    /**
     * "A North Korean freighter … the weapons were being sent to North Korea for repair": a destination the
     * report states outranks an origin guessed from the ship's nationality.
     */
    private static void giveWayToStatedRoute(DocumentAnalysis doc, TokenRange destinationGroup, Frame frame) {
        if (frame.flagOrigin == null) {
            return;
        }
        List<Party> stated = new ArrayList<>();
        parties(doc, destinationGroup, stated, List.of());
        if (stated.stream().anyMatch(p -> Frame.sameParty(p, frame.flagOrigin))) {
            frame.origin.remove(frame.flagOrigin);
            frame.flagOrigin = null;
        }
    }

    /** Slots that may come from the trigger's sentence or the one after it. */
    private void fillShared(DocumentAnalysis doc, int s, List<RuleMatch> matches, Frame frame, List<Entity> added) {
        for (RuleMatch match : matches) {
            TokenRange group = match.group(match.relation().requiredGroup());
            switch (match.relation()) {
                case ORIGIN -> parties(doc, group, frame.origin, frame.destination);
                case DESTINATION -> {
                    if (!whereTaken(doc, group)) {
                        giveWayToStatedRoute(doc, group, frame);
                        parties(doc, group, frame.destination, frame.origin);
                    }
                }
                case DECLARED_CARGO -> {
                    // "hidden under them": a pronoun names no cover
                    if (!PRONOUN.matcher(doc.text(group)).matches()) {
                        Frame.addText(frame.declaredCargo, doc.text(group));
                    }
                }
                case INSTRUMENT -> instruments.fromPhrase(doc, s, group, frame, added);
                case ATTRIBUTION -> {
                    String source = doc.text(group);
                    if (namesASource(source) && (frame.attribution == null
                            || isGenericSource(frame.attribution.text()) && !isGenericSource(source))) {
                        // "officials said" in the lead, "according to government spokesman Panitan
                        // Wattanayagorn" with the details: the source who is named is the one to quote
                        frame.attribution = new TextRef(source);
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * "DUSHANBE - … border guards detained three men …, the committee's press centre reported. After an
     * exchange of fire, border guards seized 14 rifles …": the source the lead quotes speaks for the events
     * told after it that name no source of their own.
     */
    private static void leadAttribution(DocumentAnalysis doc, List<Frame> frames) {
        int lead = Math.min(LEAD_SENTENCES, doc.analyzed().sentences().size());
        TextRef source = null;
        for (int s = 0; s < lead && source == null; s++) {
            for (RuleMatch match : doc.matches(s)) {
                if (match.relation() == Relation.ATTRIBUTION && namesASource(doc.text(match.group("$source")))) {
                    source = new TextRef(doc.text(match.group("$source")));
                    break;
                }
            }
        }
        if (source == null) {
            return;
        }
        for (Frame frame : frames) {
            if (frame.attribution == null && frame.firstSentence <= LEAD_SENTENCES
                    || frame.attribution != null && restates(frame.attribution.text(), source.text())) {
                frame.attribution = source;
            }
        }
    }

    /**
     * "the ministry said" after "Niger's defence ministry said" in the lead: a source named again by its head
     * noun alone is the one the lead names in full.
     */
    private static boolean restates(String shortSource, String leadSource) {
        Matcher back = BACK_REFERENCE_SOURCE.matcher(shortSource);
        if (!back.matches() || shortSource.equalsIgnoreCase(leadSource)) {
            return false;
        }
        String head = back.group(1).toLowerCase(Locale.ROOT);
        return java.util.Arrays.asList(leadSource.toLowerCase(Locale.ROOT).split("[\\s,']+")).contains(head);
    }

    /**
     * "officials said", "according to diplomats", "sources told": a source of no one in particular. The
     * first word after "according to" and the articles decides.
     */
    static boolean isGenericSource(String attribution) {
        for (String word : attribution.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (word.isEmpty() || SOURCE_LEAD_WORDS.contains(word)) {
                continue;
            }
            return GENERIC_SOURCES.contains(word) || ATTRIBUTION_FILLER.contains(word);
        }
        return true;
    }

    /** "which it said" or "he told" names nobody: an attribution needs a word beyond pronouns. */
    static boolean namesASource(String attribution) {
        for (String word : attribution.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!word.isEmpty() && !ATTRIBUTION_FILLER.contains(word)) {
                return true;
            }
        }
        return false;
    }

















    private Party authority(DocumentAnalysis doc, List<RuleMatch> matches, int triggerToken, Sentence sentence) {
        RuleMatch best = null;
        RuleMatch laterSubject = null;
        RuleMatch sentenceSubject = null;
        for (RuleMatch match : matches) {
            if (match.relation() != Relation.AUTHORITY) {
                continue;
            }
            if (match.rule().name().startsWith(GENERIC_AUTHORITY)) {
                continue;
            }
            TokenRange agent = match.group("$agent");
            Party candidate = party(doc, doc.charStart(agent), doc.charEnd(agent));
            if (candidate == null || candidate.country() == null) {
                // "South Africa has told the UN that it confiscated …", "to an anti-balaka commander …, where
                // customs seized": a body of no state, or an armed group, is no seizing agency
                continue;
            }
            if (agent.start() > 0 && AGENT_PREPOSITIONS.contains(
                    doc.analyzed().tokens().get(agent.start() - 1).text().toLowerCase(Locale.ROOT))) {
                // "border guards at the Shahan crossing with Oman seized …": a country after a preposition
                // is not the subject
                continue;
            }
            boolean passiveBy = match.rule().name().contains("passive") && agent.start() > triggerToken
                    && agent.start() - triggerToken <= PASSIVE_AGENT_REACH;
            if (passiveBy) {
                best = match;
                break;
            }
            if (match.rule().name().equals(LATER_SUBJECT)) {
                if (agent.start() > triggerToken && best == null) {
                    laterSubject = laterSubject == null ? match : laterSubject;
                }
                continue;
            }
            if (agent.end() <= triggerToken && triggerToken - agent.end() <= 12
                    && (best == null || agent.start() > best.group("$agent").start()) && !isHelper(doc, agent)) {
                best = match;
            } else if (agent.end() <= triggerToken && agent.start() - sentence.firstToken() <= 2
                    && sentenceSubject == null) {
                sentenceSubject = match;
            }
        }
        if (best == null) {
            // "Egyptian customs officials inspected the freighter … in Egyptian waters … and found 30,000
            // rockets": the subject of the sentence acts in each of its coordinated clauses
            best = sentenceSubject;
        }
        if (best == null) {
            // "The ship was impounded after Turkish inspectors found shells in its hold."
            best = laterSubject;
        }
        if (best == null) {
            return null;
        }
        TokenRange agent = best.group("$agent");
        Party party = party(doc, doc.charStart(agent), doc.charEnd(agent));
        return party == null ? null : new Party(doc.text(agent), party.country(), party.group());
    }

    /**
     * The names of the customs, police, coast-guard and army bodies the organisation gazetteer found in the
     * document ("CBP"), once per document: an authority naming one acts on its home ground.
     */
    private static Set<String> homeAgencies(DocumentAnalysis doc) {
        Set<String> names = new java.util.HashSet<>();
        for (Entity entity : doc.entities()) {
            String kind = entity.attribute("kind");
            // Set.of rejects a null lookup: an organisation without a kind is none of these
            if (entity.type() == EntityType.ORGANIZATION && kind != null && HOME_AGENCY_KINDS.contains(kind)) {
                names.add(entity.text());
            }
        }
        return names;
    }

    /** Whether the agent right before the trigger is an armed group (a party with a group and no country). */
    private static boolean takenByArmedGroup(DocumentAnalysis doc, List<RuleMatch> matches, int triggerToken) {
        for (RuleMatch match : matches) {
            if (match.relation() != Relation.AUTHORITY || match.rule().name().startsWith(GENERIC_AUTHORITY)) {
                continue;
            }
            TokenRange agent = match.group("$agent");
            if (agent.end() <= triggerToken && triggerToken - agent.end() <= 3) {
                Party party = party(doc, doc.charStart(agent), doc.charEnd(agent));
                if (party != null && party.group() != null && party.country() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Yemen's coast guard, working with the US Navy, seized …": who helped did not act. */
    private static boolean isHelper(DocumentAnalysis doc, TokenRange agent) {
        int start = doc.charStart(agent);
        String before = doc.analyzed().text().substring(Math.max(0, start - 40), start);
        return HELPER_BEFORE.matcher(before).find();
    }

    /**
     * "Customs officers seized …", "… found by border guards": an agent without a country acts for the
     * country where the event took place, so it takes the location's country; without one it stays unset.
     */
    private static Party genericAuthority(DocumentAnalysis doc, List<RuleMatch> matches, int triggerToken,
            Party location) {
        if (location == null || location.country() == null) {
            return null;
        }
        TokenRange agent = genericAgent(doc, matches, triggerToken);
        return agent == null ? null : new Party(doc.text(agent), location.country(), null);
    }

    /** The agent without a country nearest the trigger: just before it, or after it following "by". */
    private static TokenRange genericAgent(DocumentAnalysis doc, List<RuleMatch> matches, int triggerToken) {
        TokenRange best = null;
        for (TokenRange agent : genericAgents(doc, matches)) {
            boolean before = agent.end() <= triggerToken && triggerToken - agent.end() <= 6;
            boolean byAfter = agent.start() > triggerToken && agent.start() - triggerToken <= 3
                    && "by".equalsIgnoreCase(doc.analyzed().tokens().get(agent.start() - 1).text());
            if ((before || byAfter) && (best == null || Math.abs(agent.start() - triggerToken)
                    < Math.abs(best.start() - triggerToken))) {
                best = agent;
            }
        }
        return best;
    }

    /**
     * The same kind of agent as the subject of a follow-up sentence, near its start ("During the
     * inspection, customs officers came upon …").
     */
    private static Party subjectAuthority(DocumentAnalysis doc, int s, Party location) {
        int sentenceStart = doc.analyzed().sentences().get(s).firstToken();
        for (TokenRange agent : genericAgents(doc, doc.matches(s))) {
            if (agent.start() - sentenceStart <= 6) {
                return new Party(doc.text(agent), location.country(), null);
            }
        }
        return null;
    }

    /** The agents of the generic-authority rule in these matches, one person ("an officer") left out. */
    private static List<TokenRange> genericAgents(DocumentAnalysis doc, List<RuleMatch> matches) {
        List<TokenRange> agents = new ArrayList<>();
        for (RuleMatch match : matches) {
            if (match.rule().name().startsWith(GENERIC_AUTHORITY)) {
                TokenRange agent = match.group("$agent");
                if (!LONE_AGENTS.contains(doc.text(agent).toLowerCase(Locale.ROOT))) {
                    agents.add(agent);
                }
            }
        }
        return agents;
    }

    /**
     * The tokens the origin and destination rules of these matches claim as a place, once per sentence (not
     * per location match).
     */
    static java.util.BitSet routePlaces(List<RuleMatch> matches) {
        java.util.BitSet tokens = new java.util.BitSet();
        for (RuleMatch match : matches) {
            if ((match.relation() == Relation.ORIGIN || match.relation() == Relation.DESTINATION)
                    && match.group("$place") != null) {
                tokens.set(match.group("$place").start(), match.group("$place").end());
            }
        }
        return tokens;
    }

    /** Whether a route rule claims a token of the place. */
    static boolean claimed(java.util.BitSet routePlaces, TokenRange place) {
        int claimed = routePlaces.nextSetBit(place.start());
        return claimed >= 0 && claimed < place.end();
    }

    private Party location(DocumentAnalysis doc, List<RuleMatch> matches, int triggerToken, Frame frame,
            PlaceCountries places) {
        java.util.BitSet routePlaces = routePlaces(matches);
        Party best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RuleMatch match : matches) {
            if (match.relation() != Relation.LOCATION) {
                continue;
            }
            TokenRange place = match.group("$place");
            if (claimed(routePlaces, place)) {
                // "which had loaded the containers in Bandar Abbas", "addressed to recipients in Russia": where the
                // goods came from or went, not where they were seized
                continue;
            }
            String rule = match.rule().name();
            boolean homeGround = rule.startsWith(HOME_GROUND_PLACE) || rule.equals(BORDER_PLACE);
            Party party = rule.startsWith("location.off") || rule.startsWith("location.sea")
                    // "off Oman": at sea, outside the country's territory
                    ? new Party(doc.text(place), null, null)
                    : party(doc, doc.charStart(place), doc.charEnd(place));
            // a place no gazetteer knows comes after any the gazetteers place in a country, even when the world
            // table gives it one
            boolean unknown = party == null && homeGround;
            if (unknown) {
                party = new Party(doc.text(place), places.country(doc.text(place), frame.authority), null);
            } else if (party != null && rule.equals(BORDER_PLACE)) {
                // "near the Syrian border": either side of it; the agency that acted tells which
                party = new Party(doc.text(place), null, null);
            }
            if (party == null) {
                continue;
            }
            int distance = Math.abs(place.start() - triggerToken) + (place.start() < triggerToken ? 5 : 0);
            if (unknown || homeGround && party.country() == null) {
                distance += UNKNOWN_PLACE_PENALTY;
            }
            if (distance < bestDistance) {
                best = new Party(doc.text(place), party.country(), party.group());
                frame.homeGround = homeGround && party.country() == null ? best : null;
                bestDistance = distance;
            }
        }
        return best;
    }


















    // ---------------------------------------------------------------------------------------------
    // Shared helpers

    private static RuleMatch first(List<RuleMatch> matches, Relation relation) {
        RuleMatch best = null;
        for (RuleMatch match : matches) {
            if (match.relation() == relation && (best == null || match.startToken() < best.startToken())) {
                best = match;
            }
        }
        return best;
    }

    /**
     * A report about one seizure may say where the goods came from or were going in any paragraph ("…
     * Officers said the manuals pointed to Iran as the supplier."): with a single seizure in the
     * document, an origin, destination or instrument it still lacks is taken from the rest of the report;
     * with several, from the rest of its paragraph when no other seizure opens there.
     */
    private void singleIncidentRoutes(DocumentAnalysis doc, List<Frame> frames, List<Entity> added) {
        List<Frame> seizures = frames.stream().filter(f -> f.type == EventType.SEIZURE).toList();
        int count = doc.analyzed().sentences().size();
        if (seizures.size() == 1) {
            fillFromScope(doc, seizures.get(0), 0, count, added);
            return;
        }
        for (Frame frame : seizures) {
            int first = frame.firstSentence;
            while (first > 0 && sameParagraph(doc, first - 1, first)) {
                first--;
            }
            int end = frame.firstSentence + 1;
            while (end < count && sameParagraph(doc, end - 1, end)) {
                end++;
            }
            int from = first;
            int to = end;
            boolean alone = seizures.stream().noneMatch(other -> other != frame
                    && other.firstSentence >= from && other.firstSentence < to);
            if (alone) {
                fillFromScope(doc, frame, from, to, added);
            }
        }
    }

    /**
     * "All three shipments were assessed to have originated in Iran and to have been bound for Yemen.",
     * "Both consignments had been smuggled from Afghanistan": a route (or a breach) told once for the
     * seizures before it goes to each of them that has none of its own.
     */
    private void collectiveRoutes(DocumentAnalysis doc, List<Frame> frames, List<Entity> added) {
        if (frames.stream().filter(f -> f.type == EventType.SEIZURE).count() < 2) {
            return;
        }
        String text = doc.analyzed().text();
        int firstSeizure = frames.stream().filter(f -> f.type == EventType.SEIZURE).mapToInt(f -> f.firstSentence).min()
                .orElse(Integer.MAX_VALUE);
        int lastSeizure = frames.stream().filter(f -> f.type == EventType.SEIZURE).mapToInt(f -> f.firstSentence).max()
                .orElse(-1);
        boolean summarised = false;
        for (int s = 0; s < firstSeizure && s < doc.analyzed().sentences().size(); s++) {
            summarised |= isSummary(doc, doc.analyzed().sentences().get(s));
        }
        for (Map.Entry<Integer, List<RuleMatch>> entry : new java.util.TreeMap<>(doc.matchesBySentence()).entrySet()) {
            Sentence sentence = doc.analyzed().sentences().get(entry.getKey());
            // "In each case, crew members said the cargo had been loaded off Jask" before the cases are told
            // speaks for those after it; a statement among or after them, for those before it
            boolean leads = entry.getKey() < firstSeizure;
            String said = doc.text(sentence);
            // "Western navies have seized four shipments of Iranian weapons headed for Yemen's Houthis since
            // December": a summary before the cases gives them its route too
            boolean summaryLead = leads && isSummary(doc, sentence) && !HEDGED.matcher(said).find();
            // "… have intercepted three dhows in a month. On Feb. 27 … On March 20 … On March 28 … The Navy said the
            // weapons were intended for Houthi fighters": after a summarised series, the goods of all of them
            boolean seriesClose = summarised && entry.getKey() > lastSeizure && !hasTrigger(doc, entry.getKey())
                    && PLURAL_GOODS.matcher(said).find();
            if (!COLLECTIVE.matcher(said).find() && !summaryLead && !seriesClose) {
                continue;
            }
            // "All three shipments breached resolution 2216", "considers each of them a violation of the embargo
            // established by resolution 2216": any instrument of a collective breach
            boolean breach = BREACH.matcher(said).find();
            List<Party> origin = new ArrayList<>();
            List<Party> destination = new ArrayList<>();
            for (RuleMatch match : entry.getValue()) {
                TokenRange group = match.group(match.relation().requiredGroup());
                if (match.relation() == Relation.ORIGIN) {
                    parties(doc, group, origin, destination);
                } else if (match.relation() == Relation.DESTINATION && !whereTaken(doc, group)) {
                    parties(doc, group, destination, origin);
                }
            }
            for (Frame frame : frames) {
                if (frame.type != EventType.SEIZURE || frame.firstSentence > entry.getKey() && !leads) {
                    continue;
                }
                if (frame.origin.isEmpty()) {
                    origin.forEach(p -> Frame.addParty(frame.origin, p));
                }
                if (frame.destination.isEmpty()) {
                    destination.forEach(p -> Frame.addParty(frame.destination, p));
                }
                if (frame.instruments.isEmpty()) {
                    for (RuleMatch match : entry.getValue()) {
                        if (match.relation() == Relation.INSTRUMENT && (breach || !match.rule().name().equals("instrument.treaty"))) {
                            instruments.fromPhrase(doc, entry.getKey(), match.group(match.relation().requiredGroup()), frame, added);
                        }
                    }
                }
            }
        }
    }

    /**
     * "These transfers violate the Darfur arms embargo established by resolution 1556 (2004).", "Wednesday's
     * handover violated the Arms Trade Treaty.": a sentence of no event of its own that says what events told
     * before it breached. A plural subject covers every earlier event of its kind still without an instrument,
     * a singular one the last of them; transfer words point to transfers, seizure words to seizures.
     */
    private void breachStatements(DocumentAnalysis doc, List<Frame> frames, List<Entity> added) {
        for (Map.Entry<Integer, List<RuleMatch>> entry : new java.util.TreeMap<>(doc.matchesBySentence()).entrySet()) {
            int s = entry.getKey();
            if (hasTrigger(doc, s) || entry.getValue().stream().noneMatch(m -> m.relation() == Relation.INSTRUMENT)) {
                continue;
            }
            Matcher statement = BREACH_STATEMENT.matcher(doc.text(doc.analyzed().sentences().get(s)));
            if (!statement.find()) {
                continue;
            }
            String noun = statement.group("noun").toLowerCase(Locale.ROOT);
            EventType kind = TRANSFER_NOUN.matcher(noun).matches() ? EventType.TRANSFER
                    : SEIZURE_NOUN.matcher(noun).matches() ? EventType.SEIZURE : null;
            boolean plural = statement.group("many") != null || noun.endsWith("s") && !noun.endsWith("ss");
            List<Frame> told = frames.stream().filter(f -> f.firstSentence < s && f.instruments.isEmpty()
                    && f.modality == Modality.ASSERTED && (kind == null || f.type == kind)).toList();
            if (told.isEmpty()) {
                continue;
            }
            // what the clause of the verb names ("… violations of the arms embargo on Somalia, and recalls that
            // resolution 2444 requires …" breached only the first); named instruments before general words for
            // them ("UN Security Council resolutions, including Resolution 1874")
            Sentence sentence = doc.analyzed().sentences().get(s);
            int from = sentence.start() + statement.end();
            Matcher clauseBreak = CLAUSE_BREAK.matcher(doc.analyzed().text()).region(from, sentence.end());
            int to = clauseBreak.find() ? clauseBreak.start() : sentence.end();
            List<TokenRange> breached = new ArrayList<>();
            List<TokenRange> named = new ArrayList<>();
            for (RuleMatch match : entry.getValue()) {
                TokenRange ref = match.group(match.relation().requiredGroup());
                if (match.relation() == Relation.INSTRUMENT && doc.charStart(ref) >= from && doc.charStart(ref) < to) {
                    breached.add(ref);
                    if (doc.entitiesIn(doc.charStart(ref), doc.charEnd(ref)).stream()
                            .anyMatch(e -> e.type() == EntityType.TREATY && e.id() != null)) {
                        named.add(ref);
                    }
                }
            }
            for (Frame frame : plural ? told : told.subList(told.size() - 1, told.size())) {
                for (TokenRange ref : named.isEmpty() ? breached : named) {
                    instruments.fromPhrase(doc, s, ref, frame, added);
                }
            }
        }
    }

    private void fillFromScope(DocumentAnalysis doc, Frame frame, int from, int to, List<Entity> added) {
        boolean needOrigin = frame.origin.isEmpty();
        boolean needDestination = frame.destination.isEmpty();
        if (frame.instruments.isEmpty()) {
            // only explicit breach language ("in violation of Resolution 2216") from elsewhere in the report
            for (int s = from; s < to && frame.instruments.isEmpty(); s++) {
                for (RuleMatch match : doc.matches(s)) {
                    if (match.relation() == Relation.INSTRUMENT && !match.rule().name().equals("instrument.treaty")) {
                        instruments.fromPhrase(doc, s, match.group(match.relation().requiredGroup()), frame, added);
                    }
                }
            }
        }
        if (!needOrigin && !needDestination) {
            return;
        }
        List<Party> origin = new ArrayList<>();
        List<Party> destination = new ArrayList<>();
        for (int s = from; s < to; s++) {
            for (RuleMatch match : doc.matches(s)) {
                TokenRange group = match.group(match.relation().requiredGroup());
                if (match.relation() == Relation.ORIGIN && (needOrigin || frame.flagOrigin != null) && origin.isEmpty()) {
                    // collected also while the only origin is the ship's flag, which a stated route may replace
                    parties(doc, group, origin, frame.destination);
                } else if (match.relation() == Relation.DESTINATION && needDestination && destination.isEmpty()
                        && !whereTaken(doc, group)) {
                    giveWayToStatedRoute(doc, group, frame);
                    parties(doc, group, destination, frame.origin);
                }
            }
        }
        if (needOrigin || frame.origin.isEmpty()) {
            origin.forEach(p -> Frame.addParty(frame.origin, p));
        }
        if (needDestination) {
            destination.forEach(p -> Frame.addParty(frame.destination, p));
        }
    }

    /**
     * "Two more nets were found on 29 September, and another five on 1 October.": clauses of one sentence
     * that each give their own goods and their own day or month are separate seizures. They share what
     * the sentence says once (agent, place, ship, route); each keeps its own goods and date.
     */
    private List<Frame> splitByDates(DocumentAnalysis doc, int s, Frame frame) {
        Sentence sentence = doc.analyzed().sentences().get(s);
        String text = doc.analyzed().text();
        List<DateMention> dates = doc.dates().datesIn(s).stream()
                .filter(d -> d.value() != null && d.value().length() >= 7 && !EventDates.isDateline(text, d)
                        && !EventDates.isStatementDate(text, d) && !EventDates.isReferenceDate(text, d))
                .toList();
        if (dates.stream().map(DateMention::value).distinct().count() < 2 || frame.cargo.size() < 2) {
            return List.of(frame);
        }
        List<Frame> split = splitAt(CLAUSE_BREAK, sentence, s, frame, dates, text);
        // "seized 5 grenades on 28 September and 2 rifles on 6 October": without a comma, at "and"
        return split.size() > 1 ? split : splitAt(AND_BREAK, sentence, s, frame, dates, text);
    }

    private static boolean datesGoods(String text, Span goods, DateMention date) {
        if (date.start() < goods.end() || date.start() - goods.end() > 60) {
            return false;
        }
        String between = text.substring(goods.end(), date.start());
        return between.indexOf(',') < 0 && between.indexOf(';') < 0;
    }

    private static List<Frame> splitAt(Pattern breaks, Sentence sentence, int s, Frame frame, List<DateMention> dates,
            String text) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(sentence.start());
        Matcher clause = breaks.matcher(text.substring(sentence.start(), sentence.end()));
        while (clause.find()) {
            bounds.add(sentence.start() + clause.start());
        }
        bounds.add(sentence.end());
        // each clause with exactly one date and some goods opens a seizure; the others stay with the clause before
        List<int[]> clauses = new ArrayList<>();
        List<DateMention> clauseDates = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            int from = bounds.get(i);
            int to = bounds.get(i + 1);
            List<DateMention> inside = dates.stream().filter(d -> d.start() >= from && d.end() <= to).toList();
            boolean goods = frame.cargoSpans.stream().anyMatch(c -> c.start() >= from && c.end() <= to
                    // at a bare "and", the date must date these goods: right after them, in the same phrase
                    // ("and 2 rifles on 6 October", not "and 1,000 rounds, were handed over on Wednesday")
                    && (breaks != AND_BREAK || inside.size() == 1 && datesGoods(text, c, inside.get(0))));
            if (inside.size() == 1 && goods || clauses.isEmpty()) {
                clauses.add(new int[] {from, to});
                clauseDates.add(inside.size() == 1 ? inside.get(0) : null);
            } else {
                clauses.get(clauses.size() - 1)[1] = to;
            }
        }
        if (clauses.size() < 2 || clauseDates.contains(null)
                || clauseDates.stream().map(DateMention::value).distinct().count() < clauses.size()) {
            return List.of(frame);
        }
        List<Frame> split = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            int from = clauses.get(i)[0];
            int to = clauses.get(i)[1];
            Frame part = frame.sharedCopy(sentence, s);
            for (int c = 0; c < frame.cargo.size(); c++) {
                Span span = frame.cargoSpans.get(c);
                if (span.start() >= from && span.end() <= to) {
                    part.addCargo(frame.cargo.get(c), span);
                }
            }
            DateMention date = clauseDates.get(i);
            part.date = new DateValue(date.text(), date.value());
            split.add(part);
        }
        return split;
    }

    /**
     * "On 27 September customs officers at Kybartai found 22 nets. Two more were found on 29 September.": a
     * seizure told right after another without its own agent or place is the next in a series by the
     * same agent at the same place, on the same route.
     */
    private static void series(List<Frame> frames) {
        Frame previous = null;
        for (Frame frame : frames) {
            if (frame.type != EventType.SEIZURE || frame.modality != Modality.ASSERTED) {
                continue;
            }
            // a place of its own that no gazetteer knows ("on a beach near Mannar") keeps the series going
            boolean unknownPlace = frame.location != null && frame.location == frame.homeGround;
            if (previous != null && frame.authority == null && (frame.location == null || unknownPlace)
                    && frame.firstSentence - previous.lastSentence <= 1) {
                frame.authority = previous.authority;
                // a place abroad for a national agent is more likely a misread than the place of the series
                Party place = previous.location;
                if (!unknownPlace && (place == null || place.country() == null || previous.authority == null
                        || place.country().equals(previous.authority.country()))) {
                    frame.location = place;
                    frame.homeGround = previous.homeGround;
                }
                if (frame.origin.isEmpty()) {
                    frame.origin.addAll(previous.origin);
                }
                if (frame.attribution == null) {
                    frame.attribution = previous.attribution;
                }
            }
            previous = frame;
        }
    }

    /** The first sentence of each event: a window after one event ends where the next one opens. */
    private static Set<Integer> firstSentences(List<Frame> frames) {
        Set<Integer> firsts = new java.util.HashSet<>();
        frames.forEach(f -> firsts.add(f.firstSentence));
        return firsts;
    }

    /**
     * The sentences after an event's first one, up to {@link #CONTEXT_AFTER} past its last, as long as
     * none opens another event: where details told after merging (a list of goods, a cover story, the
     * ship's name) are looked for.
     */
    private static List<Integer> sentencesAfter(DocumentAnalysis doc, Frame frame, Set<Integer> firsts) {
        int last = Math.min(doc.analyzed().sentences().size() - 1, frame.lastSentence + CONTEXT_AFTER);
        List<Integer> after = new ArrayList<>();
        for (int s = frame.firstSentence + 1; s <= last && !firsts.contains(s); s++) {
            after.add(s);
        }
        return after;
    }

    /**
     * "… The munitions were concealed behind sacks of lentils.": how the goods were hidden is often told
     * after the list of what was found; a seizure without a cover story takes one from the sentences
     * after it, up to the next event.
     */
    private static void lateCovers(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
        for (Frame frame : frames) {
            if (frame.type != EventType.SEIZURE || !frame.declaredCargo.isEmpty()) {
                continue;
            }
            for (int s : sentencesAfter(doc, frame, firsts)) {
                for (RuleMatch match : doc.matches(s)) {
                    if (match.relation() == Relation.DECLARED_CARGO) {
                        Frame.addText(frame.declaredCargo, doc.text(match.group(match.relation().requiredGroup())));
                    }
                }
                if (!frame.declaredCargo.isEmpty()) {
                    frame.addEvidence(doc.analyzed().sentences().get(s));
                    break;
                }
            }
        }
    }

    /**
     * "… have seized six rifles hidden in a truck. The truck was halted late on Saturday near Ciénaga, POLFA
     * said.": a trigger sentence without goods or a ship of its own, right after a seizure, tells more of
     * that seizure; it fills what the seizure still lacks.
     */
    private void continueFrame(DocumentAnalysis doc, int s, RuleMatch trigger, Frame last, List<Entity> added,
            PlaceCountries places) {
        if (last.type != EventType.SEIZURE || last.modality != Modality.ASSERTED || s - last.lastSentence > CONTEXT_AFTER
                || !sameParagraph(doc, last.lastSentence, s) && s != last.lastSentence + 1) {
            return;
        }
        Sentence sentence = doc.analyzed().sentences().get(s);
        if (OTHER_GOODS.matcher(doc.text(sentence)).find()
                || isSummary(doc, sentence)) {
            // "Punjab police in Tarn Taran seized 1 kilogram of heroin": another seizure, of other goods; "since
            // January, police have seized 140 firearms": a running total, not more of this incident
            return;
        }
        List<RuleMatch> matches = doc.matches(s);
        int triggerToken = trigger.group("$trigger").start();
        VesselRef named = Conveyances.vessel(doc, sentence);
        if (EventModality.modality(matches, triggerToken) != Modality.ASSERTED
                || named != null && !Frame.agree(Frame.vesselName(named), Frame.vesselName(last.vessel))) {
            return;
        }
        int before = last.slotCount();
        if (last.date == null) {
            last.date = EventDates.date(doc, s);
        }
        if (last.location == null) {
            last.location = location(doc, matches, triggerToken, last, places);
        }
        if (last.authority == null) {
            last.authority = authority(doc, matches, triggerToken, doc.analyzed().sentences().get(s));
        }
        fillShared(doc, s, matches, last, added);
        if (last.slotCount() > before) {
            last.addEvidence(doc.analyzed().sentences().get(s));
            last.lastSentence = s;
        }
    }

    /**
     * "… seized an unflagged cargo ship … The So San had left Nampo": a seizure of a ship the lead does not
     * name takes the one ship named in the sentences that follow, up to the next event.
     */
    private void namedLater(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
        boolean oneSeizure = frames.stream().filter(f -> f.type == EventType.SEIZURE).count() == 1;
        for (Frame frame : frames) {
            if (frame.type != EventType.SEIZURE || frame.vessel != null) {
                continue;
            }
            VesselRef named = null;
            boolean several = false;
            List<Integer> window = new ArrayList<>(List.of(frame.firstSentence));
            window.addAll(sentencesAfter(doc, frame, firsts));
            for (int s : window) {
                Sentence sentence = doc.analyzed().sentences().get(s);
                // without "a ship" in the event, only a sentence that puts the goods on the ship: "The cargo came
                // from the Monchegorsk"
                if (frame.unnamedVessel == null && !GOODS_FROM_SHIP.matcher(
                        doc.text(sentence)).find()) {
                    continue;
                }
                VesselRef ref = Conveyances.vessel(doc, sentence);
                if (ref != null && ref.name() != null) {
                    several |= named != null && !Objects.equals(Frame.vesselName(named), Frame.vesselName(ref));
                    named = named == null ? ref : named;
                }
            }
            if (named == null && oneSeizure) {
                // "… took control of a cargo ship … A search of the hold uncovered rockets … The vessel, the Klos
                // C, had sailed from Bandar Abbas": the one seizure of a report that names one ship took that ship
                named = onlyShipNamed(doc);
            }
            if (named != null && !several) {
                frame.vessel = named;
            }
        }
    }

    /** The ship a report names, when it names exactly one (navy ships aside); else null. */
    private VesselRef onlyShipNamed(DocumentAnalysis doc) {
        VesselRef only = null;
        for (Sentence sentence : doc.analyzed().sentences()) {
            VesselRef ref = Conveyances.vessel(doc, sentence);
            if (ref == null || ref.name() == null) {
                continue;
            }
            if (only != null && !Objects.equals(Frame.vesselName(only), Frame.vesselName(ref))) {
                return null;
            }
            only = only == null ? ref : only;
        }
        return only;
    }

    /**
     * A running count or yearly total ("has seized eight firearms since the start of the year"), or a
     * summary of incidents the report tells one by one ("Between September 2015 and March 2016, naval
     * forces intercepted four vessels …"): no incident of its own.
     */
    private static boolean isSummary(DocumentAnalysis doc, Sentence sentence) {
        String said = doc.text(sentence);
        return TALLY.matcher(said).find() || SEVERAL_SHIPS.matcher(said).find() && OVER_A_PERIOD.matcher(said).find();
    }

    /**
     * "… found 50 tons of weapons. … Officers said the cargo included Katyusha rockets, mortar bombs and
     * mines.": a later sentence that lists the goods (an inventory cue and at least two named weapons)
     * says what the seized goods were. Its items join the event, replace the umbrella phrases ("50 tons of
     * weapons") and, when they give a count, the same weapon named without one. Done after merging: the
     * list may follow a second telling of the incident ("The ship was boarded at 4:45 a.m.").
     */
    private void inventories(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
        for (Frame frame : frames) {
            if (frame.modality != Modality.ASSERTED) {
                continue;
            }
            for (int s : sentencesAfter(doc, frame, firsts)) {
                Sentence sentence = doc.analyzed().sentences().get(s);
                if (!INVENTORY_CUE.matcher(doc.text(sentence)).find()
                        || doc.matches(s).stream().anyMatch(m -> m.relation() == Relation.NEGATION)) {
                    continue;
                }
                Frame list = new Frame(frame.type, sentence, s);
                CargoCollector.collect(doc, sentence, doc.matches(s), CargoCollector.excludedSpans(doc, doc.matches(s)), list);
                if (list.cargo.stream().filter(c -> c.canonical() != null).count() < 2) {
                    continue;
                }
                for (int i = frame.cargo.size() - 1; i >= 0; i--) {
                    CargoItem item = frame.cargo.get(i);
                    boolean restated = item.quantity() == null && item.canonical() != null && list.cargo.stream()
                            .anyMatch(c -> item.canonical().equals(c.canonical()) && c.quantity() != null);
                    if (item.canonical() == null || restated) {
                        frame.removeCargo(i);
                    }
                }
                for (int i = 0; i < list.cargo.size(); i++) {
                    CargoItem item = list.cargo.get(i);
                    if (frame.cargo.stream().noneMatch(c -> item.canonical() != null
                            && item.canonical().equals(c.canonical()) || c.text().equalsIgnoreCase(item.text()))) {
                        frame.addCargo(item, list.cargoSpans.get(i));
                    }
                }
                frame.sortCargo();
                frame.addEvidence(sentence);
                frame.lastSentence = Math.max(frame.lastSentence, s);
            }
        }
    }

    /**
     * After merging, an event still without a date takes a day- or month-precise one from the sentence
     * right after its first, unless that sentence opens another event ("… seized nearly 2,000 rifles,
     * the navy said on Monday. Sailors from HMAS Darwin stopped the vessel on Feb. 27 …"). Done after
     * merging so that a date never splits an incident.
     */
    private void lateDates(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
        for (Frame frame : frames) {
            int next = frame.firstSentence + 1;
            if (next >= doc.analyzed().sentences().size() || firsts.contains(next)) {
                continue;
            }
            if (frame.date == null) {
                frame.date = EventDates.preciseDate(doc, next);
            } else if (frame.date.value() != null && frame.date.value().length() < 10) {
                // "… went missing last week … The operation took place on Thursday, Jan. 11": the day
                // inside the week, month or year told first is the same date, told precisely
                DateValue day = EventDates.preciseDate(doc, next);
                if (day != null && day.value().length() == 10 && EventDates.within(day.value(), frame.date.value())) {
                    frame.date = day;
                }
            }
        }
    }



    /**
     * "On 9 March 2015, customs officers at Garoua-Boulai inspected a lorry … Hidden under bags of rice, they
     * found seven rifles": an event still without a date takes a day- or month-precise one from the
     * sentence right before it in the same paragraph when no other event tells that sentence.
     */
    private static void earlierDates(DocumentAnalysis doc, List<Frame> frames) {
        // the sentences the events tell (an event's own span starts after the sentence before it)
        java.util.BitSet told = new java.util.BitSet();
        frames.forEach(f -> told.set(f.firstSentence, f.lastSentence + 1));
        for (Frame frame : frames) {
            int previous = frame.firstSentence - 1;
            if (frame.date != null || previous < 0 || !sameParagraph(doc, previous, frame.firstSentence)
                    || told.get(previous)) {
                continue;
            }
            frame.date = EventDates.preciseDate(doc, previous);
        }
    }

    /** The state body named first in the first two sentences: who speaks in a press release; or null. */
    private static Party speaker(DocumentAnalysis doc) {
        List<Sentence> sentences = doc.analyzed().sentences();
        int end = sentences.get(Math.min(1, sentences.size() - 1)).end();
        for (Entity entity : doc.entitiesIn(0, end)) {
            if (entity.type() == EntityType.ORGANIZATION && entity.attribute("country") != null
                    && entity.attribute("group") == null) {
                return new Party(entity.text(), entity.attribute("country"), null);
            }
        }
        return null;
    }

    /**
     * The sentence just before {@code s} in its paragraph when it tells a stop or a boarding (it opened no
     * event: the caller checks) and is no summary ("… boarded a stateless dhow off Oman."); else null.
     */
    private static Integer goodsLessLead(DocumentAnalysis doc, int s) {
        RuleMatch trigger = s == 0 ? null : first(doc.matches(s - 1), Relation.SEIZURE_TRIGGER);
        // a verb tells the stop; "It is the third seizure at Tin Can this year" names an incident, not this one
        if (trigger == null || !sameParagraph(doc, s - 1, s) || trigger.rule().name().startsWith("seizure.noun")) {
            return null;
        }
        return isSummary(doc, doc.analyzed().sentences().get(s - 1)) ? null : s - 1;
    }

    /**
     * The sentences around a trigger sentence that may complete its event: the one before it in the same
     * paragraph and up to {@link #CONTEXT_AFTER} after it, as long as none of them opens an event itself.
     */
    private List<Integer> contextSentences(DocumentAnalysis doc, int s) {
        List<Integer> context = new ArrayList<>();
        // the sentence before, unless it already completes an event opened just before it
        if (s > 0 && sameParagraph(doc, s - 1, s) && !hasTrigger(doc, s - 1) && (s < 2 || !hasTrigger(doc, s - 2))) {
            context.add(s - 1);
        }
        for (int next = s + 1; next <= s + CONTEXT_AFTER && next < doc.analyzed().sentences().size(); next++) {
            if (hasTrigger(doc, next)) {
                break;
            }
            context.add(next);
        }
        return context;
    }


    /**
     * "Case 4: USS Sirocco, 28 March 2016 / 5. The US patrol ship Sirocco … intercepted a stateless dhow":
     * the date of the heading over the trigger's paragraph, looking back at most three sentences and not
     * past another trigger.
     */
    private static DateValue headingDate(DocumentAnalysis doc, int s) {
        for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
            if (Headings.opensSection(doc, k)) {
                return EventDates.preciseDate(doc, k);
            }
            if (hasTrigger(doc, k)) {
                return null;
            }
        }
        return null;
    }

    static boolean hasTrigger(DocumentAnalysis doc, int s) {
        return doc.matches(s).stream().anyMatch(m -> m.relation().isTrigger());
    }

    private Integer nextSentenceWithoutTrigger(DocumentAnalysis doc, int s) {
        int next = s + 1;
        if (next >= doc.analyzed().sentences().size() || !sameParagraph(doc, s, next)) {
            return null;
        }
        return hasTrigger(doc, next) ? null : next;
    }

    private static boolean sameParagraph(DocumentAnalysis doc, int a, int b) {
        if (a < 0 || b < 0) {
            return false;
        }
        List<Sentence> sentences = doc.analyzed().sentences();
        int from = sentences.get(Math.min(a, b)).end();
        int to = sentences.get(Math.max(a, b)).start();
        return from <= to && doc.analyzed().text().substring(from, to).indexOf('\n') < 0;
    }

    /**
     * One incident, one event: a frame joins an earlier frame about the same vessel, or the frame just
     * before it when it follows within {@link #FOLLOW_UP_WINDOW} sentences and no slot disagrees ("The
     * Klos C was boarded on Wednesday. Inspectors found 40 rockets in the hold.").
     */
    private static List<Frame> merge(DocumentAnalysis doc, List<Frame> frames) {
        List<Frame> merged = new ArrayList<>();
        // the merged frames by vessel name, in merge order: a report naming thousands of ships stays linear
        Map<String, List<Frame>> byVessel = new java.util.HashMap<>();
        Map<Frame, Integer> positions = new java.util.IdentityHashMap<>();
        for (Frame frame : frames) {
            Frame same = null;
            String name = Frame.vesselName(frame.vessel);
            for (Frame earlier : name == null ? List.<Frame>of() : byVessel.getOrDefault(name, List.of())) {
                if (earlier.type == frame.type && name.equals(Frame.vesselName(earlier.vessel))
                        && earlier.compatible(frame)) {
                    same = earlier;
                    break;
                }
            }
            if (same == null && frame.backReference) {
                // "Diplomats put the seizure in mid-August": the definite noun points back to the last
                // seizure told, whatever the dates say
                // (a bounded look back keeps a report of thousands of incidents linear)
                for (int i = merged.size() - 1; i >= Math.max(0, merged.size() - 20) && same == null; i--) {
                    Frame earlier = merged.get(i);
                    if (earlier.type == frame.type && earlier.modality == frame.modality
                            && Frame.agree(Frame.vesselName(earlier.vessel), Frame.vesselName(frame.vessel))
                            && !earlier.toldApart(frame)) {
                        same = earlier;
                    }
                }
            }
            if (same == null && !merged.isEmpty()) {
                Frame previous = merged.get(merged.size() - 1);
                // a section heading in between starts another incident ("Case 3: FS Provence, 20 March 2016")
                if (frame.firstSentence - previous.lastSentence <= FOLLOW_UP_WINDOW && previous.compatible(frame)
                        && !Headings.between(doc, previous.lastSentence, frame.firstSentence)
                        && !SEPARATELY.matcher(doc.text(doc.analyzed().sentences().get(frame.firstSentence))).lookingAt()) {
                    // "Separately, the United States said North Korea had supplied Russia with …": another event
                    same = previous;
                } else if (previous.modality == Modality.NEGATED && frame.modality == Modality.ASSERTED
                        && frame.firstSentence == previous.lastSentence + 1 && previous.compatibleIn(frame, false)) {
                    // "… broke off a search of a cargo ship and found no weapons. A boarding team went aboard
                    // the Roseline A late on Sunday …": the details that follow a negated lead are the same
                    // failed search, not a second, successful one
                    same = previous;
                } else if (previous.modality != frame.modality && merged.size() > 1) {
                    // "… Cyprus confiscated the munitions. … the US Navy stopped the ship but lacked the authority to
                    // hold it. … in February its containers were impounded": a failed attempt told in between does
                    // not end the thread of the incident before it
                    Frame before = merged.get(merged.size() - 2);
                    if (before.modality == frame.modality && frame.firstSentence - before.lastSentence <= FOLLOW_UP_WINDOW
                            && before.compatible(frame) && !Headings.between(doc, before.lastSentence, frame.firstSentence)) {
                        same = before;
                    }
                }
            }
            if (same == null) {
                positions.put(frame, merged.size());
                merged.add(frame);
                same = frame;
            } else {
                same.absorb(frame);
            }
            // a frame gets its vessel once (absorbing may give it one): index it then, in merge order
            String vessel = Frame.vesselName(same.vessel);
            if (vessel != null) {
                List<Frame> named = byVessel.computeIfAbsent(vessel, k -> new ArrayList<>());
                if (!named.contains(same)) {
                    int at = 0;
                    while (at < named.size() && positions.get(named.get(at)) < positions.get(same)) {
                        at++;
                    }
                    named.add(at, same);
                }
            }
        }
        merged.sort(Comparator.comparingInt(f -> f.evidence.get(0).start()));
        return merged;
    }


}
