package org.interdict.event;

import static org.interdict.event.Parties.noGoal;
import static org.interdict.event.Parties.parties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.CargoItem;
import org.interdict.model.DateValue;
import org.interdict.model.Entity;
import org.interdict.model.EventType;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.interdict.model.TextRef;
import org.interdict.model.VesselRef;
import org.interdict.pattern.Relation;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleMatch.TokenRange;
import org.interdict.text.Sentence;

/**
 * The passes over a whole report once its frames are merged: what a report tells once for several
 * events or far from their sentences (routes, breached instruments, dates, sources, ships named later,
 * inventories) goes to the events it belongs to.
 */
final class ReportPasses {

    /** A destination the report calls the real one: "the real destination", "its ultimate destination", "the end user". */
    private static final Pattern REAL_DESTINATION = Pattern.compile("(?i)\\b(real|true|actual|ultimate|final)\\s+destination|"
            + "\\bend[ -]users?\\b");
    /** Words that introduce a list of the goods found ("the cargo included", "a list … showed"). */
    private static final Pattern INVENTORY_CUE = Pattern.compile("(?i)\\b(includ(ed|es|ing)|compris(ed|es|ing)|"
            + "consist(ed|s|ing) of|contain(ed|s|ing)|showed|revealed|listed|list of|inventory|among them|made up of|"
            + "such as|held|carried|packed with|filled with|loaded with|stuffed with|inside|"
            // "Laid out on the dock were 62 Katyusha rockets …", "Hidden among crates of floor tiles were …"
            + "laid out|on display|on show|displayed|lined up|hidden (among|under|beneath|behind|inside))\\b"
            // "Among the weapons located so far are six C-704 anti-ship missiles …"
            + "|(?i)^among\\s+(the|its|their)\\s+(weapons|arms|munitions|items|goods|cargo|materiel|finds?)\\b"
            // "the shipment - 40 rockets, 181 mortar shells and …": a list set off after the goods word
            // "The military's tally: about 3,000 Katyusha rockets …"
            + "|(?i)\\b(shipment|cargo|consignment|haul|load|cache|tally|count|breakdown|inventory|manifest)\\s*[-\u2013\u2014:]\\s");

    private static final Pattern GOODS_FROM_SHIP = Pattern.compile("(?i)\\b(cargo|shipment|consignment|containers?|"
            + "weapons|munitions|arms|goods|crates|it|they)\\b[^.;]{0,60}?\\b(came from|had come from|aboard|on board|"
            + "carried by|unloaded from|taken off|offloaded from|discharged from)\\b|\\b(ship|vessel|freighter) that "
            + "(brought|carried|delivered|landed)\\b");

    /** "All three shipments", "Both consignments", "In each case": a sentence about every seizure told. */
    private static final Pattern COLLECTIVE = Pattern.compile("(?i)\\b(?:(?:all|both|each)\\s+(?:of\\s+the\\s+)?"
            + "(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+)?(?:shipments|seizures|consignments|"
            + "cargoes|cargos|vessels|ships|dhows|boats|hauls|interdictions|cases|loads|caches|incidents|trucks|"
            + "lorries|vehicles|pickups|cars|vans|planes|flights|containers|parcels|packages)"
            + "|in\\s+(?:all|both|each)\\s+(?:cases?|instances?)|(?:all|both|each)\\s+of\\s+them"
            // "the two consignments seized at Shahn": the numbered definite names each of them too
            + "|the\\s+(?:two|three|four|five|six)\\s+(?:shipments|seizures|consignments|cargoes|vessels|ships|dhows|boats|"
            + "hauls|interdictions|cases|trucks|lorries|vehicles|pickups|cars|vans|planes|flights|containers|parcels))\\b");

    /** "on routes associated with arms supplies to Yemen": a route the writer only links the goods to. */
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(associated with|linked to|suspected|believed|"
            + "probably|possibly|likely|alleged)\\b");

