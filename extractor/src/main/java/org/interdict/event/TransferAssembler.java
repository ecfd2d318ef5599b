package org.interdict.event;

import static org.interdict.event.Parties.party;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.CargoItem;
import org.interdict.model.DateValue;
import org.interdict.model.Entity;
import org.interdict.model.EventType;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.TextRef;
import org.interdict.pattern.Relation;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleMatch.TokenRange;
import org.interdict.text.Sentence;
import org.interdict.text.Token;

/**
 * Transfer events from export, sale, supply and delivery statements: the supplier, the recipient, the
 * goods, and where and when they changed hands.
 */
final class TransferAssembler {

    private static final Pattern TRANSFER_GOODS = Pattern.compile("(?i)\\b(weapons|arms|munitions|missiles|rockets|ammunition)\\b"
            + CargoCollector.NOT_AS_MODIFIER + "(\\s+and\\s+[a-z-]+)?");

    /** Goods of export-control cases that name no weapon: defence articles, military electronics, components. */
    private static final Pattern CONTROLLED_GOODS = Pattern.compile("(?i)\\b(defen[cs]e articles|military[- ](electronics|"
            + "equipment|technology|hardware|components|goods|items|supplies|parts|materiel|cargo|vehicles)|"
            + "(micro)?electronics|dual-use (goods|items|technology|equipment)|(electronic |missile |weapons? )?components|"
            + "microprocessors|microcontrollers|semiconductors|converters|machine tools)\\b");

    /** "exported them to Russia": the goods named before the verb. */
    private static final Pattern THEM_AFTER = Pattern.compile("(?i)\\s*(them|it|the (parts|goods|items|components))\\b");

    static final Pattern PURCHASED_GOODS = Pattern.compile(
            "(?i)\\b(weapons|arms|munitions|missiles|rockets|ammunition|(military )?equipment|materiel|hardware|rounds|"
            + "rifles|shells|grenades|([\\w-]+ )?(fighters|jets|helicopters|tanks|howitzers|drones|frigates|submarines|"
            + "corvettes|warships))\\b" + CargoCollector.NOT_AS_MODIFIER);

