package org.interdict.event;

import static org.interdict.event.Parties.noGoal;
import static org.interdict.event.Parties.parties;
import static org.interdict.event.Parties.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.date.DateMention;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.WorldPlaces;
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
import org.interdict.text.Token;

/**
 * Turns rule matches into events. A sentence with a seizure trigger and arms-related goods or a vessel
 * (in it or in a neighbouring sentence of the same paragraph) opens a seizure frame; its slots come from
 * the slot rules in that sentence and, for what the sentence leaves open, from the next sentence when
 * that one opens no frame of its own ("They were en route to Syria."). Frames about the same vessel
 * merge into one event; report-level passes ({@link ReportPasses}) then complete them (routes, dates and
 * sources told once for several events). Transfers ({@link TransferAssembler}) need a recipient and goods. Ships and aircraft come
 * from {@link Conveyances}, instruments from {@link EventInstruments}, modality from {@link EventModality}.
 * Stateless and thread-safe.
 */
public final class EventAssembler {

    private static final Pattern VESSEL_ANAPHOR = Pattern.compile(
            "(?i)\\b(it|ship|vessel|freighter|tanker|dhow|boat|cargo|shipment|consignment|they|crew)\\b");
    /** Where one clause of a sentence ends and a coordinated one begins. */
    static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?=(and|while|whereas|but)\\b)|;\\s+");
    private static final Pattern AND_BREAK = Pattern.compile("\\s+(?=and\\s)");
    /**
     * "… searched a house and found a bunker beneath a bedroom. Inside, packed in coolers, were 11 anti-tank
     * weapons …", "… a consignment seized in Burao. It consisted of 101 anti-tank mines …": a sentence that opens
     * inside the place searched, or with what the thing seized held, lists the goods.
     */
    private static final Pattern FOUND_INSIDE = Pattern.compile("(?i)(inside|within|in it|in them|beneath|underneath|"
            + "hidden (inside|in|under)|packed (inside|in)|stashed (inside|in)|concealed (inside|in|under)"
            // "… seized a consignment of 45 boxes. The boxes contained encrypted military radios": what it held
            // "It had been shipped from Yemen, was destined for the ONLF and consisted of 101 anti-tank mines"
            + "|(it|they|the \\w+)( [^.;]{0,120}?\\b(and|but))? (had )?(consisted of|contained|comprised|included|held))\\b");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?i)^(and|but|though|although|while|as|yet)\\s+");
    /** What the load held, told by a source: "Erdogan said the boxes held munitions", "The crates contained …". */
    private static final Pattern CONTENTS_TOLD = Pattern.compile("(?i)(?:[^.;]{0,80}?\\b(?:said|says|told reporters|"
            + "reported|stated|added)\\s+(?:that\\s+)?)?(?:the|its|their)\\s+(?:boxes|crates|cargo|containers|consignment|"
            + "shipment|packages|parcels|load|cases)\\s+(?:had\\s+)?(?:held|contained|included|consisted of|comprised)\\b");
    /** Goods named back: "impounded the shipment" ("them" is as often the crew or the goods of the sentence). */
    private static final Pattern GOODS_ANAPHOR = Pattern.compile("(?i)\\b(the|this|that|these|those) (shipment|cargo|"
            + "consignment|weapons|arms|guns|munitions|goods|load|materiel)\\b");
    /** Goods named back by their kind: "the rifles", "those missiles", "the seized weapons". */
    private static final Pattern EARLIER_GOODS = Pattern.compile("(?i)\\b(the|these|those) ([\\w-]+ )?(shipment|cargo|"
            + "consignment|weapons|arms|guns|rifles|pistols|missiles|rockets|munitions|ammunition|goods|materiel|explosives)\\b");
    /** Goods on their way: carried, loaded, flown, unloaded, bound somewhere. */
    private static final Pattern GOODS_ON_THE_WAY = Pattern.compile("(?i)\\b(carr(y|ies|ied|ying)|loaded|laden|"
            + "transport(ed|ing)|unloaded|offloaded|shipped|flown|flew|bound for|en route|on (its|their) way)\\b");
    /** A weighed or counted drug haul: "2 tonnes of hashish", "400 kilograms of cannabis resin". */
    private static final Pattern DRUG_HAUL = Pattern.compile("(?i)\\b[\\d.,]+\\s*(tonnes?|tons?|kilograms?|kilos?|kg|grams?|"
            + "pounds?|lbs?|bales|packages|packets|bags)\\s+of\\s+([\\w-]+\\s+)?(hashish|cannabis|marijuana|cocaine|heroin|"
            + "methamphetamine|khat|captagon|tramadol|drugs|narcotics)\\b");
    /** Someone looking at the goods later: "The Panel inspected samples …", "experts examined the rifles". */
    private static final Pattern LATER_VISIT = Pattern.compile("(?i)\\b(inspected|examined|visited|photographed|"
            + "analy[sz]ed|interviewed|viewed)\\b"
            // "… and two days later the ship was released": a date counted on from the event is a later happening
            + "|\\b(days?|weeks?|months?|hours?)\\s+later\\b|\\bthe\\s+(next|following)\\s+(day|week|month|morning)\\b");
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
            // "some 250 rifles had been taken off Rio's streets in the past five months": a total over months
            + "|\\b(have|has|had) (been )?\\w+\\b[^.;]*\\b(in|over|during) the (past|last|previous) (\\w+ )?(months|years)\\b"
            // "Last year customs officers across Nigeria seized more than 1,100 firearms": a year's tally
            + "|\\b(last|this|that|the previous|the past) year\\b[^.;]*\\b(across|throughout|nationwide)\\b"
            + "|\\b(across|throughout) (the country|\\p{Lu}[\\p{L}-]+)\\b[^.;]*\\b(last|this|that) year\\b"
            // "… which account for most guns recovered at crime scenes in Mexico": a share of all finds
            + "|\\b(most|many|much|the majority|a majority|a third|half|\\d+ (per ?cent|%))( of)?( the)? (guns|firearms|"
            + "weapons|arms|rifles)\\b[^.;]{0,20}\\b(recovered|seized|found|traced|confiscated)\\b");
    private static final Pattern SEVERAL_SHIPS = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|"
            + "several|multiple|[2-9]|\\d\\d+) (separate |other |more |further |distinct |similar |earlier |previous |prior )?([\\w-]+-laden |suspect |suspicious )?(vessels|ships|dhows|boats|shipments|"
            + "consignments|finds|seizures|interceptions|interdictions|incidents|cases)\\b");
    /** "held two lorries … over the past month": vehicles counted over a stretch of time just past. */
    private static final Pattern SEVERAL_VEHICLES = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|"
            + "several|[2-9]|\\d\\d+) (\\w+ )?(lorries|trucks|vehicles|vans|cars|containers|planes|flights|parcels)\\b.*"
            + "\\b(over|in|during) the (past|last|previous) (\\w+ )?(days?|weeks?|months?|years?)\\b");
    private static final Pattern OVER_A_PERIOD = Pattern.compile("(?i)\\b(between|from) (early |late |mid-)?"
            + "(january|february|march|april|may|june|july|august|september|october|november|december|\\d{4})\\b"
            + "|\\b(over|in|during) the (past|last|previous|following) \\w+|\\bsince\\b"
            // "three consignments … seized … during 2021", "three separate finds … during June"
            + "|\\b(during|throughout) (the (year|month) of )?((19|20)\\d\\d|january|february|march|april|may|june|july|"
            + "august|september|october|november|december)\\b"
            // "in little more than a month", "within a week"
            + "|\\b(in|within) (little |just |a little )?(more|less) than (a|one|two|three|six) (weeks?|months?|years?)\\b"
            + "|\\bwithin (a|one|two|three|six) (weeks?|months?|years?)\\b");

    /** "It followed the ", "came after the ", "echoed the ": a noun of another incident, not this one named back. */
    private static final Pattern EARLIER_INCIDENT_BEFORE = Pattern.compile("(?i)\\b(follow(s|ed|ing)?|preced(es|ed|ing)|"
            + "came\\s+after|comes\\s+after|echo(es|ed|ing)?|mirror(s|ed|ing)?|recall(s|ed|ing)?)\\s+(on\\s+the\\s+heels\\s+of\\s+)?"
            + "the\\s*$");
    /** A sentence that names its ship or goods as others than those told: "from another fishing boat". */
    private static final Pattern ANOTHER_INCIDENT = Pattern.compile("(?i)\\b(another|a second|a third|a separate)\\s+"
            + "([\\w-]+\\s+){0,2}?(boat|ship|vessel|dhow|freighter|plane|aircraft|flight|truck|lorry|container|shipment|"
            + "consignment|cache|haul)\\b");

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

    /** A verb of telling right before "the seizure": "announced the", "had disclosed its". */
    private static final Pattern ANNOUNCED_BEFORE = Pattern.compile("(?i)\\b(announced|announcing|reported|reporting|"
            + "confirmed|confirming|disclosed|disclosing|revealed|revealing|publici[sz]ed|publici[sz]ing|made public)"
            + "\\s+(the|its|their|this)\\s+$");
    /** What a custody verb takes over that was told before: "… of the ship", "… of the weapons", "… of it". */
    private static final Pattern CUSTODY_OF_TOLD = Pattern.compile("(?i)\\s+(?:(?:the|its|their)\\s+(?:ship|vessel|"
            + "freighter|dhow|boat|plane|aircraft|cargo|shipment|consignment|weapons|arms|missiles|munitions|containers|"
            + "crew|haul)|it|them)\\b");

    /**
     * Whether a cover phrase names goods: "hidden under them" (a pronoun) and "crates marked as Libyan" (a
     * country alone) name none.
     */
    static boolean namesACover(DocumentAnalysis doc, TokenRange cover) {
        String text = doc.text(cover);
        // "Croatia is itself covered by the embargo": a measure covers a country, it hides no goods
        return !PRONOUN.matcher(text).matches() && !A_MEASURE.matcher(text).find()
                && doc.entitiesIn(doc.charStart(cover), doc.charEnd(cover)).stream()
                .noneMatch(e -> e.type() == EntityType.TREATY
                        || e.type() == EntityType.COUNTRY && e.text().length() == text.strip().length());
    }

    private static final Pattern A_MEASURE = Pattern.compile("(?i)\\b(embargo(es)?|sanctions|ban|resolutions?|law|laws|"
            + "regulations?|treaty|convention|regime)\\b");
    private static final String LATER_SUBJECT = "authority.subject.later";
    private static final String FOLLOWING_TRANSFER = "transfer.followed";
    /** A sentence that says it tells another incident: "Separately, …", "In a separate case, …". */
    private static final Pattern SEPARATELY = Pattern.compile("(?i)(\\d+\\.\\s*)?(separately|in a separate (case|incident|"
            + "operation|development|seizure)|in another (case|incident|operation)|elsewhere)\\b");
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

    private final ReportPasses passes;

    /** Countries for places the curated gazetteers do not know. */
    private final WorldPlaces world;

    public EventAssembler(InstrumentResolver instruments, WorldPlaces world) {
        this.instruments = new EventInstruments(instruments);
        this.transfers = new TransferAssembler(this.instruments);
        this.passes = new ReportPasses(this.instruments);
        this.world = world;
    }

    /** The events of the document and the entities assembly adds (resolved instrument phrases). */
    public record Assembly(List<Event> events, List<Entity> addedEntities) {
    }

    public Assembly assemble(DocumentAnalysis analysis) {
        DocumentAnalysis doc = EventModality.withoutFalseTriggers(analysis);
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
            boolean plannedLeg = frame == null && seizure == null && transfer != null
                    && transfers.plannedLegOfSeized(doc, s, transfer, frames, added);
            if (frame == null && transfer != null && !plannedLeg && (seizure == null || !isSummary(doc, sentences.get(s)))) {
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
        if (frames.stream().anyMatch(f -> f.type == EventType.SEIZURE && f.modality == Modality.ASSERTED)) {
            // a ship that is seized is also brought into port: arrivals there are no deliveries (a search that
            // found nothing seized no ship)
            frames.removeIf(f -> f.arrival);
        }
        List<Frame> merged = merge(doc, frames);
        Set<Integer> firsts = ReportPasses.firstSentences(merged);
        passes.namedLater(doc, merged, firsts);
        passes.inventories(doc, merged, firsts);
        merged.forEach(Frame::dropRestatements);
        // "searched the Ilyushin Il-76 … In the hold they found crates of rockets": merged finds name the plane
        // among the goods
        merged.forEach(Conveyances::dropCarrier);
        merged.forEach(CargoCollector::dropGeneralBesideKinds);
        merged.forEach(CargoCollector::dropTotalsOfBreakdowns);
        ReportPasses.lateCovers(doc, merged, firsts);
        ReportPasses.series(merged);
        passes.lateDates(doc, merged, firsts);
        ReportPasses.earlierDates(doc, merged);
        passes.singleIncidentRoutes(doc, merged, added);
        passes.collectiveRoutes(doc, merged, added);
        ReportPasses.destinationsByGoods(doc, merged);
        passes.breachStatements(doc, merged, added);
        passes.chargeStatements(doc, merged, added);
        ReportPasses.leadAttribution(doc, merged);
        ReportPasses.waypoints(doc, merged);
        List<Entity> sanctions = EventInstruments.sanctions(doc);
        for (Frame frame : merged) {
            if (frame.instruments.isEmpty() && (frame.type == EventType.TRANSFER || frame.modality == Modality.ASSERTED)) {
                // "… sanctions for buying Russian jets … under CAATSA": a sanctions measure on the supplier's
                // or the recipient's country named anywhere in the report (for a seizure, once the report's
                // passes have given it the route it lacked in its own sentences)
                instruments.fromReport(doc, sanctions, frame, frame.type == EventType.TRANSFER);
            }
        }
        List<Event> events = new ArrayList<>();
        String docId = doc.document().id();
        Set<String> homeAgencies = homeAgencies(doc);
        String datelineCountry = places.datelineCountry();
        for (Frame frame : merged) {
            if (frame.authority == null && frame.unplacedAgent != null && datelineCountry != null
                    && (Frame.actsAtHome(frame.unplacedAgent) || namesCountryInText(doc, datelineCountry))) {
                // "DUSHANBE - … border guards seized 14 rifles": agents of no named country in a report filed
                // from a town of their country act at home; "JERUSALEM - Israel put crates … on show … after naval
                // commandos boarded the Karine A": a navy or commandos are that country's when the report names it
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
            ReportPasses.importedInto(doc, frame);
            instruments.dropLaterResolutions(frame);
            events.add(frame.toEvent(docId + "#e" + (events.size() + 1)));
        }
        return new Assembly(events, added);
    }

    // ---------------------------------------------------------------------------------------------
    // Seizures

    /**
     * The date of the find told in sentence {@code s}: "On 17 August 2008 the Monitoring Group inspected a
     * consignment seized by the Somaliland authorities on 15 April 2008" dates the inspection first; the date
     * after the seizure verb, when someone looked at the goods before it, is the find's.
     */
    private static DateValue dateOfTheFind(DocumentAnalysis doc, int s, int triggerStart) {
        Sentence sentence = doc.analyzed().sentences().get(s);
        if (LATER_VISIT.matcher(doc.analyzed().text().substring(sentence.start(), triggerStart)).find()) {
            DateValue after = EventDates.dateWithin(doc, s, triggerStart, sentence.end());
            if (after != null && after.value() != null) {
                return after;
            }
        }
        // "A prosecutor on Thursday began questioning the crew of the Andromeda, which coast guards boarded off
        // Crete on Saturday": a trigger in a relative clause after another dated verb takes its own clause's date
        Matcher relative = RELATIVE_CLAUSE.matcher(doc.analyzed().text()).region(sentence.start(), triggerStart);
        int clauseStart = -1;
        while (relative.find()) {
            clauseStart = relative.start();
        }
        if (clauseStart > sentence.start() && EventDates.dateBefore(doc, s, clauseStart) != null) {
            int clauseEnd = clauseAround(doc.analyzed().text(), CLAUSE_BREAK, sentence, triggerStart).end();
            DateValue own = EventDates.dateWithin(doc, s, clauseStart, clauseEnd);
            if (own != null && own.value() != null) {
                return own;
            }
        }
        return EventDates.date(doc, s);
    }

    /** Where a relative clause about the thing just named opens: ", which", ", whose crew". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(which|whose|where)\\b");

    /** Whether the trigger's clause weighs a drug haul and every item collected lies in another clause. */
    private static boolean drugHaulInOwnClause(DocumentAnalysis doc, Sentence sentence, int triggerStart, Frame frame) {
        if (frame.cargo.isEmpty()) {
            return false;
        }
        Span clause = clauseAround(doc.analyzed().text(), CLAUSE_BREAK, sentence, triggerStart);
        return DRUG_HAUL.matcher(doc.analyzed().text()).region(clause.start(), clause.end()).find()
                && frame.cargoSpans.stream().noneMatch(span -> span.start() >= clause.start() && span.end() <= clause.end());
    }

    /** The clause of the sentence that holds offset {@code at}, cut where {@code breaks} matches. */
    static Span clauseAround(String text, Pattern breaks, Sentence sentence, int at) {
        int clauseStart = sentence.start();
        int clauseEnd = sentence.end();
        Matcher clauseBreak = breaks.matcher(text).region(sentence.start(), sentence.end());
        while (clauseBreak.find()) {
            if (clauseBreak.end() <= at) {
                clauseStart = clauseBreak.end();
            } else {
                clauseEnd = clauseBreak.start();
                break;
            }
        }
        return new Span(clauseStart, clauseEnd);
    }

    private Frame seizureFrame(DocumentAnalysis doc, int s, RuleMatch trigger, List<Entity> added,
            List<Entity> resolutions, PlaceCountries places, List<Frame> told) {
        Sentence sentence = doc.analyzed().sentences().get(s);
        if (isSummary(doc, sentence)) {
            return null;
        }
        List<RuleMatch> matches = doc.matches(s);
        Frame frame = new Frame(EventType.SEIZURE, sentence, s);
        int triggerToken = trigger.group("$trigger").start();
        int triggerStart = doc.charStart(trigger.group("$trigger"));
        // "the seizure", and "the seized materiel" (a participle after an article describes goods already
        // taken) point back to an incident already told
        frame.backReference = triggerToken > 0 && (trigger.rule().name().startsWith("seizure.noun")
                || PARTICIPLE.matcher(doc.analyzed().tokens().get(triggerToken).text()).matches())
                && DEFINITE.contains(doc.analyzed().tokens().get(triggerToken - 1).text().toLowerCase(Locale.ROOT))
                // "It followed the seizure on Jan. 6 of 2,116 rifles … from another fishing boat": an earlier incident
                && !EARLIER_INCIDENT_BEFORE.matcher(doc.analyzed().text().substring(sentence.start(), triggerStart)).find()
                && !ANOTHER_INCIDENT.matcher(doc.text(sentence)).find();
        // "US forces then took custody of the ship": the goods or the ship already taken change hands
        frame.handOver = trigger.rule().name().equals("seizure.phrasal") && CUSTODY_OF_TOLD.matcher(doc.analyzed().text()
                .substring(doc.charEnd(trigger.group("$trigger")), sentence.end())).lookingAt();
        frame.backReference |= frame.handOver;
        // "Central Command, which announced the seizure on Wednesday": who tells of a seizure need not have made it
        frame.announced = frame.backReference && ANNOUNCED_BEFORE.matcher(doc.analyzed().text()
                .substring(Math.max(sentence.start(), triggerStart - 40), triggerStart)).find();

        List<Span> excluded = CargoCollector.excludedSpans(doc, matches);
        CargoCollector.collect(doc, sentence, matches, excluded, frame);
        frame.vessel = Conveyances.vessel(doc, sentence);
        if (frame.cargo.isEmpty() && DRUG_HAUL.matcher(doc.text(sentence)).find()
                || drugHaulInOwnClause(doc, sentence, triggerStart, frame)) {
            // "The same unit last month burned 2 tonnes of hashish seized from a speedboat": a drug haul takes no
            // arms from the sentences around it (a ship searched "for narcotics" may still hold arms: no weight there),
            // nor from a clause joined to it ("intercepted 400 kilograms of cannabis resin, and the army has armed
            // drones that …")
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
        boolean foundInside = next != null && FOUND_INSIDE.matcher(doc.text(doc.analyzed().sentences().get(next))).lookingAt();
        if (frame.cargo.isEmpty() && next != null && (anaphoric || foundInside)) {
            Sentence following = doc.analyzed().sentences().get(next);
            CargoCollector.collectIn(doc, next, frame);
            if (!frame.cargo.isEmpty()) {
                frame.addEvidence(following);
                frame.lastSentence = next;
            }
        }
        if (frame.cargo.isEmpty() && anaphoric) {
            Integer contents = contentsToldLater(doc, s);
            if (contents != null) {
                CargoCollector.collectIn(doc, contents, frame);
                if (frame.cargo.isEmpty()) {
                    CargoCollector.umbrella(doc, doc.analyzed().sentences().get(contents), frame);
                }
                if (!frame.cargo.isEmpty()) {
                    frame.addEvidence(doc.analyzed().sentences().get(contents));
                    frame.lastSentence = contents;
                }
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
        if (frame.cargo.isEmpty() && previous != null && GOODS_ANAPHOR.matcher(doc.text(sentence)).find()
                && GOODS_ON_THE_WAY.matcher(doc.text(doc.analyzed().sentences().get(previous))).find()
                && doc.matches(previous).stream().noneMatch(m -> m.relation() == Relation.SEIZURE_TRIGGER)) {
            // "An Iranian Boeing 747 unloaded 4,000 machine guns at Zagreb airport. Croatian authorities impounded
            // the shipment": the goods whose voyage was told just before, when no seizure of their own was told there
            CargoCollector.collectIn(doc, previous, frame);
            if (!frame.cargo.isEmpty()) {
                frame.addEvidence(doc.analyzed().sentences().get(previous));
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
        if (frame.vessel == null && frame.aircraft == null && frame.unnamedVessel == null) {
            frame.aircraft = Conveyances.carrierNearby(doc, s);
        }
        if (frame.vessel != null || frame.unnamedVessel != null) {
            Conveyances.shipNationality(doc, sentence, frame);
        }
        frame.authority = authority(doc, matches, triggerToken, sentence);
        if (frame.authority == null) {
            frame.authority = Conveyances.navyShip(doc, sentence);
        }
        if (frame.authority == null
                && FIRST_PERSON.matcher(doc.analyzed().text().substring(sentence.start(), triggerStart)).find()) {
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
                frame.unplacedAgent = unplaced == null ? null : doc.text(unplaced);
            }
        }
        frame.date = dateOfTheFind(doc, s, triggerStart);
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
            // "F-16s intercepted Syrian Air flight RB442, an Airbus A320 … Officials seized equipment from the plane"
            Conveyances.namedType(doc, leadMatches, frame);
            fillShared(doc, lead, leadMatches, frame, added);
            frame.addEvidence(leadSentence);
        }
        boolean earlierRoute = s > 0 && speaksOfEarlierIncident(doc, s);
        for (int context : contextSentences(doc, s)) {
            int before = frame.slotCount();
            List<RuleMatch> contextMatches = doc.matches(context);
            if (context == s - 1 && earlierRoute) {
                // its route, instruments and place are the earlier incident's; its source may still speak for this one
                contextMatches = contextMatches.stream().filter(m -> m.relation() != Relation.ORIGIN
                        && m.relation() != Relation.DESTINATION && m.relation() != Relation.INSTRUMENT).toList();
            }
            fillShared(doc, context, contextMatches, frame, added);
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
        if (frame.modality == Modality.NEGATED && deniesPartOfLastFind(doc, s, matches, told)) {
            // "… found cartridges and rounds, and the cargo was seized. Although the bill of lading also listed AK-47
            // rifles, no rifles were found on board.": the sentence goes on with that find (continueFrame)
            return null;
        }
        return frame;
    }

    /**
     * "A North Korean freighter … the weapons were being sent to North Korea for repair": a destination the
     * report states outranks an origin guessed from the ship's nationality.
     */
    static void giveWayToStatedRoute(DocumentAnalysis doc, TokenRange destinationGroup, Frame frame) {
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

    /** A carrier right after a nationality: "from a Syrian airliner", "from an Iranian dhow". */
    private static final Pattern CONVEYANCE_AFTER = Pattern.compile("(?i)\\s+([\\w-]+\\s+){0,2}?(airliner|plane|aircraft|"
            + "jet|flight|freighter|ship|vessel|dhow|boat|trawler|truck|lorry)\\b");

    /** Slots that may come from the trigger's sentence or the one after it. */
    private void fillShared(DocumentAnalysis doc, int s, List<RuleMatch> matches, Frame frame, List<Entity> added) {
        for (RuleMatch match : matches) {
            TokenRange group = match.group(match.relation().requiredGroup());
            switch (match.relation()) {
                case ORIGIN -> {
                    int before = frame.origin.size();
                    parties(doc, group, frame.origin, frame.destination);
                    String text = doc.analyzed().text();
                    int end = doc.charEnd(group);
                    if (frame.flagOrigin == null && frame.origin.size() == before + 1 && CONVEYANCE_AFTER.matcher(text)
                            .region(end, Math.min(text.length(), end + 30)).lookingAt()) {
                        // "confiscated from a Syrian airliner … sent to the Syrian Defence Ministry": the carrier's
                        // nationality gives way to a route the report states, as a ship's does
                        frame.flagOrigin = frame.origin.get(before);
                    }
                }
                case DESTINATION -> {
                    if (!noGoal(doc, group)) {
                        giveWayToStatedRoute(doc, group, frame);
                        parties(doc, group, frame.destination, frame.origin);
                    }
                }
                case DECLARED_CARGO -> {
                    if (namesACover(doc, group)) {
                        Frame.addText(frame.declaredCargo, doc.text(group));
                    }
                }
                case INSTRUMENT -> instruments.fromPhrase(doc, s, group, frame, added);
                case ATTRIBUTION -> {
                    // "and Prime Minister Tayyip Erdogan said", "though officials said": the conjunction joins the
                    // clause, it is no part of who said it
                    String source = LEADING_CONJUNCTION.matcher(doc.text(group)).replaceFirst("");
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
     * "officials said", "according to diplomats", "sources told": a source of no one in particular. The
     * first word after "according to" and the articles decides.
     */
    static boolean isGenericSource(String attribution) {
        for (String word : attribution.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (word.isEmpty() || ReportPasses.SOURCE_LEAD_WORDS.contains(word)) {
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

    /**
     * Whether the sentence finds no goods of one kind just after an asserted seizure that found goods (within the
     * {@link #CONTEXT_AFTER} window {@link #continueFrame} reads on in).
     */
    private static boolean deniesPartOfLastFind(DocumentAnalysis doc, int s, List<RuleMatch> matches, List<Frame> frames) {
        if (frames.isEmpty()) {
            return false;
        }
        Frame last = frames.get(frames.size() - 1);
        return last.type == EventType.SEIZURE && last.modality == Modality.ASSERTED && !last.cargo.isEmpty()
                && s - last.lastSentence <= CONTEXT_AFTER
                && matches.stream().anyMatch(m -> m.relation() == Relation.NEGATION)
                && matches.stream().filter(m -> m.relation() == Relation.NEGATION)
                        .allMatch(m -> EventModality.deniesOneKind(doc, m));
    }

    /** The rule that reads the state whose jets met or escorted the carrier. */
    private static final String ESCORT_AUTHORITY = "authority.escort.aircraft";

    private Party authority(DocumentAnalysis doc, List<RuleMatch> matches, int triggerToken, Sentence sentence) {
        RuleMatch best = null;
        RuleMatch laterSubject = null;
        RuleMatch sentenceSubject = null;
        RuleMatch speakingAgency = null;
        RuleMatch escort = null;
        for (RuleMatch match : matches) {
            if (match.relation() != Relation.AUTHORITY) {
                continue;
            }
            if (match.rule().name().startsWith(GENERIC_AUTHORITY)) {
                continue;
            }
            TokenRange agent = match.group("$agent");
            Party candidate = party(doc, doc.charStart(agent), doc.charEnd(agent));
            if (seizesNothing(doc, agent)) {
                // "the American-registered Boeing 727 its security forces impounded": a maker, a shipping line,
                // a newspaper or a UN committee seizes nothing
                continue;
            }
            if (candidate == null || candidate.country() == null) {
                // "South Africa has told the UN that it confiscated …", "to an anti-balaka commander …, where
                // customs seized": a body of no state, or an armed group, is no seizing agency
                continue;
            }
            // "with Turkish fighter jets standing by": read wherever it stands, used when nothing else is
            if (match.rule().name().equals(ESCORT_AUTHORITY)) {
                escort = escort == null ? match : escort;
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
            if (agent.start() > triggerToken && speakingAgency == null && isPassive(doc, triggerToken)
                    && speaksAsAgency(doc, agent)) {
                speakingAgency = match;
            }
            if (agent.end() <= triggerToken && triggerToken - agent.end() <= 12
                    && (best == null || agent.start() > best.group("$agent").start()) && !isHelper(doc, agent)) {
                best = match;
            } else if (agent.end() <= triggerToken && sentenceSubject == null && (agent.start() - sentence.firstToken() <= 2
                    || INTRODUCTORY.matcher(doc.analyzed().text().substring(sentence.start(), doc.charStart(agent))).matches())) {
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
            // "… were confiscated at the cargo terminal of Rio's airport, Brazilian police said": with no
            // agent told, the police, customs or military body that reports the seizure made it
            best = speakingAgency;
        }
        if (best == null) {
            // "… was ordered down at Diyarbakir, with Turkish fighter jets standing by": the state whose jets
            // met or escorted the carrier, wherever the sentence names them
            best = escort;
        }
        if (best == null) {
            return null;
        }
        TokenRange agent = best.group("$agent");
        Party party = party(doc, doc.charStart(agent), doc.charEnd(agent));
        return party == null ? null : new Party(doc.text(agent), party.country(), party.group());
    }

    private static boolean seizesNothing(DocumentAnalysis doc, TokenRange agent) {
        String text = doc.text(agent).strip();
        return doc.entitiesIn(doc.charStart(agent), doc.charEnd(agent)).stream()
                .anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.text().length() == text.length()
                        && ("company".equals(e.attribute("kind")) || "media".equals(e.attribute("kind"))
                                // "the Security Council's Iran sanctions committee has told Cyprus …": a UN committee,
                                // panel or council reports and judges; it seizes nothing (peacekeepers may)
                                || "un-body".equals(e.attribute("kind")) && UN_DESK.matcher(e.canonical()).find()));
    }

    /** The UN bodies that sit at a desk: committees, panels, councils, assemblies, monitoring groups. */
    private static final Pattern UN_DESK = Pattern.compile("(?i)\\b(committee|panel|council|assembly|monitoring group)\\b");

    /** "On Jan. 28, the …": a time or place phrase set off before the subject of the sentence. */
    private static final Pattern INTRODUCTORY = Pattern.compile("(?i)\\s*(on|in|at|early|late|last|during|after)\\b"
            + "[^,;]{0,40},\\s*(the\\s+)?");

    private static final Set<String> SPEAKING_VERBS = Set.of("said", "says", "say", "reported", "announced", "stated");

    /** The body of a country-and-body mention the gazetteer built ("Brazilian police"), which carries no kind. */
    private static final Pattern AGENCY_BODY = Pattern.compile("(?i)\\b(police|customs|coast ?guard|gendarmerie|army|"
            + "military|border guards?)$");

    /** Whether the agent is a police, customs, coast-guard or military body followed by a verb of saying. */
    private static boolean speaksAsAgency(DocumentAnalysis doc, TokenRange agent) {
        List<Token> tokens = doc.analyzed().tokens();
        if (agent.end() >= tokens.size()
                || !SPEAKING_VERBS.contains(tokens.get(agent.end()).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return doc.entitiesIn(doc.charStart(agent), doc.charEnd(agent)).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && (e.attribute("kind") != null ? HOME_AGENCY_KINDS.contains(e.attribute("kind"))
                        : AGENCY_BODY.matcher(e.text()).find()));
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "be");

    /** "were confiscated", "had been quietly seized": an auxiliary of the passive within the two words before. */
    private static boolean isPassive(DocumentAnalysis doc, int triggerToken) {
        List<Token> tokens = doc.analyzed().tokens();
        for (int i = Math.max(0, triggerToken - 2); i < triggerToken; i++) {
            if (PASSIVE_AUXILIARIES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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

    /** Whether a comma, semicolon or colon lies between two tokens. */
    private static boolean clauseBreakBetween(DocumentAnalysis doc, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = doc.analyzed().tokens().get(i).text();
            if (word.equals(",") || word.equals(";") || word.equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** The agent without a country nearest the trigger: just before it, or after it following "by". */
    private static TokenRange genericAgent(DocumentAnalysis doc, List<RuleMatch> matches, int triggerToken) {
        TokenRange best = null;
        for (TokenRange agent : genericAgents(doc, matches)) {
            boolean before = agent.end() <= triggerToken && triggerToken - agent.end() <= 6;
            // "was stopped in Yemeni waters on January 23 by the coast guard": the place and day may come between
            boolean byAfter = agent.start() > triggerToken && agent.start() - triggerToken <= 10
                    && "by".equalsIgnoreCase(doc.analyzed().tokens().get(agent.start() - 1).text())
                    && !clauseBreakBetween(doc, triggerToken, agent.start());
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
        // "… from a Syrian passenger jet … Turkish F-16s intercepted Syrian Air flight 442, an Airbus A320": the
        // plane named by its type after a bare "jet"
        Conveyances.namedType(doc, matches, last);
        if (last.slotCount() > before) {
            last.addEvidence(doc.analyzed().sentences().get(s));
            last.lastSentence = s;
        }
    }

    /**
     * A running count or yearly total ("has seized eight firearms since the start of the year"), or a
     * summary of incidents the report tells one by one ("Between September 2015 and March 2016, naval
     * forces intercepted four vessels …"): no incident of its own.
     */
    static boolean isSummary(DocumentAnalysis doc, Sentence sentence) {
        String said = doc.text(sentence);
        return TALLY.matcher(said).find() || SEVERAL_SHIPS.matcher(said).find() && OVER_A_PERIOD.matcher(said).find()
                || SEVERAL_VEHICLES.matcher(said).find();
    }

    /** Whether the text after the dateline names the country (as a country or a national adjective). */
    private static boolean namesCountryInText(DocumentAnalysis doc, String country) {
        Matcher dateline = PlaceCountries.DATELINE.matcher(doc.analyzed().text());
        int after = dateline.lookingAt() ? dateline.end() : 0;
        return doc.entitiesIn(after, doc.analyzed().text().length()).stream()
                .anyMatch(e -> e.type() == EntityType.COUNTRY && country.equals(e.id()));
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
     * Whether the sentence before {@code s} speaks of an incident told before it: it lies within {@link
     * #CONTEXT_AFTER} of an earlier trigger, or names goods back after an earlier trigger in the paragraph ("…
     * seized 200 rifles … Investigators said the rifles were bound for X. On 9 March a second boat …").
     */
    private static boolean speaksOfEarlierIncident(DocumentAnalysis doc, int s) {
        for (int k = s - 1; k >= Math.max(0, s - 1 - CONTEXT_AFTER); k--) {
            if (hasTrigger(doc, k)) {
                return true;
            }
        }
        String before = doc.text(doc.analyzed().sentences().get(s - 1));
        for (int k = s - 2; k >= 0 && sameParagraph(doc, k, s); k--) {
            if (hasTrigger(doc, k) && EARLIER_GOODS.matcher(before).find()) {
                return true;
            }
        }
        return false;
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

    /**
     * "Turkey is refusing to hand back the cargo it removed from Syrian Air flight 442. … Erdogan said the boxes held
     * munitions …": a seizure of goods not yet named takes what a sentence up to three later says the load held,
     * unless goods are named in between (those belong to something else) or a seizure of a ship is told again.
     */
    private static Integer contentsToldLater(DocumentAnalysis doc, int s) {
        int count = doc.analyzed().sentences().size();
        for (int later = s + 1; later <= s + 3 && later < count; later++) {
            Sentence sentence = doc.analyzed().sentences().get(later);
            if (CONTENTS_TOLD.matcher(doc.text(sentence)).lookingAt()) {
                return later;
            }
            Frame probe = new Frame(EventType.SEIZURE, sentence, later);
            CargoCollector.collectIn(doc, later, probe);
            // nor past another telling of a seizure of a ship ("… emptying the holds of a captured freighter. Naval
            // commandos stopped the Klos C …"): the contents are that telling's
            if (!probe.cargo.isEmpty() || hasTrigger(doc, later) && Conveyances.vessel(doc, sentence) != null) {
                return null;
            }
        }
        return null;
    }

    private Integer nextSentenceWithoutTrigger(DocumentAnalysis doc, int s) {
        int next = s + 1;
        if (next >= doc.analyzed().sentences().size() || !sameParagraph(doc, s, next)) {
            return null;
        }
        return hasTrigger(doc, next) ? null : next;
    }

    static boolean sameParagraph(DocumentAnalysis doc, int a, int b) {
        if (a < 0 || b < 0) {
            return false;
        }
        List<Sentence> sentences = doc.analyzed().sentences();
        int from = sentences.get(Math.min(a, b)).end();
        int to = sentences.get(Math.max(a, b)).start();
        return from <= to && doc.analyzed().text().substring(from, to).indexOf('\n') < 0;
    }

    /**
     * Whether a seizure statement with no goods of its own beyond general words ("arms") names the ship of the
     * seizure just told, or the ship that seizure left unnamed ("a freighter"), within a week of its date; or
     * names the ship a lead left unnamed when the lead named no kind of goods ("three containers of weapons
     * taken from a cargo ship … The Lutfallah II was stopped on Friday … troops found heavy machine guns").
     */
    private static boolean namesTheLeadsShip(Frame lead, Frame frame) {
        return lead.type == EventType.SEIZURE && frame.type == EventType.SEIZURE && lead.modality == frame.modality
                && frame.vessel != null && frame.vessel.name() != null
                && (CargoCollector.onlyGeneral(frame.cargo) || lead.vessel == null && CargoCollector.namesNoKind(lead.cargo))
                && lead.aircraft == null && (lead.vessel == null && lead.unnamedVessel != null
                        || Frame.vesselName(frame.vessel).equals(Frame.vesselName(lead.vessel)))
                && (frame.date == null || lead.date == null || Frame.daysApart(lead.date.value(), frame.date.value()) <= 7);
    }

    /**
     * "Israel asked the Council to treat the weapons found on the Francop as a breach … Naval commandos boarded
     * the Francop": a seizure of a named ship told as supposed and one told as fact are the one seizure.
     */
    private static boolean assertsTheSupposed(Frame earlier, Frame frame) {
        // only in that order: a supposed seizure told after the fact is a further one ("the ship would be
        // impounded if it returns")
        return earlier.type == EventType.SEIZURE && earlier.modality == Modality.HYPOTHETICAL
                && frame.modality == Modality.ASSERTED && earlier.compatibleIn(frame, false);
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
                        && (earlier.compatible(frame) || assertsTheSupposed(earlier, frame))) {
                    same = earlier;
                    same.modality = frame.modality;
                    break;
                }
            }
            if (same == null && frame.backReference) {
                // "Diplomats put the seizure in mid-August": the definite noun points back to the last
                // seizure told, whatever the dates say
                // (a bounded look back keeps a report of thousands of incidents linear)
                for (int i = merged.size() - 1; i >= Math.max(0, merged.size() - 20) && same == null; i--) {
                    Frame earlier = merged.get(i);
                    // a hand-over is to other agents by definition
                    if (earlier.type == frame.type && earlier.modality == frame.modality
                            && Frame.agree(Frame.vesselName(earlier.vessel), Frame.vesselName(frame.vessel))
                            && (frame.handOver || frame.announced ? !earlier.toldInAnotherYear(frame)
                                    : !earlier.toldApart(frame))) {
                        same = earlier;
                    }
                }
            }
            Frame lead = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (same == null && lead != null && namesTheLeadsShip(lead, frame)
                    && frame.firstSentence - lead.lastSentence <= FOLLOW_UP_WINDOW
                    && !Headings.between(doc, lead.lastSentence, frame.firstSentence)) {
                // "… its navy commandeered a cargo ship a day earlier … The Liberian-flagged Victoria … was boarded
                // on Tuesday morning": the ship of the lead named, with the day of the boarding
                same = lead;
                if (frame.date != null && (same.date == null || frame.date.value().compareTo(same.date.value()) < 0)) {
                    // a seizure comes before its announcement: the earlier day is the boarding's
                    same.date = frame.date;
                }
            }
            if (same == null && lead != null) {
                // a section heading in between starts another incident ("Case 3: FS Provence, 20 March 2016")
                if (frame.firstSentence - lead.lastSentence <= FOLLOW_UP_WINDOW && lead.compatible(frame)
                        && !Headings.between(doc, lead.lastSentence, frame.firstSentence)
                        && !SEPARATELY.matcher(doc.text(doc.analyzed().sentences().get(frame.firstSentence))).lookingAt()) {
                    // "Separately, the United States said North Korea had supplied Russia with …": another event
                    same = lead;
                } else if (lead.modality == Modality.NEGATED && frame.modality == Modality.ASSERTED
                        && frame.firstSentence == lead.lastSentence + 1 && lead.compatibleIn(frame, false)) {
                    // "… broke off a search of a cargo ship and found no weapons. A boarding team went aboard
                    // the Roseline A late on Sunday …": the details that follow a negated lead are the same
                    // failed search, not a second, successful one
                    same = lead;
                } else if (lead.modality != frame.modality && merged.size() > 1) {
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
