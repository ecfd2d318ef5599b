package org.interdict.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.DateValue;
import org.interdict.model.Entity;
import org.interdict.model.Modality;
import org.interdict.pattern.Relation;
import org.interdict.pattern.RuleMatch;
import org.interdict.text.Sentence;

/**
 * Whether an event is ASSERTED, NEGATED or HYPOTHETICAL: the cues that cover its trigger and the ones
 * that follow it in the next sentences ("… but a search found nothing", "None of these claims has been
 * tested"). Stateless.
 */
final class EventModality {

    private static final Pattern ANOTHER_CONVEYANCE = Pattern.compile("(?i)\\b((a|the) (second|third|fourth|further|"
            + "different|separate)|another|other) (car|ferry|vessel|ship|truck|lorry|boat|container|dhow|vehicle|bus|"
            + "plane|aircraft|flight|consignment|shipment|van|trawler)s?\\b");

    /**
     * "… would have reached an Abu Sayyaf faction had the boat not been stopped", "… if it had not been
     * intercepted": the verb of a counterfactual clause tells of an event the report already told (or of
     * none), so it opens no event of its own and the sentence stays free to complete the one before.
     */
    private static final Pattern COUNTERFACTUAL = Pattern.compile("(?i)(\\bhad\\s+(?:the|a|an|its|their|this|that|it|they|he|she)\\b"
            + "[^,;.]{0,40}?|\\bif\\s+[^,;.]{1,40}?\\bhad\\s+)\\bnot\\s+(?:been\\s+|already\\s+)?$");

    /**
     * "… several times larger than the arms found aboard the Karine A in 2002", "surpassing the 60 assault weapons
     * found …": a find named to compare with, told up to four words after "than" or a verb of comparing, is the
     * yardstick of this report's incident, not another one.
     */
    private static final Pattern COMPARED_WITH = Pattern.compile("(?i)\\b(" + EventDates.COMPARING
            + ")\\s+([\\w'-]+\\s+){0,4}$");

    /** The papers of a shipment, which declare its goods. */
    private static final Pattern DECLARED = Pattern.compile("(?i)\\b(manifests?|declar(ed|ation|ations)|listed|"
            + "papers|paperwork|documents|bills? of lading)\\b");

    /** "found", "finds": the verb of a finding as well as of a find. */
    private static final Pattern FOUND_WORDS = Pattern.compile("(?i)found|finds?");
    /** "a UN panel found last month that the UAE had delivered …": a finding, told with a time or a source first. */
    private static final Pattern FINDING_THAT = Pattern.compile("(?i)\\s+(?:(?:last|this|earlier|previously|recently|also|"
            + "later|in|on|its|their|the|a|an|final|latest|report|month|week|year|(?:19|20)\\d\\d)\\s+){1,4}that\\b");

    /** "A jury found Bout guilty", "the Panel found Eritrea in breach of …": a verdict, not a find. */
    private static final Pattern VERDICT = Pattern.compile("(?i)\\s+([\\w'.-]+\\s+){1,4}?(not\\s+)?(guilty|innocent|"
            + "liable|responsible|in\\s+(breach|violation|contempt|non-compliance))\\b");

    /**
     * The document without seizure triggers in counterfactual clauses ({@link #COUNTERFACTUAL}) or comparisons
     * ({@link #COMPARED_WITH}), and without "found" when it reports a finding ({@link #FINDING_THAT}) or a
     * verdict ({@link #VERDICT}).
     */
    static DocumentAnalysis withoutFalseTriggers(DocumentAnalysis doc) {
        Map<Integer, List<RuleMatch>> kept = new HashMap<>();
        boolean changed = false;
        for (Map.Entry<Integer, List<RuleMatch>> entry : doc.matchesBySentence().entrySet()) {
            Sentence sentence = doc.analyzed().sentences().get(entry.getKey());
            List<RuleMatch> matches = new ArrayList<>();
            for (RuleMatch match : entry.getValue()) {
                if (match.relation() == Relation.SEIZURE_TRIGGER) {
                    int start = doc.charStart(match.group("$trigger"));
                    int end = doc.charEnd(match.group("$trigger"));
                    String before = doc.analyzed().text().substring(Math.max(sentence.start(), start - 60), start);
                    String after = doc.analyzed().text().substring(end, Math.min(sentence.end(), end + 50));
                    if (COUNTERFACTUAL.matcher(before).find() || COMPARED_WITH.matcher(before).find()
                            || FOUND_WORDS.matcher(doc.text(match.group("$trigger"))).matches()
                            && (FINDING_THAT.matcher(after).lookingAt() || VERDICT.matcher(after).lookingAt())) {
                        changed = true;
                        continue;
                    }
                }
                matches.add(match);
            }
            kept.put(entry.getKey(), matches);
        }
        return changed ? new DocumentAnalysis(doc.document(), doc.analyzed(), doc.entities(), doc.dates(), kept) : doc;
    }