    /** "The ministry said", "the committee reported": a source named by its head noun alone. */
    private static final Pattern BACK_REFERENCE_SOURCE = Pattern.compile("(?i)the\\s+(\\p{L}+)\\s+"
            + "(said|says|stated|reported|reports|announced|added|confirmed|told)");

    /** The goods of several incidents named back together: "the weapons", "the shipments". */
    private static final Pattern PLURAL_GOODS = Pattern.compile("(?i)\\bthe\\s+(weapons|arms|shipments|consignments|"
            + "cargoes|munitions|materiel)\\b");

    private static final Pattern BREACH = Pattern.compile("(?i)\\b(violat|breach|contraven|in defiance of)");

    /**
     * The subject of a breach statement that names events already told ("These transfers violate …", "The
     * deliveries breach …", "all four cargoes violated …", "Wednesday's handover violated …"), then the verb.
     */
    private static final Pattern BREACH_STATEMENT = Pattern.compile("(?i)^(?:[\\w',-]+\\s+){0,5}?(?:the|these|those|this|"
            + "that|such|its|(?<their>their)|(?<many>all|both|each)(?:\\s+(?:of\\s+the|the))?(?:\\s+(?:two|three|four|five|six|\\d+))?|[\\w-]+'s)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?<noun>transfers?|deliveries|delivery|supplies|supply|sales?|exports?|handovers?|"
            + "flights?|shipments?|cargoes|cargos|cargo|consignments?|seizures?|interceptions?|weapons|arms)\\s+"
            + "(?:[\\w,-]+\\s+){0,4}?(?:violat|breach|contraven|constitut\\w*\\s+(?:a\\s+)?(?:violation|breach)|enforc)");

    private static final Pattern TRANSFER_NOUN = Pattern.compile("transfers?|deliveries|delivery|supplies|supply|sales?|"
            + "exports?|handovers?|flights?");

    private static final Pattern SEIZURE_NOUN = Pattern.compile("seizures?|interceptions?");

    /** The words before a source's head: "according to the", "two senior", "unnamed". */
    static final Set<String> SOURCE_LEAD_WORDS = Set.of("according", "to", "the", "a", "an", "some", "several",
            "two", "senior", "unnamed", "anonymous");

    /** The sentences that make up a report's lead, whose source covers the report. */
    private static final int LEAD_SENTENCES = 2;

    private final EventInstruments instruments;

    ReportPasses(EventInstruments instruments) {
        this.instruments = instruments;
    }