    /** "a batch that Sudan sold", "which Russia had supplied": the verb of a relative clause. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(batch(es)?|shipments?|consignments?|lots?|"
            + "weapons|arms|rounds|rifles|missiles|ammunition|equipment|cargo|goods)\\s+(that|which)\\s+([\\w'-]+\\s+){1,4}$");

    /** "by" or "from", then an optional article: where a supplier after the transfer verb starts. */
    private static final Pattern SUPPLIER_CUE = Pattern.compile("\\b(by|from)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    /** "built by", "made by", "a contract Ankara signed with": who made the goods or sold them. */
    private static final Pattern MAKER_CUE = Pattern.compile("(?i)\\b(?:(?:built|made|manufactured|produced|designed)\\s+by|"
            + "(?:contract|deal|agreement)\\s+(?:[\\w'-]+\\s+){0,3}?(?:signed|concluded|agreed|struck)\\s+with)\\s+(?:the\\s+)?");

    private final EventInstruments instruments;

    TransferAssembler(EventInstruments instruments) {
        this.instruments = instruments;
    }

    /** Where a transfer's clause ends and a seizure's begins: ", and", ";", ", while", ", but". */
    private static final Pattern TRANSFER_CLAUSE_BREAK = Pattern.compile("(?i),\\s+(and|while|but|before)\\s|;\\s");

    /**
     * "Iran delivered 50 missiles to the Houthis in May, and on Sunday Yemeni coast guards seized a further
     * 30 of the missiles": a transfer told in its own clause before a seizure in the same sentence is an
     * event too; each keeps the goods of its own clause. Null when there is no such clause.
     */
    Frame beforeSeizure(DocumentAnalysis doc, int s, RuleMatch transfer, RuleMatch seizure,
            Frame seizureFrame, List<Entity> added) {
        int transferEnd = doc.charEnd(transfer.group("$trigger"));
        int seizureStart = doc.charStart(seizure.group("$trigger"));
        // "a ship suspected of carrying missiles to Myanmar": carrying goods somewhere is the seizure's route
        if (transferEnd >= seizureStart || transfer.rule().name().startsWith("transfer.carrying")) {
            return null;
        }
        Matcher clauseBreak = TRANSFER_CLAUSE_BREAK.matcher(doc.analyzed().text()).region(transferEnd, seizureStart);
        if (!clauseBreak.find()) {
            return null;
        }
        Frame frame = frame(doc, s, transfer, added);
        if (frame == null) {
            return null;
        }
        int at = clauseBreak.start();
        for (int i = frame.cargo.size() - 1; i >= 0; i--) {
            if (frame.cargoSpans.get(i).start() > at) {
                frame.removeCargo(i);
            }
        }
        if (frame.cargo.isEmpty()) {
            return null;
        }
        frame.date = EventDates.dateBefore(doc, s, at);
        if (frame.location != null && seizureFrame.location != null && frame.location.text().equals(seizureFrame.location.text())) {
            // the place of the seizure's clause
            frame.location = null;
        }
        for (int i = seizureFrame.cargo.size() - 1; i >= 0 && seizureFrame.cargo.size() > 1; i--) {
            if (seizureFrame.cargoSpans.get(i).start() < at) {
                seizureFrame.removeCargo(i);
            }
        }
        return frame;
    }

    /** "to U.S. custody", "to Yemeni control", "to a U.S. ship for safekeeping": where seized goods are kept. */
    private static final Pattern CUSTODY_AFTER = Pattern.compile("(?i)\\s*(([\\w-]+\\s+){0,3}?for\\s+)?(custody|control|"
            + "safekeeping|storage|care|disposal|destruction|examination|inspection)\\b");
    /** A sentence opening with the activity's nouns: "The direct or indirect supply, sale or ". */
    private static final Pattern NOUN_ACTIVITY_OPENING = Pattern.compile("(?i)\\s*(the\\s+)?((direct|indirect|illicit|"
            + "illegal|unauthori[sz]ed|any)\\s+(or\\s+|and\\s+)?)*((supply|sale|transfer|export|delivery|provision|shipment)"
            + "\\s*(,|or|and)\\s*)*");
    /** What such a sentence says of the activity: that a rule forbids it. */
    private static final Pattern ACTIVITY_PREDICATE = Pattern.compile("(?i)\\b(violates?|contravenes?|breach(es)?|"
            + "(is|are|remains?)\\s+(prohibited|banned|forbidden|illegal|barred|outlawed|subject\\s+to))\\b");

    /** A transfer told by its noun: "deliveries", "the supply", "exports". */
    private static final Pattern ACTIVITY_NOUN = Pattern.compile("(?i)deliver(y|ies)|suppl(y|ies)|sales?|transfers?|"
            + "exports?|shipments?|provision");
    /** A prohibition verb, then at most a few words of the same clause, right before the trigger. */
    private static final Pattern PROHIBITION_BEFORE = Pattern.compile("(?i)\\b(bar(s|red|ring)?|bans?|banned|banning|"
            + "prohibit(s|ed|ing)?|forbid(s|ding)?|forbade|outlaw(s|ed|ing)?)\\s+(the\\s+|any\\s+)?"
            + "([\\w-]+,?\\s+){0,6}$");

    /** The word before a gerund that names the activity rather than tells that it happened. */
    private static final Pattern ACTIVITY_BEFORE = Pattern.compile("(?i)that|,|;|:|on|from|against|prohibits?|"
            + "prohibiting|bans?|banning|bars?|barring|forbids?|forbidding");

    /**
     * "… noted that supplying weapons to the group contravenes resolution 2216", "a ban on selling arms to
     * Libya": a gerund after a clause boundary or a prohibition names an activity; no supply is told.
     */
    private static boolean isActivityNamed(DocumentAnalysis doc, Sentence sentence, TokenRange trigger) {
        List<Token> tokens = doc.analyzed().tokens();
        String said = doc.text(sentence);
        int at = doc.charStart(trigger) - sentence.start();
        if (at >= 0 && at <= said.length() && NOUN_ACTIVITY_OPENING.matcher(said.substring(0, at)).matches()
                && ACTIVITY_PREDICATE.matcher(said.substring(at)).find()) {
            // "The direct or indirect supply, sale or transfer of weapons to the Houthis violates resolution 2216":
            // the nouns name the activity a rule forbids
            return true;
        }
        String triggerWord = tokens.get(trigger.start()).text();
        if (at >= 0 && at <= said.length() && (ACTIVITY_NOUN.matcher(triggerWord).matches()
                || trigger.start() > sentence.firstToken() && tokens.get(trigger.start() - 1).text().equalsIgnoreCase("to"))
                && PROHIBITION_BEFORE.matcher(said.substring(Math.max(0, at - 80), at)).find()) {
            // "resolution 1701, which has barred deliveries of weapons to any entity in Lebanon", "the 2007 text
            // forbidding Iran to export arms": what a rule forbids is no supply that happened
            return true;
        }
        if (!triggerWord.toLowerCase(Locale.ROOT).endsWith("ing")) {
            return false;
        }
        int before = trigger.start() - 1;
        if (before < sentence.firstToken() || ACTIVITY_BEFORE.matcher(tokens.get(before).text()).matches()) {
            return true;
        }
        // "Supplying, selling or transferring weapons to the Houthis … is prohibited": a list of gerunds that opens
        // the sentence
        for (int k = sentence.firstToken(); k < trigger.start(); k++) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (!word.endsWith("ing") && !word.equals(",") && !word.equals("or") && !word.equals("and")) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern BE = Pattern.compile("(?i)was|were|been|being|be|is|are");
    private static final Pattern TRANSSHIPPED = Pattern.compile("(?i)transferr?(ed|ing)|transshipped|transhipped");
    private static final Pattern TRANSSHIPPED_AT = Pattern.compile("(?i)at|in|onto|into|off");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)least|most");

    /**
     * "the rockets were first flown from Damascus to Iran, then loaded …": goods flown in the passive (an
     * adverb may come between) travel one leg of a route; the rule itself keeps out the plain passive. So do goods
     * transferred at a port ("transferred at Damietta … to Latakia").
     */
    private static boolean isLegOfRoute(DocumentAnalysis doc, Sentence sentence, RuleMatch trigger) {
        int start = trigger.group("$trigger").start();
        List<Token> tokens = doc.analyzed().tokens();
        if (TRANSSHIPPED.matcher(tokens.get(start).text()).matches() && start + 2 < sentence.endToken()
                && TRANSSHIPPED_AT.matcher(tokens.get(start + 1).text()).matches()
                // not "transferred at least five Pantsir systems": a count
                && !AT_LEAST.matcher(tokens.get(start + 2).text()).matches()) {
            // "the cargo had been shipped from Bandar Abbas and transferred at Damietta for onward carriage to
            // Latakia": moved from one ship to another on the way, not supplied to anyone
            return true;
        }
        if (!trigger.rule().name().equals("transfer.flown.to")) {
            return false;
        }
        for (int k = start - 1; k >= Math.max(sentence.firstToken(), start - 2); k--) {
            if (BE.matcher(tokens.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the clause a transfer is told in, when a clause joined before it ("intercepted cannabis in
     * January, and … drones that Turkey delivered last year") has its own; else the sentence's date.
     */
    private static DateValue clauseDate(DocumentAnalysis doc, int s, Sentence sentence, int triggerStart) {
        int clauseStart = EventAssembler.clauseAround(doc.analyzed().text(), TRANSFER_CLAUSE_BREAK, sentence, triggerStart)
                .start();
        DateValue own = clauseStart > sentence.start() ? EventDates.dateWithin(doc, s, clauseStart, sentence.end()) : null;
        return own != null && own.value() != null ? own : EventDates.date(doc, s);
    }

    /**
     * "Iran delivered 46 drones to Russia in September. A second shipment of some 200 drones followed in
     * November.": a further delivery right after a transfer, between the same parties, with its own goods
     * and date; null when no transfer was told in the sentences just before.
     */
    Frame following(DocumentAnalysis doc, int s, RuleMatch trigger, List<Frame> frames) {
        Frame earlier = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        if (earlier == null || earlier.type != EventType.TRANSFER || s - earlier.lastSentence > 2) {
            return null;
        }
        Sentence sentence = doc.analyzed().sentences().get(s);
        List<RuleMatch> matches = doc.matches(s);
        Frame frame = new Frame(EventType.TRANSFER, sentence, s);
        earlier.origin.forEach(p -> Frame.addParty(frame.origin, p));
        earlier.destination.forEach(p -> Frame.addParty(frame.destination, p));
        CargoCollector.collect(doc, sentence, matches, CargoCollector.excludedSpans(doc, matches), frame);
        frame.date = EventDates.date(doc, s);
        frame.modality = EventModality.modality(matches, trigger.group("$trigger").start());
        return frame.cargo.isEmpty() && frame.date == null ? null : frame;
    }

    /**
     * "The missiles were to be handed over to the Houthis.", "The rifles, officials said, would have been
     * delivered to rebels in Sudan.": the goods named back, then a hand-over still to come.
     */
    private static final Pattern PLANNED_HANDOVER = Pattern.compile("(?i)^(?:the|these|those|its|their|they|it)\\b"
            + "(?:\\s+[\\w-]+){0,3}?(?:\\s*,[^,.;]{1,60},)?\\s+(?:(?:was|were)\\s+(?:(?:due|going|meant|supposed|intended|"
            + "expected|set)\\s+)?to\\s+(?:be|have\\s+been)|would\\s+have\\s+been)\\s");

    /**
     * "… describing it as obsolete weapons that were being sent to North Korea to be repaired": goods on their way
     * when they were stopped.
     */
    private static final Pattern IN_TRANSIT = Pattern.compile("(?i)\\b(?:was|were)\\s+being\\s+(?:sent|shipped|delivered|"
            + "transported|taken|smuggled|moved|flown|carried|returned|trucked|ferried)\\b");

    /** Whether the trigger itself tells goods on their way ("were being sent to North Korea"). */
    private static boolean inTransit(DocumentAnalysis doc, RuleMatch trigger) {
        TokenRange verb = trigger.group("$trigger");
        String text = doc.analyzed().text();
        int end = doc.charEnd(verb);
        Matcher transit = IN_TRANSIT.matcher(text).region(Math.max(0, doc.charStart(verb) - 20), end);
        while (transit.find()) {
            if (transit.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** "was", ", officials said, was", "had been reportedly": what stands between a conveyance and its carrying verb. */
    private static final String CARRIER_BE = "(?:\\s*,[^,.;]{1,60},)?\\s+(?:was|were|had\\s+been|is)\\s+(?:\\w+ly\\s+)?";
    /**
     * "The freighter was carrying ammunition to Libya", "Israel says the vessel was carrying …": the conveyance
     * named back, then what it carried.
     */
    private static final Pattern CARRIER_SUBJECT = Pattern.compile("(?i)^"
            // "Israel says the vessel was carrying …": a source before it
            + "(?:[\\w'.-]+(?:\\s+[\\w'.-]+){0,4}\\s+(?:says|said|say|believes|believed|claims|claimed|alleges|alleged)"
            + "\\s+(?:that\\s+)?)?(?:it|she|the\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:ship|vessel|freighter|boat|dhow|skiff|trawler|tanker|plane|aircraft|jet|flight|truck|lorry|van|car|"
            + "containers?))" + CARRIER_BE + "(?:carrying|transporting|ferrying|bringing|delivering)\\b");
    /** "The Nour M was carrying …": the verb after the seized ship's own name. */
    private static final Pattern CARRIER_VERB_AFTER_NAME = Pattern.compile(CARRIER_BE
            + "(?:carrying|transporting|ferrying)\\b");

    /**
     * Whether a carrying statement speaks of the conveyance of the seizure told just before ("The Nour M was
     * carrying ammunition to Libya", "It was carrying …"): that is the seized cargo's route, not a transfer.
     */
    private static boolean carriedBySeized(String sentence, RuleMatch trigger, Frame seized) {
        if (!trigger.rule().name().startsWith("transfer.carrying")) {
            return false;
        }
        if (CARRIER_SUBJECT.matcher(sentence).find()) {
            return true;
        }
        String vessel = Frame.vesselName(seized.vessel);
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return vessel != null && (lower.startsWith(vessel + " ") || lower.startsWith("the " + vessel + " "))
                && CARRIER_VERB_AFTER_NAME.matcher(lower.substring(lower.indexOf(vessel) + vessel.length())).lookingAt();
    }

    /**
     * "On 20 May a dhow was stopped with 40 missiles aboard. … The missiles were to be handed over to the
     * Houthis.": a hand-over of the goods of a seizure told just before, which never happened, is where those
     * goods were going; that seizure takes its recipients as destination when it has none. True when the
     * sentence was read so (it then opens no transfer).
     */
    boolean plannedLegOfSeized(DocumentAnalysis doc, int s, RuleMatch trigger, List<Frame> frames, List<Entity> added) {
        Frame seized = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        Sentence sentence = doc.analyzed().sentences().get(s);
        if (seized == null || seized.type != EventType.SEIZURE || seized.modality != Modality.ASSERTED
                || s - seized.lastSentence > EventAssembler.CONTEXT_AFTER
                || !PLANNED_HANDOVER.matcher(doc.text(sentence)).find() && !inTransit(doc, trigger)
                        && !carriedBySeized(doc.text(sentence), trigger, seized)) {
            return false;
        }
        Frame handover = frame(doc, s, trigger, added);
        if (handover == null) {
            return false;
        }
        if (seized.destination.isEmpty()) {
            handover.destination.forEach(p -> Frame.addParty(seized.destination, p));
            // "the North Korean freighter … weapons being sent to North Korea": the ship's country is where the
            // goods went, not where they came from
            seized.dropFlagOriginNamedAsDestination();
            seized.addEvidence(sentence);
        }
        if (seized.cargo.isEmpty()) {
            // "… seized the freighter Nour M. It was carrying ammunition to Libya.": what it carried was seized
            for (int i = 0; i < handover.cargo.size(); i++) {
                seized.addCargo(handover.cargo.get(i), handover.cargoSpans.get(i));
            }
        }
        return true;
    }

    /**
     * "… has taken delivery of its first submarine at a ceremony in the German port of Kiel": a named place
     * (a port, a base, a city; not a bare country, which is more often the recipient) where the goods were
     * handed over, unless a route rule claims it as where they came from or went.
     */
    private static Party deliveryPlace(DocumentAnalysis doc, List<RuleMatch> matches) {
        java.util.BitSet routePlaces = EventAssembler.routePlaces(matches);
        for (RuleMatch match : matches) {
            if (match.relation() != Relation.LOCATION || match.rule().name().startsWith(EventAssembler.HOME_GROUND_PLACE)) {
                continue;
            }
            TokenRange place = match.group("$place");
            if (EventAssembler.claimed(routePlaces, place)) {
                continue;
            }
            for (Entity entity : doc.entitiesIn(doc.charStart(place), doc.charEnd(place))) {
                Party party = party(doc, entity);
                if (entity.type() == EntityType.LOCATION && party != null && party.country() != null) {
                    return new Party(doc.text(place), party.country(), null);
                }
            }
        }
        return null;
    }

    Frame frame(DocumentAnalysis doc, int s, RuleMatch trigger, List<Entity> added) {
        Sentence sentence = doc.analyzed().sentences().get(s);
        List<RuleMatch> matches = doc.matches(s);
        Frame frame = new Frame(EventType.TRANSFER, sentence, s);
        TokenRange triggerRange = trigger.group("$trigger");
        if (isActivityNamed(doc, sentence, triggerRange) || isLegOfRoute(doc, sentence, trigger)) {
            return null;
        }
        TokenRange recipient = trigger.group("$recipient");
        TokenRange supplier = trigger.group("$supplier");
        String text = doc.analyzed().text();
        if (recipient != null && recipient.start() > triggerRange.start() && CUSTODY_AFTER.matcher(
                text.substring(doc.charEnd(recipient), Math.min(sentence.end(), doc.charEnd(recipient) + 40))).lookingAt()) {
            // "The rifles have been transferred to U.S. custody": seized goods kept by a state, not supplied to it
            return null;
        }
        Party handoverPlace = null;
        if (recipient != null) {
            int start = doc.charStart(recipient);
            // after "to", the recipients may run on to the end of the clause ("to the Middle East – Iran and Syria")
            boolean afterTo = trigger.rule().name().startsWith("transfer.verb.to")
                    || trigger.rule().name().startsWith("transfer.noun.to");
            int end = recipient.start() > triggerRange.start() && afterTo ? clauseEnd(text, doc.charEnd(recipient), sentence.end()) : doc.charEnd(recipient);
            end = Parties.passedThrough(doc, start, end);
            // overlapping, not inside: a name may take in the article the rule left out ("the Philippines")
            List<Entity> named = doc.entitiesOverlapping(start, end);
            for (Entity entity : named) {
                Party party = party(doc, entity);
                // "to the M23 rebels in eastern Congo": the group is the recipient, the country only says where
                if (party != null && party.group() == null && Parties.locatesGroup(text, entity, named)) {
                    continue;
                }
                if (party != null && (party.country() != null || party.group() != null)) {
                    Frame.addParty(frame.destination, new Party(entity.text(), party.country(), party.group()));
                    if (entity.type() == EntityType.LOCATION && party.country() != null && handoverPlace == null) {
                        // "flew two helicopters to Juba", "landed at Murted air base": the goods changed hands there
                        handoverPlace = new Party(entity.text(), party.country(), null);
                    }
                }
            }
        }
        if (frame.destination.isEmpty()) {
            return null;
        }
        frame.arrival = trigger.rule().name().startsWith("transfer.arrival");
        if (supplier != null) {
            Party party = party(doc, doc.charStart(supplier), doc.charEnd(supplier));
            if (party != null) {
                Frame.addParty(frame.origin, new Party(doc.text(supplier), party.country(), party.group()));
            }
        } else {
            int triggerStart = doc.charStart(triggerRange);
            Entity subject = null;
            for (Entity entity : doc.entitiesIn(sentence.start(), triggerStart)) {
                // "Egypt's navy has taken delivery of …": the recipient before the verb is not also the supplier
                boolean isRecipient = recipient != null && entity.start() < doc.charEnd(recipient)
                        && entity.end() > doc.charStart(recipient);
                // "the Lebanese-flagged Bana delivered …", "a Boeing 747 unloaded …": neither a flag nor a maker of the
                // plane supplied the goods
                if ((entity.type() == EntityType.COUNTRY || entity.type() == EntityType.ORGANIZATION) && !isRecipient
                        && !Parties.namesNoParty(text, entity)) {
                    subject = entity;
                }
            }
            if (subject != null) {
                Party party = party(subject);
                // "the Panel documented the delivery …": a body that is neither a state nor a group supplies nothing
                if (party != null && (party.country() != null || party.group() != null)
                        && frame.destination.stream().noneMatch(d -> Frame.sameParty(d, party))) {
                    Frame.addParty(frame.origin, new Party(subject.text(), party.country(), party.group()));
                }
            }
        }
        if (frame.origin.isEmpty()) {
            supplierAfter(doc, sentence, triggerRange, frame);
        }
        CargoCollector.collect(doc, sentence, matches, CargoCollector.excludedSpans(doc, matches), frame);
        if (frame.cargo.isEmpty()) {
            int from = doc.charEnd(triggerRange);
            int to = recipient == null || recipient.start() < triggerRange.start() ? sentence.end()
                    : doc.charStart(recipient);
            Span goods = goodsWords(text, Math.min(from, to), to, sentence.start(), doc.charStart(triggerRange));
            if (goods == null) {
                int triggerStart = doc.charStart(triggerRange);
                boolean relative = RELATIVE_BEFORE.matcher(text.substring(Math.max(sentence.start(), triggerStart - 40),
                        triggerStart)).find();
                if (!trigger.rule().name().startsWith("transfer.purchase")
                        && !trigger.rule().name().equals("transfer.goods.bought.from") && !relative) {
                    return null;
                }
                // "… equipment that the agency had ordered from Russia for the army", "the rounds were part of a
                // batch that Sudan sold to the South Sudanese army": the goods may come before the verb
                Matcher purchased = PURCHASED_GOODS.matcher(text).region(sentence.start(),
                        relative ? triggerStart : sentence.end());
                if (!purchased.find()) {
                    return null;
                }
                goods = new Span(purchased.start(), purchased.end());
            }
            frame.addCargo(new CargoItem(text.substring(goods.start(), goods.end()), null, null, null, null), goods);
        }
        frame.date = clauseDate(doc, s, sentence, doc.charStart(triggerRange));
        // "the Lady R had docked to deliver equipment …": a ship named in the statement carried the goods
        frame.vessel = Conveyances.vessel(doc, sentence);
        if (frame.vessel == null) {
            // "Two C-17 Globemaster III transport planes landed at Clark Air Base, carrying missiles"
            Conveyances.flownBy(doc, s, matches, frame);
            Conveyances.goodsOfTheFlight(doc, sentence, frame);
            if (frame.origin.isEmpty()) {
                Conveyances.aircraftNationality(doc, sentence, frame);
            }
            if (frame.aircraft != null && Frame.isGenericAircraft(frame.aircraft)
                    && frame.cargo.stream().anyMatch(TransferAssembler::isAircraft)) {
                // "the first two aircraft arrived": a word for a plane among delivered planes names the goods
                frame.aircraft = null;
            }
            if (trigger.rule().name().startsWith("transfer.carrying") && !frame.cargo.isEmpty()
                    && frame.cargo.stream().allMatch(item -> Conveyances.isCarrier(frame.aircraft, item))) {
                // "An Antonov An-12 of Air Armenia carrying humanitarian aid to Aleppo": the plane carries, it is
                // not what was carried
                return null;
            }
        }
        frame.location = deliveryPlace(doc, matches);
        if (frame.location == null) {
            frame.location = handoverPlace;
        }
        for (int k = s; frame.location == null && k <= s + 1 && k < doc.analyzed().sentences().size(); k++) {
            // "The aircraft arrived at an air base near Astana", "formally handed over … in Gaviao Peixoto,
            // Brazil", "arrived in Ukraine on Tuesday": where the goods changed hands (this or the next sentence)
            if (k == s || !EventAssembler.hasTrigger(doc, k)) {
                frame.location = Conveyances.arrivalPlace(doc, doc.analyzed().sentences().get(k));
            }
        }
        for (RuleMatch match : matches) {
            if (match.relation() == Relation.INSTRUMENT) {
                instruments.fromPhrase(doc, s, match.group("$ref"), frame, added);
            } else if (match.relation() == Relation.ATTRIBUTION && frame.attribution == null
                    && EventAssembler.namesASource(doc.text(match.group("$source")))) {
                // "According to Ramaphosa, the panel concluded …": who says the goods changed hands
                frame.attribution = new TextRef(doc.text(match.group("$source")));
            }
        }
        frame.modality = EventModality.unverified(doc, s, triggerRange.start(), Frame.vesselName(frame.vessel),
                EventModality.modality(matches, triggerRange.start()));
        return frame;
    }

    /**
     * The goods word of a transfer that names no weapon between its verb and its recipient ({@code from} to
     * {@code to}): an arms word, or goods of export-control cases ("unlawfully exporting defense articles and
     * Commerce-controlled components to China"), also named before the verb ("bought converters and
     * microprocessors … and exported them to Russia"); null when there is none.
     */
    private static Span goodsWords(String text, int from, int to, int sentenceStart, int triggerStart) {
        Matcher goods = TRANSFER_GOODS.matcher(text).region(from, to);
        if (goods.find()) {
            return new Span(goods.start(), goods.end());
        }
        goods = CONTROLLED_GOODS.matcher(text).region(from, to);
        if (goods.find()) {
            return new Span(goods.start(), goods.end());
        }
        if (THEM_AFTER.matcher(text).region(from, to).lookingAt()) {
            goods = CONTROLLED_GOODS.matcher(text).region(sentenceStart, triggerStart);
            if (goods.find()) {
                return new Span(goods.start(), goods.end());
            }
        }
        return null;
    }

    /**
     * "… were sold by Bulgaria to Saudi Arabia", "Qatar took delivery of five jets from France": with no
     * supplier before the verb, the party right after "by" or after "from" in the verb's clause.
     */
    private static void supplierAfter(DocumentAnalysis doc, Sentence sentence, TokenRange trigger, Frame frame) {
        String text = doc.analyzed().text();
        int from = doc.charEnd(trigger);
        int end = clauseEnd(text, from, sentence.end());
        Matcher cue = SUPPLIER_CUE.matcher(text).region(from, end);
        while (cue.find()) {
            boolean by = cue.group(1).equalsIgnoreCase("by");
            if (by && cue.start() > from + 1) {
                continue;
            }
            if (supplierAt(doc, cue.end(), end, frame)) {
                return;
            }
        }
        // "The submarine, built by ThyssenKrupp Marine Systems, …", "under a contract Ankara signed with Moscow":
        // the maker or the other party to the contract, anywhere in the sentence
        Matcher maker = MAKER_CUE.matcher(text).region(sentence.start(), sentence.end());
        while (maker.find()) {
            if (supplierAt(doc, maker.end(), sentence.end(), frame)) {
                return;
            }
        }
    }

    /** A state or group named right at {@code at} becomes the supplier; false when none is there. */
    private static boolean supplierAt(DocumentAnalysis doc, int at, int end, Frame frame) {
        for (Entity entity : doc.entitiesIn(at, end)) {
            if (entity.start() > at + 1) {
                break;
            }
            Party party = party(entity);
            if (party != null && (party.country() != null || party.group() != null)
                    && frame.destination.stream().noneMatch(d -> Frame.sameParty(d, party))) {
                Frame.addParty(frame.origin, new Party(entity.text(), party.country(), party.group()));
                return true;
            }
        }
        return false;
    }

    private static int clauseEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == '.') {
                return i;
            }
        }
        return limit;
    }

    private static final Pattern AIRCRAFT_GOODS = Pattern.compile(
            "(?i)\\b(?:aircraft|planes?|jets?|fighters?|bombers?|helicopters?|gunships?|MiG|Sukhoi|airframes?)\\b");

    /** Whether delivered goods are themselves aircraft ("24 Rafale fighters", "Black Hawk helicopters"). */
    private static boolean isAircraft(CargoItem item) {
        return "COMBAT_AIRCRAFT".equals(item.category()) || "ATTACK_HELICOPTER".equals(item.category())
                || AIRCRAFT_GOODS.matcher(item.text()).find();
    }
}