    /** Whether the sentence names a vessel other than the event's (any vessel when the event has none). */
    private static boolean namesAnotherVessel(DocumentAnalysis doc, int sentenceIndex, String vesselName) {
        Sentence sentence = doc.analyzed().sentences().get(sentenceIndex);
        for (Entity entity : doc.entitiesIn(sentence.start(), sentence.end())) {
            if (entity.type() == EntityType.VESSEL && (vesselName == null
                    || !vesselName.equals(entity.canonical() == null ? null : entity.canonical().toLowerCase(Locale.ROOT))
                    && !vesselName.equals(entity.text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The modality of a seizure: the cues covering its trigger, then a fruitless search told after it
     * (in its sentence or the next two), a boarding party without the authority to hold the goods, and an
     * account said to be unverified.
     */
    static Modality ofSeizure(DocumentAnalysis doc, int s, List<RuleMatch> matches, int triggerToken, String vesselName) {
        Modality modality = modality(matches, triggerToken);
        if (modality == Modality.ASSERTED && cueAfter(doc, s, triggerToken, vesselName, Relation.NEGATION,
                "negation.nothing", "negation.found.nothing", "negation.turned", "negation.neither",
                "negation.found.only", "negation.search.aborted")) {
            modality = Modality.NEGATED;
        }
        if (modality == Modality.ASSERTED && matches.stream().anyMatch(m -> m.startToken() > triggerToken
                && m.rule().name().equals("negation.no.authority"))) {
            // "stopped the ship …, which found suspicious cargo but lacked the authority to hold it": in its own
            // sentence only, since a later stop by others may well have held it
            modality = Modality.NEGATED;
        }
        return unverified(doc, s, triggerToken, vesselName, modality);
    }

    /**
     * "… detained the freighter, but a search found nothing but sugar." or "… Its holds turned out to
     * contain sugar and nothing else.": a search reported as fruitless later in the trigger's sentence or
     * in the next two makes the seizure of arms NEGATED. Also used for the "claims not yet verified" cues.
     */
    private static boolean cueAfter(DocumentAnalysis doc, int s, int triggerToken, String vesselName,
            Relation relation, String... rulePrefixes) {
        for (int next = s; next <= s + EventAssembler.CONTEXT_AFTER && next < doc.analyzed().sentences().size(); next++) {
            List<RuleMatch> matches = doc.matches(next);
            // a later sentence with a trigger and a ship of its own tells its own incident ("In May the navy
            // searched the trawler Sea Lark but found only fish"); "a search of her holds found only
            // cement" goes on with this one
            if (next > s && matches.stream().anyMatch(m -> m.relation() == Relation.SEIZURE_TRIGGER)
                    && (namesAnotherVessel(doc, next, vesselName) || datesAnotherDay(doc, s, next)
                            || ANOTHER_CONVEYANCE.matcher(doc.text(doc.analyzed().sentences().get(next))).find())) {
                // "A search of a second car travelling with him found no weapons": another vehicle, another search
                break;
            }
            if (next > s && relation == Relation.HYPOTHETICAL && matches.stream().anyMatch(m -> m.relation().isTrigger())) {
                // "… a second boat could be intercepted, but the Group has not been able to confirm this": the
                // doubt of a later sentence with an event of its own is about that event
                break;
            }
            for (RuleMatch match : matches) {
                if (match.relation() != relation || (next == s && match.startToken() <= triggerToken)) {
                    continue;
                }
                if (next > s && partialDenial(doc, s, triggerToken, match)) {
                    continue;
                }
                if (match.rule().name().startsWith("negation.turned")
                        && DECLARED.matcher(doc.text(doc.analyzed().sentences().get(next))).find()) {
                    // "Its manifest listed some 10,000 tons of sugar and nothing else": what the papers declared,
                    // not what a search found
                    continue;
                }
                for (String prefix : rulePrefixes) {
                    if (match.rule().name().startsWith(prefix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "no rifles were found": a denial of one kind of goods, not of goods in general ("no weapons were found"). */
    static boolean deniesOneKind(DocumentAnalysis doc, RuleMatch match) {
        if (!match.rule().name().equals("negation.nothing.found")) {
            return false;
        }
        int after = match.startToken() + 1;
        if (after >= doc.analyzed().tokens().size()) {
            return false;
        }
        int at = doc.analyzed().tokens().get(after).start();
        Entity denied = doc.entitiesOverlapping(at, at + 1).stream().filter(e -> e.type() == EntityType.WEAPON)
                .findFirst().orElse(null);
        return denied != null && !UMBRELLA_GOODS.matcher(denied.text()).matches();
    }

    /** Words for goods in general: "no weapons were found" denies the whole find, "no rifles were found" a part. */
    private static final Pattern UMBRELLA_GOODS = Pattern.compile("(?i)weapons?|arms|munitions?|ammunition|contraband|"
            + "explosives?|materiel|military (goods|equipment|items|cargo)");

    /**
     * "Greek officers found cartridges and rounds … Although the bill of lading also listed AK-47 rifles, no rifles were
     * found on board.": a later sentence that finds no goods of one kind, after the event's own sentence found goods
     * after its trigger, denies a part of the find, not the find.
     */
    private static boolean partialDenial(DocumentAnalysis doc, int s, int triggerToken, RuleMatch match) {
        if (!deniesOneKind(doc, match)) {
            return false;
        }
        Sentence own = doc.analyzed().sentences().get(s);
        int from = doc.analyzed().tokens().get(triggerToken).end();
        return doc.entitiesIn(from, own.end()).stream().anyMatch(e -> e.type() == EntityType.WEAPON
                && !UMBRELLA_GOODS.matcher(e.text()).matches());
    }

    /**
     * "… seized 2,500 rounds on 14 May. On 2 May, soldiers searched a warehouse but found no weapons.": a
     * later sentence dated to another day or month than the event tells its own incident.
     */
    private static boolean datesAnotherDay(DocumentAnalysis doc, int s, int next) {
        DateValue own = EventDates.preciseDate(doc, s);
        DateValue later = EventDates.preciseDate(doc, next);
        return own != null && later != null && !own.value().startsWith(later.value())
                && !later.value().startsWith(own.value());
    }

    /**
     * "… told investigators the ship had carried armoured vehicles to Tripoli. None of these claims has
     * yet been tested in court.": an account said to be unverified right after the event is a claim, so
     * an ASSERTED event becomes HYPOTHETICAL (a NEGATED one stays NEGATED).
     */
    static Modality unverified(DocumentAnalysis doc, int s, int triggerToken, String vesselName,
            Modality modality) {
        return modality == Modality.ASSERTED
                && cueAfter(doc, s, triggerToken, vesselName, Relation.HYPOTHETICAL, "hypothetical.unverified")
                ? Modality.HYPOTHETICAL : modality;
    }

    static Modality modality(List<RuleMatch> matches, int triggerToken) {
        Modality modality = Modality.ASSERTED;
        for (RuleMatch match : matches) {
            boolean covers = match.startToken() <= triggerToken && triggerToken < match.endToken();
            if (!covers) {
                continue;
            }
            if (match.relation() == Relation.NEGATION) {
                return Modality.NEGATED;
            }
            if (match.relation() == Relation.HYPOTHETICAL) {
                modality = Modality.HYPOTHETICAL;
            }
        }
        return modality;
    }
}