    /**
     * "DUSHANBE - … border guards detained three men …, the committee's press centre reported. After an
     * exchange of fire, border guards seized 14 rifles …": the source the lead quotes speaks for the events
     * told after it that name no source of their own.
     */
    static void leadAttribution(DocumentAnalysis doc, List<Frame> frames) {
        int lead = Math.min(LEAD_SENTENCES, doc.analyzed().sentences().size());
        TextRef source = null;
        for (int s = 0; s < lead && source == null; s++) {
            for (RuleMatch match : doc.matches(s)) {
                if (match.relation() == Relation.ATTRIBUTION && EventAssembler.namesASource(doc.text(match.group("$source")))) {
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
     * A report about one seizure may say where the goods came from or were going in any paragraph ("…
     * Officers said the manuals pointed to Iran as the supplier."): with a single seizure in the
     * document, an origin, destination or instrument it still lacks is taken from the rest of the report;
     * with several, from the rest of its paragraph when no other seizure opens there.
     */
    void singleIncidentRoutes(DocumentAnalysis doc, List<Frame> frames, List<Entity> added) {
        List<Frame> seizures = frames.stream().filter(f -> f.type == EventType.SEIZURE).toList();
        int count = doc.analyzed().sentences().size();
        if (seizures.size() == 1) {
            fillFromScope(doc, seizures.get(0), 0, count, added);
            return;
        }
        for (Frame frame : seizures) {
            int first = frame.firstSentence;
            while (first > 0 && EventAssembler.sameParagraph(doc, first - 1, first)) {
                first--;
            }
            int end = frame.firstSentence + 1;
            while (end < count && EventAssembler.sameParagraph(doc, end - 1, end)) {
                end++;
            }
            int from = first;
            int to = end;
            boolean alone = seizures.stream().noneMatch(other -> other != frame
                    && other.firstSentence >= from && other.firstSentence < to);
            if (alone) {
                fillFromScope(doc, frame, from, to, added);
                continue;
            }
            // "… seized a dhow off Socotra on 3 May. The crew were Somali. Officials said the rifles were
            // meant for al-Shabaab. A second dhow …": with several incidents in one paragraph, what follows an
            // incident until the next one opens is told about it
            boolean sharesOpening = seizures.stream().anyMatch(other -> other != frame && other.firstSentence == frame.firstSentence);
            int next = seizures.stream().mapToInt(other -> other.firstSentence)
                    .filter(s -> s > frame.firstSentence && s < to).min().orElse(to);
            if (!sharesOpening && next > frame.firstSentence + 1) {
                fillFromScope(doc, frame, frame.firstSentence + 1, next, added);
            }
        }
    }

    /**
     * "All three shipments were assessed to have originated in Iran and to have been bound for Yemen.",
     * "Both consignments had been smuggled from Afghanistan": a route (or a breach) told once for the
     * seizures before it goes to each of them that has none of its own.
     */
    void collectiveRoutes(DocumentAnalysis doc, List<Frame> frames, List<Entity> added) {
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
            summarised |= EventAssembler.isSummary(doc, doc.analyzed().sentences().get(s));
        }
        for (Map.Entry<Integer, List<RuleMatch>> entry : new java.util.TreeMap<>(doc.matchesBySentence()).entrySet()) {
            Sentence sentence = doc.analyzed().sentences().get(entry.getKey());
            // "In each case, crew members said the cargo had been loaded off Jask" before the cases are told
            // speaks for those after it; a statement among or after them, for those before it
            boolean leads = entry.getKey() < firstSeizure;
            String said = doc.text(sentence);
            // "Western navies have seized four shipments of Iranian weapons headed for Yemen's Houthis since
            // December": a summary before the cases gives them its route too
            boolean summaryLead = leads && EventAssembler.isSummary(doc, sentence) && !HEDGED.matcher(said).find();
            // "… have intercepted three dhows in a month. On Feb. 27 … On March 20 … On March 28 … The Navy said the
            // weapons were intended for Houthi fighters": after a summarised series, the goods of all of them
            boolean seriesClose = summarised && entry.getKey() > lastSeizure && !EventAssembler.hasTrigger(doc, entry.getKey())
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
                } else if (match.relation() == Relation.DESTINATION && !noGoal(doc, group)) {
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
    void breachStatements(DocumentAnalysis doc, List<Frame> frames, List<Entity> added) {
        for (Map.Entry<Integer, List<RuleMatch>> entry : new java.util.TreeMap<>(doc.matchesBySentence()).entrySet()) {
            int s = entry.getKey();
            if (EventAssembler.hasTrigger(doc, s) || entry.getValue().stream().noneMatch(m -> m.relation() == Relation.INSTRUMENT)) {
                continue;
            }
            Matcher statement = BREACH_STATEMENT.matcher(doc.text(doc.analyzed().sentences().get(s)));
            if (!statement.find()) {
                continue;
            }
            String noun = statement.group("noun").toLowerCase(Locale.ROOT);
            EventType kind = TRANSFER_NOUN.matcher(noun).matches() ? EventType.TRANSFER
                    : SEIZURE_NOUN.matcher(noun).matches() ? EventType.SEIZURE : null;
            boolean plural = statement.group("many") != null || statement.group("their") != null
                    || noun.endsWith("s") && !noun.endsWith("ss");
            List<Frame> told = told(frames, s, kind);
            if (told.isEmpty() && kind == EventType.TRANSFER) {
                // "Both cargoes resemble … The Panel considers that their supply violated …": with no transfer told,
                // the supply is that of the goods seized
                told = told(frames, s, null);
            }
            if (told.isEmpty()) {
                continue;
            }
            // what the clause of the verb names ("… violations of the arms embargo on Somalia, and recalls that
            // resolution 2444 requires …" breached only the first); named instruments before general words for
            // them ("UN Security Council resolutions, including Resolution 1874")
            Sentence sentence = doc.analyzed().sentences().get(s);
            int from = sentence.start() + statement.end();
            Matcher clauseBreak = EventAssembler.CLAUSE_BREAK.matcher(doc.analyzed().text()).region(from, sentence.end());
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

    /** The asserted events of a kind (any kind for null) told before sentence s and still without an instrument. */
    private static List<Frame> told(List<Frame> frames, int s, EventType kind) {
        return frames.stream().filter(f -> f.firstSentence < s && f.instruments.isEmpty()
                && f.modality == Modality.ASSERTED && (kind == null || f.type == kind)).toList();
    }

    /**
     * A court or charge statement: "charged with conspiring to violate the International Emergency Economic
     * Powers Act", "pleaded guilty to violating …", "The charges were brought under the Customs and Excise
     * Management Act 1979", and the licensing law the goods needed ("needed licences under the Export
     * Administration Regulations"). What was charged is what the case's events breached.
     */
    private static final Pattern CHARGE = Pattern.compile("(?i)\\b(?:charged|indicted|convicted|guilty|admitted|accused|"
            + "sentenced|prosecuted|prosecution|charges?|counts?|offen[cs]es?)\\b[^.;]{0,120}?\\b(?:violat\\w*|breach\\w*|"
            + "contraven\\w*|under)\\b|\\blicen[cs]es?\\b[^.;]{0,30}?\\bunder\\b");

    /**
     * The laws named in charge statements go to every asserted event of the report still without an
     * instrument: a court report tells one case, and its charges cover the goods of all its counts.
     */
    void chargeStatements(DocumentAnalysis doc, List<Frame> frames, List<Entity> added) {
        List<Frame> open = frames.stream().filter(f -> f.instruments.isEmpty() && f.modality == Modality.ASSERTED).toList();
        if (open.isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, List<RuleMatch>> entry : new java.util.TreeMap<>(doc.matchesBySentence()).entrySet()) {
            int s = entry.getKey();
            if (entry.getValue().stream().noneMatch(m -> m.relation() == Relation.INSTRUMENT)) {
                continue;
            }
            Sentence sentence = doc.analyzed().sentences().get(s);
            Matcher charge = CHARGE.matcher(doc.text(sentence));
            if (!charge.find()) {
                continue;
            }
            do {
                // the laws named right after the cue, and those joined to them ("… Powers Act and the Arms Export
                // Control Act"), not a list the sentence goes on to ("…, and some were on the US Munitions List")
                int reach = sentence.start() + charge.end() + 40;
                for (Entity law : doc.entitiesIn(sentence.start() + charge.end(), sentence.end())) {
                    if (law.type() != EntityType.TREATY) {
                        continue;
                    }
                    if (law.start() > reach) {
                        break;
                    }
                    reach = law.end() + 10;
                    if (law.id() == null || law.id().startsWith("UNSCR-")) {
                        continue;
                    }
                    for (RuleMatch match : entry.getValue()) {
                        TokenRange ref = match.group(match.relation().requiredGroup());
                        if (match.relation() == Relation.INSTRUMENT && match.rule().name().equals("instrument.treaty")
                                && doc.charStart(ref) <= law.start() && doc.charEnd(ref) >= law.end()) {
                            open.forEach(frame -> instruments.fromPhrase(doc, s, ref, frame, added));
                        }
                    }
                }
            } while (charge.find());
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
        if (!needDestination) {
            onwardLegs(doc, frame, from, to);
        }
        if (!needOrigin && !needDestination) {
            return;
        }
        routeFromScope(doc, frame, from, to, needOrigin, needDestination);
        if (needDestination && !frame.destination.isEmpty()) {
            // "The declared port of discharge was Latakia … from there the munitions were to go on to Hezbollah"
            onwardLegs(doc, frame, from, to);
        }
    }

    private static void routeFromScope(DocumentAnalysis doc, Frame frame, int from, int to, boolean needOrigin,
            boolean needDestination) {
        List<Party> origin = new ArrayList<>();
        List<Party> destination = new ArrayList<>();
        List<Party> realDestination = new ArrayList<>();
        List<Party> goodsDestination = new ArrayList<>();
        String text = doc.analyzed().text();
        for (int s = from; s < to; s++) {
            Sentence sentence = doc.analyzed().sentences().get(s);
            String sentenceText = doc.text(sentence);
            for (RuleMatch match : doc.matches(s)) {
                TokenRange group = match.group(match.relation().requiredGroup());
                TokenRange whole = new TokenRange(match.startToken(), match.endToken());
                if (match.relation() == Relation.ORIGIN && (needOrigin || frame.flagOrigin != null) && origin.isEmpty()) {
                    // collected also while the only origin is the ship's flag, which a stated route may replace
                    parties(doc, group, origin, frame.destination);
                } else if (match.relation() == Relation.DESTINATION && needDestination && !noGoal(doc, group)) {
                    // "According to its bill of lading, the consignment was to be delivered to Djibouti … the Libyan
                    // port was the real destination": the destination the report calls the real one wins
                    boolean real = REAL_DESTINATION.matcher(doc.text(whole)).find();
                    // "the vessel had been cleared to dock in Tripoli … the arms were intended for the Free Syrian
                    // Army": where the goods themselves were going outranks the ship's port of call
                    int matchStart = doc.charStart(whole);
                    int clauseStart = EventAssembler.clauseAround(text, EventAssembler.CLAUSE_BREAK, sentence, matchStart).start();
                    boolean goods = !real && GOODS_SUBJECT.matcher(text.substring(Math.max(clauseStart, matchStart - 60),
                            doc.charEnd(whole))).find()
                            && !HEDGED.matcher(sentenceText).find() && !PUT_FORWARD.matcher(sentenceText).find();
                    List<Party> into = real ? realDestination : goods ? goodsDestination : destination;
                    if (into.isEmpty()) {
                        EventAssembler.giveWayToStatedRoute(doc, group, frame);
                        parties(doc, group, into, frame.origin);
                    }
                }
            }
        }
        if (!realDestination.isEmpty()) {
            destination = realDestination;
        } else if (!goodsDestination.isEmpty()) {
            destination = goodsDestination;
        }
        if (needOrigin || frame.origin.isEmpty()) {
            origin.forEach(p -> Frame.addParty(frame.origin, p));
        }
        if (needDestination) {
            destination.forEach(p -> Frame.addParty(frame.destination, p));
        }
    }

    /**
     * "… were due to be unloaded at Latakia in Syria. From there the munitions were to be trucked onward to
     * Hezbollah.": the last leg of a route told after the port of discharge adds who was to receive the goods.
     */
    private static void onwardLegs(DocumentAnalysis doc, Frame frame, int from, int to) {
        for (int s = Math.max(from, frame.firstSentence); s < to; s++) {
            for (RuleMatch match : doc.matches(s)) {
                if (match.relation() != Relation.DESTINATION || !ONWARD_RULES.contains(match.rule().name())) {
                    continue;
                }
                TokenRange group = match.group(match.relation().requiredGroup());
                if (!noGoal(doc, group)) {
                    List<Party> onward = new ArrayList<>();
                    parties(doc, group, onward, frame.origin);
                    // "onward to the Houthis in Yemen": the group is who was to receive them
                    if (onward.stream().anyMatch(p -> p.group() != null)) {
                        onward.removeIf(p -> p.group() == null);
                    }
                    onward.forEach(p -> Frame.addParty(frame.destination, p));
                }
            }
        }
    }

    /**
     * Goods told as coming in: "imported from Turkey", "shipped in from Florida", "smuggled into the country",
     * "brought into the kingdom" (not "arriving from", "flown in from": transit often reads so too).
     */
    private static final Pattern IMPORTED = Pattern.compile("(?i)\\b(?:imported|importing|importation)\\b|"
            + "\\b(?:smuggled|brought|shipped|sent|trafficked|slipped)\\s+in(?:to\\s+the\\s+(?:country|kingdom|"
            + "island|islands))?\\b(?!\\s+(?:the|a|an|their|its|his|her|by)\\b)|\\binto\\s+the\\s+(?:country|kingdom|island)\\b");

    /**
     * A seizure of goods from abroad that its sentences tell as coming in ("1,100 pump-action rifles imported
     * from Turkey", "ammunition smuggled into the country in balikbayan boxes") was going where it was
     * seized: that country is the destination when the report names no other. Goods passing through (a
     * transit port, a plane refuelling) are told otherwise and keep no destination.
     */
    static void importedInto(DocumentAnalysis doc, Frame frame) {
        if (frame.type != EventType.SEIZURE || frame.modality != Modality.ASSERTED || !frame.destination.isEmpty()
                || frame.location == null || frame.location.country() == null || frame.origin.isEmpty()
                || frame.origin.stream().anyMatch(p -> frame.location.country().equals(p.country()))) {
            return;
        }
        int last = Math.min(frame.lastSentence + 1, doc.analyzed().sentences().size() - 1);
        for (int s = frame.firstSentence; s <= last; s++) {
            if (IMPORTED.matcher(doc.text(doc.analyzed().sentences().get(s))).find()) {
                frame.destination.add(new Party(frame.location.text(), frame.location.country(), null));
                return;
            }
        }
    }

    /** The goods said to be meant for someone: "the arms were intended for", "the weapons had been destined for". */
    private static final Pattern GOODS_SUBJECT = Pattern.compile("(?i)\\b(the|these|those)\\s+(arms|weapons|munitions|"
            + "cargo|shipment|consignment|goods|rifles|missiles|rockets|explosives|materiel|equipment|ammunition)\\s+"
            + "(were|was|had\\s+been|would\\s+have\\s+been|are|is)\\s+(\\w+\\s+)?(intended|destined|meant|bound|"
            + "headed|earmarked)\\b");
    /** A destination put forward, not stated: "Israeli officials have suggested", "a claim Hamas denies". */
    private static final Pattern PUT_FORWARD = Pattern.compile("(?i)\\b(suggest(s|ed|ing)?|claim(s|ed)?|speculat\\w*|"
            + "may|might|could)\\b");

    /** The rules that read the last leg ("onward to", "trucked … to"), not a hand-over ("handed over to"). */
    private static final Set<String> ONWARD_RULES = Set.of("destination.onward.to", "destination.onward.far",
            "destination.from.there");

    /**
     * "Police seized 200 rifles in Mersin. Customs in Izmir found 50 pistols. The rifles were bound for Syria,
     * while the pistols were destined for Iraq.": a destination whose clause names goods by their kind belongs to
     * the one seizure holding goods of that kind; a seizure holding other goods gives it up when it keeps another.
     */
    static void destinationsByGoods(DocumentAnalysis doc, List<Frame> frames) {
        List<Frame> seizures = frames.stream().filter(f -> f.type == EventType.SEIZURE).toList();
        if (seizures.size() < 2) {
            return;
        }
        String text = doc.analyzed().text();
        for (Map.Entry<Integer, List<RuleMatch>> entry : doc.matchesBySentence().entrySet()) {
            Sentence sentence = doc.analyzed().sentences().get(entry.getKey());
            for (RuleMatch match : entry.getValue()) {
                if (match.relation() != Relation.DESTINATION) {
                    continue;
                }
                TokenRange group = match.group(match.relation().requiredGroup());
                int matchStart = doc.charStart(new TokenRange(match.startToken(), match.endToken()));
                int clauseStart = EventAssembler.clauseAround(text, EventAssembler.CLAUSE_BREAK, sentence, matchStart).start();
                Matcher goods = NAMED_GOODS.matcher(text.substring(clauseStart, matchStart));
                if (!goods.lookingAt()) {
                    continue;
                }
                String head = Frame.singular(goods.group(2).toLowerCase(Locale.ROOT));
                List<Frame> holding = seizures.stream().filter(f -> f.cargo.stream()
                        .anyMatch(item -> Frame.singular(Frame.lastWord(item.text())).equals(head))).toList();
                if (holding.size() != 1) {
                    continue;
                }
                if (noGoal(doc, group)) {
                    continue;
                }
                List<Party> told = new ArrayList<>();
                parties(doc, group, told, List.of());
                if (told.isEmpty()) {
                    continue;
                }
                Frame owner = holding.get(0);
                for (Frame other : seizures) {
                    if (other != owner && other.destination.stream().anyMatch(d -> told.stream().noneMatch(t -> Frame.sameParty(d, t)))) {
                        other.destination.removeIf(d -> told.stream().anyMatch(t -> Frame.sameParty(d, t)));
                    }
                }
                if (owner.destination.isEmpty()) {
                    told.forEach(p -> Frame.addParty(owner.destination, p));
                }
            }
        }
    }

    /** A clause opening with goods named back by their kind: "The rifles", "while the pistols", "those missiles". */
    private static final Pattern NAMED_GOODS = Pattern.compile("(?i)\\s*(?:while\\s+|whereas\\s+|and\\s+)?(the|these|those)\\s+"
            + "(?:[\\w-]+\\s+)?(rifles|pistols|guns|missiles|rockets|grenades|launchers|shells|rounds|mines|explosives|"
            + "drones|mortars|cartridges|revolvers|shotguns|munitions)\\b");

    /**
     * "On 27 September customs officers at Kybartai found 22 nets. Two more were found on 29 September.": a
     * seizure told right after another without its own agent or place is the next in a series by the
     * same agent at the same place, on the same route.
     */
    static void series(List<Frame> frames) {
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
    static Set<Integer> firstSentences(List<Frame> frames) {
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
        int last = Math.min(doc.analyzed().sentences().size() - 1, frame.lastSentence + EventAssembler.CONTEXT_AFTER);
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
    static void lateCovers(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
        for (Frame frame : frames) {
            if (frame.type != EventType.SEIZURE || !frame.declaredCargo.isEmpty()) {
                continue;
            }
            for (int s : sentencesAfter(doc, frame, firsts)) {
                for (RuleMatch match : doc.matches(s)) {
                    if (match.relation() == Relation.DECLARED_CARGO
                            && EventAssembler.namesACover(doc, match.group(match.relation().requiredGroup()))) {
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
     * "… seized an unflagged cargo ship … The So San had left Nampo": a seizure of a ship the lead does not
     * name takes the one ship named in the sentences that follow, up to the next event.
     */
    void namedLater(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
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
     * "… found 50 tons of weapons. … Officers said the cargo included Katyusha rockets, mortar bombs and
     * mines.": a later sentence that lists the goods (an inventory cue and at least two named weapons)
     * says what the seized goods were. Its items join the event, replace the umbrella phrases ("50 tons of
     * weapons") and, when they give a count, the same weapon named without one. Done after merging: the
     * list may follow a second telling of the incident ("The ship was boarded at 4:45 a.m.").
     */
    void inventories(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
        for (Frame frame : frames) {
            if (frame.modality != Modality.ASSERTED) {
                continue;
            }
            for (int s : sentencesAfter(doc, frame, firsts)) {
                Sentence sentence = doc.analyzed().sentences().get(s);
                // "… impounded a consignment of weapons flown in aboard an Iranian Boeing 747. The jumbo jet unloaded
                // an estimated 4,000 machine guns and a million rounds …": goods named only in general take the
                // kinds the next sentence counts, when it tells no event of its own
                boolean details = s == frame.firstSentence + 1 && CargoCollector.onlyGeneral(frame.cargo)
                        && !EventAssembler.hasTrigger(doc, s);
                if (!details && !INVENTORY_CUE.matcher(doc.text(sentence)).find()
                        || doc.matches(s).stream().anyMatch(m -> m.relation() == Relation.NEGATION)) {
                    continue;
                }
                Frame list = new Frame(frame.type, sentence, s);
                CargoCollector.collectIn(doc, s, list);
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
    void lateDates(DocumentAnalysis doc, List<Frame> frames, Set<Integer> firsts) {
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
    static void earlierDates(DocumentAnalysis doc, List<Frame> frames) {
        // the sentences the events tell (an event's own span starts after the sentence before it)
        java.util.BitSet told = new java.util.BitSet();
        frames.forEach(f -> told.set(f.firstSentence, f.lastSentence + 1));
        for (Frame frame : frames) {
            int previous = frame.firstSentence - 1;
            if (frame.date != null || previous < 0 || !EventAssembler.sameParagraph(doc, previous, frame.firstSentence)
                    || told.get(previous)) {
                continue;
            }
            frame.date = EventDates.preciseDate(doc, previous);
        }
    }

    /**
     * "… was meant to be a waypoint only", "… was only a corridor", "which was to be a way station", "… was only one
     * leg of a longer route", ", where they were transferred to …".
     */
    private static final Pattern WAYPOINT = Pattern.compile("(?i)^\\s*(?:,\\s*(?:in other words|then|however),?\\s*|,\\s*which\\s+)?"
            + "(?:was|were|is|would be)\\s+(?:(?:only|merely|just|meant|intended|to|be|never|more\\s+than|rather)\\s+)*"
            + "(?:a|an|one)\\s+(?:[\\w-]+\\s+)?(?:way ?station|waypoint|stopover|stop-over|transit\\s+(?:point|hub|stop|port)|"
            + "staging\\s+(?:post|point)|corridor|leg\\s+of)\\b"
            // "to the Egyptian port of Damietta, where they were transferred to the Francop": a transshipment
            + "|^\\s*,\\s*where\\s+(?:they|it|the\\s+\\w+)\\s+(?:was|were)\\s+(?:then\\s+|later\\s+)?"
            + "(?:transferred|transshipped|transhipped|reloaded|shifted)\\s+(?:to|onto|on|aboard)\\b");

    /**
     * "Port Sudan was meant to be a waypoint only", "Croatia was only a corridor", "Alexandria, which was to be a way
     * station": a place the report calls a stop on the way is no destination of its events (the goods went on).
     */
    static void waypoints(DocumentAnalysis doc, List<Frame> frames) {
        String text = doc.analyzed().text();
        Set<String> waypoints = new HashSet<>();
        for (Entity entity : doc.entities()) {
            if ((entity.type() == EntityType.LOCATION || entity.type() == EntityType.COUNTRY)
                    && WAYPOINT.matcher(text).region(entity.end(), Math.min(text.length(), entity.end() + 90)).lookingAt()) {
                Party party = Parties.party(doc, entity);
                if (party != null && party.country() != null) {
                    waypoints.add(party.country());
                }
            }
        }
        if (waypoints.isEmpty()) {
            return;
        }
        for (Frame frame : frames) {
            frame.destination.removeIf(p -> p.group() == null && waypoints.contains(p.country()));
        }
    }
}
