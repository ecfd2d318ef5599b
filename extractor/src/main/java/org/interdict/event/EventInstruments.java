package org.interdict.event;

import java.time.LocalDate;
import java.time.Month;
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
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.model.Entity;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Party;
import org.interdict.pattern.RuleMatch.TokenRange;
import org.interdict.text.Sentence;

/**
 * The instruments an event breached: treaties and resolutions named in its sentences, embargo phrases
 * resolved to the resolution on the country they name, and resolutions on the event's countries named
 * elsewhere in the report.
 */
final class EventInstruments {

    /** "… embargo on Eritrea", "… embargo imposed on South Sudan in 2018", "… embargo on weapons deliveries to Libya". */
    private static final Pattern EMBARGO_ON = Pattern.compile("(?i)\\s+(?:(?:that\\s+|which\\s+)?(?:the\\s+)?"
            + "(?:(?:UN|U\\.N\\.|United\\s+Nations|Security\\s+Council|Council|EU|European\\s+Union)\\s+)?(?:had\\s+|has\\s+)?"
            + "(?:first\\s+|later\\s+)?(?:imposed|in force|"
            + "in place|established|decreed)\\s+)?(?:on|against)\\s+(?:the\\s+)?(?:(?:arms|weapons|military)\\s+)?"
            + "(?:(?:deliveries|supplies|sales|transfers|exports|shipments|imports)\\s+(?:to|from|by)\\s+(?:the\\s+)?)?"
            // "the arms embargo on armed groups in the Democratic Republic of the Congo": the country they are in
            + "(?:(?:non-?governmental\\s+)?(?:armed\\s+groups|rebels|rebel\\s+groups|militias|insurgents)\\s+(?:operating\\s+)?"
            + "in\\s+(?:the\\s+)?(?:eastern\\s+)?)?");

    /**
     * The next number in a list of resolutions: ", 1874", " and 2094 (2013)", with the year of the first skipped
     * and a clause on the first passed over (", which bars Iran from exporting arms, and 1701").
     */
    private static final Pattern LISTED_RESOLUTION = Pattern.compile("(?:\\s*\\(\\d{4}\\))?"
            + "(?:\\s*,\\s*(?:which|that)\\s+[^.;:,()]{1,80}(?=,\\s*and\\s))?"
            + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(\\d{3,4})\\b(?:\\s*\\(\\d{4}\\))?");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** " (2006) and expanded by ", ", later tightened in ": what joins a measure to the texts that widened it. */
    private static final Pattern EXPANDED_BY = Pattern.compile("(?i)(?:\\s*\\(\\d{4}\\))?\\s*,?\\s*(?:and\\s+|as\\s+)?"
            + "(?:later\\s+|subsequently\\s+|further\\s+|since\\s+)?(?:expanded|strengthened|tightened|extended|"
            + "reinforced|broadened|widened|amended)\\s+(?:by|in|under|through)\\s+(?:the\\s+)?");

    /**
     * "the Panel of Experts established pursuant to resolution 1973 (2011)", "Pursuant to resolution 2509 (2020),
     * the Panel continued …": the resolution that set up or renewed a monitoring body, not one breached.
     */
    private static final Pattern MANDATE_BEFORE = Pattern.compile("(?i)\\b(pursuant\\s+to|established\\s+(by|under)|"
            + "mandated?\\s+(by|under)|renewed\\s+(by|in|under)|extended\\s+(by|in|under)|appointed\\s+(by|under))"
            + "\\s+(the\\s+)?(security\\s+council\\s+|un\\s+)?(resolutions?\\s+)?$");
    /**
     * "The Panel of Experts, a group of eight specialists created in 2009 by resolution 1874", "The Panel owes its
     * existence to resolution 1929", "That embargo was partly eased in 2013 by resolution 2093": a body's founding
     * text or a relaxation of the measures, not what an event breached (an embargo "established by" a resolution is).
     */
    private static final Pattern FOUNDING_BEFORE = Pattern.compile("(?i)(\\b(panel|group|committee|mission|mechanism|"
            + "experts|specialists|team|body|office|monitors)\\b[^.;]{0,40}\\b(created|established|set\\s+up|founded|"
            + "mandated|appointed)|\\b(eased|relaxed|lifted|loosened))(\\s+(partly|partially|later|first))?(\\s+in\\s+"
            + "(\\w+\\s+)?\\d{4})?\\s+(by|in|under|through|pursuant\\s+to)\\s+(the\\s+)?(security\\s+council\\s+|un\\s+)?"
            + "(resolutions?\\s+)?$|\\bowes\\s+its\\s+existence\\s+to\\s+(resolutions?\\s+)?$");

    /**
     * "pushed Washington to launch the Proliferation Security Initiative", "helped draft the treaty": an instrument
     * made, signed or joined, not broken.
     */
    private static final Pattern LAUNCHED_BEFORE = Pattern.compile("(?i)\\b(launch|launched|launching|create|created|creating|"
            + "found|founded|set\\s+up|draft|drafted|drafting|negotiate|negotiated|negotiating|sign|signed|signing|ratify|"
            + "ratified|join|joined|joining)\\s+(the\\s+)?$");

    /** "resolutions 1718 and 1874", "Security Council resolutions 1718 …": a mention that lists numbers after it. */
    private static final Pattern PLURAL_RESOLUTIONS = Pattern.compile("(?i)\\bresolutions\\b");

    private static boolean listsResolutions(Entity mention) {
        return PLURAL_RESOLUTIONS.matcher(mention.text()).find();
    }

    /** "Washington did not cite Annex B to": an instrument the speaker leaves out. */
    private static final Pattern NOT_CITED_BEFORE = Pattern.compile("(?i)\\b(not|never|no\\s+longer)\\s+(cite|cited|invoke|"
            + "invoked|mention|mentioned|rely\\s+on|relied\\s+on|apply|applied)\\b[^.;]{0,25}$");
    /** "Resolution 2182, adopted in 2014, is what allows navies to board …": the text that empowers the boarding. */
    private static final Pattern EMPOWERS_AFTER = Pattern.compile("(?i)^(\\s*\\(\\d{4}\\))?(\\s*,[^,.;]{0,40},)?\\s+"
            + "(is\\s+what\\s+|which\\s+|that\\s+)?(allows|allowed|authori[sz]es|authori[sz]ed|permits|permitted|empowers|"
            + "empowered)\\b");
    /** "… since October 2020, when the arms restrictions in resolution 2231 lapsed": a measure no longer in force. */
    private static final Pattern LAPSED_AFTER = Pattern.compile("(?i)^(\\s*\\(\\d{4}\\))?\\s+(had\\s+|have\\s+)?"
            + "(lapsed|expired|ended|terminated|was\\s+lifted|were\\s+lifted)\\b");
    /** "The shipment did not breach the UN arms embargo", "was exempt from": a measure the report says was kept. */
    private static final Pattern NOT_BREACHED_BEFORE = Pattern.compile("(?i)(\\b(did|does|do|had|has|have|was|were|is|are)\\s+"
            + "not\\s+(breach|breached|violate|violated|contravene|contravened|fall\\s+under|fallen\\s+under|"
            + "(be\\s+)?(a\\s+)?(breach|violation)\\s+of)|\\bno\\s+(breach|violation)\\s+of|\\bexempt(ed)?\\s+from)"
            + "\\s+(the\\s+)?[^.;,]{0,25}$");

    /**
     * Whether the instrument is named as a body's founding text or an easing ({@link #FOUNDING_BEFORE}), as one
     * the speaker does not cite or says was not breached, or as the text that empowers an inspection rather than
     * one that was breached.
     */
    private static boolean namesNoBreach(String text, Entity instrument) {
        return namesNoBreach(text, instrument.start(), instrument.end());
    }

    /** Whether the words before a mention say it was not breached ({@link #NOT_BREACHED_BEFORE}). */
    private static boolean saidNotBreached(String text, int start) {
        return NOT_BREACHED_BEFORE.matcher(text.substring(Math.max(0, start - 80), start)).find();
    }

    private static boolean namesNoBreach(String text, int start, int end) {
        return FOUNDING_BEFORE.matcher(text.substring(Math.max(0, start - 90), start)).find()
                || LAUNCHED_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                || NOT_CITED_BEFORE.matcher(text.substring(Math.max(0, start - 60), start)).find()
                || saidNotBreached(text, start)
                || EMPOWERS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80))).find()
                || LAPSED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }

    private final InstrumentResolver resolver;

    EventInstruments(InstrumentResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * A sanctions resolution on a country the event involves (origin, destination, flag, place), named anywhere in
     * the report, is the instrument the event breached when no sentence of the event names one ("…
     * seized in Busan. … Resolution 1874 bans all arms exports from North Korea.").
     */
    void fromReport(DocumentAnalysis doc, List<Entity> resolutions, Frame frame) {
        fromReport(doc, resolutions, frame, true);
    }

    /**
     * As {@link #fromReport(DocumentAnalysis, List, Frame)}; without the destination's countries when {@code
     * byDestination} is false (a destination read late, from the rest of the report, is too weak a tie).
     */
    void fromReport(DocumentAnalysis doc, List<Entity> resolutions, Frame frame, boolean byDestination) {
        Set<String> countries = new HashSet<>();
        frame.origin.forEach(p -> countries.add(p.country()));
        if (byDestination) {
            frame.destination.forEach(p -> countries.add(p.country()));
        }
        if (frame.vessel != null) {
            countries.add(frame.vessel.flag());
        }
        if (frame.location != null) {
            // "delivered to the LNA at Tobruk": where a group took delivery is the country under embargo
            countries.add(frame.location.country());
        }
        countries.remove(null);
        // "bound for the Houthis … Resolution 2216 prohibits supplying arms to the Houthis": a group the event's
        // goods were going to has its embargo too
        Set<String> groupEmbargoes = new HashSet<>();
        for (Party party : frame.destination) {
            GazetteerEntry embargo = party.group() == null ? null : resolver.resolveEmbargo(List.of(party.group()));
            if (embargo != null) {
                groupEmbargoes.add(embargo.id());
            }
        }
        for (Entity entity : resolutions) {
            if (countries.contains(entity.attribute("subject")) || groupEmbargoes.contains(entity.id())) {
                frame.addInstrument(new InstrumentRef(entity.text(), entity.id()));
                if (listsResolutions(entity)) {
                    // "resolutions 1718 (2006), 1874 (2009) and 2094 (2013)": the numbers listed after it
                    listedResolutions(doc, entity.end(), frame);
                }
            }
        }
    }

    /**
     * A resolution adopted in a later year than the event cannot have been breached by it ("Since the ship left,
     * the Council has added resolutions 2321, 2371 and 2375").
     */
    void dropLaterResolutions(Frame frame) {
        if (frame.date == null || frame.date.value() == null || !frame.date.value().matches("\\d{4}.*")) {
            return;
        }
        int year = Integer.parseInt(frame.date.value().substring(0, 4));
        frame.instruments.removeIf(ref -> {
            if (ref.id() == null || !ref.id().startsWith("UNSCR-")) {
                return false;
            }
            GazetteerEntry entry = resolver.resolution(ref.id().substring("UNSCR-".length()));
            String adopted = entry == null ? null : entry.attribute("year");
            return adopted != null && adopted.matches("\\d{4}") && Integer.parseInt(adopted) > year;
        });
    }

    /** The first mention of each Security Council resolution named in the document, in document order. */
    static List<Entity> resolutions(DocumentAnalysis doc) {
        return firstMentions(doc, e -> e.id().startsWith("UNSCR-"));
    }

    /**
     * The first mention of each sanctions measure on a country named in the document: resolutions, laws
     * and embargoes with a subject country (not treaties: a treaty binds its parties, it sanctions no one).
     */
    static List<Entity> sanctions(DocumentAnalysis doc) {
        return firstMentions(doc, e -> e.attribute("subject") != null && !"TREATY".equals(e.attribute("kind")));
    }

    /**
     * The first mention of each instrument (by id) that passes the test, in document order. Built once per
     * document: scanning every entity for every event made assembly quadratic in the length of a report
     * full of events. (Later mentions add nothing: instruments are unique by id.)
     */
    private static List<Entity> firstMentions(DocumentAnalysis doc, java.util.function.Predicate<Entity> test) {
        Map<String, Entity> first = new java.util.LinkedHashMap<>();
        String text = doc.analyzed().text();
        for (Entity entity : doc.entities()) {
            if (entity.type() == EntityType.TREATY && entity.id() != null && test.test(entity)
                    && !MANDATE_BEFORE.matcher(text.substring(Math.max(0, entity.start() - 60), entity.start())).find()
                    && !namesNoBreach(text, entity)) {
                first.putIfAbsent(entity.id(), entity);
            }
        }
        return List.copyOf(first.values());
    }

    /** The country right after an instrument phrase ending at {@code end}: "… embargo on Eritrea"; or null. */
    private static String embargoOn(DocumentAnalysis doc, int end) {
        String text = doc.analyzed().text();
        Matcher on = EMBARGO_ON.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (!on.lookingAt() || on.end() == 0) {
            return null;
        }
        for (Entity entity : doc.entitiesIn(end + on.end(), Math.min(text.length(), end + on.end() + 40))) {
            if (entity.start() == end + on.end() && embargoSubject(entity) != null) {
                return embargoSubject(entity);
            }
        }
        return null;
    }

    /**
     * Whose embargo a name means: a country's; a region's country ("the arms embargo on Darfur"); a group's own
     * ("the arms embargo the Security Council imposed on the Houthis"); or null.
     */
    private static String embargoSubject(Entity entity) {
        return switch (entity.type()) {
            case COUNTRY -> entity.id();
            case LOCATION -> entity.attribute("country");
            case ORGANIZATION -> entity.attribute("group");
            default -> null;
        };
    }

    /** "the sanctions the Council adopted in June": a month with no year at the end of a phrase. */
    private static final Pattern ADOPTED_IN_MONTH = Pattern.compile("\\b(adopted|imposed|passed|approved|agreed|enacted)"
            + "\\s+(in|on)\\s+(january|february|march|april|may|june|july|august|september|october|november|december)$");

    /** The year of the last such month before the report was published; null when the phrase names no month. */
    private static String yearOfMonth(String wording, LocalDate published) {
        Matcher month = ADOPTED_IN_MONTH.matcher(wording);
        if (!month.find() || published == null) {
            return null;
        }
        int number = Month.valueOf(month.group(3).toUpperCase(Locale.ROOT)).getValue();
        return String.valueOf(number <= published.getMonthValue() ? published.getYear() : published.getYear() - 1);
    }

    /** "… set out in", "… contained in paragraph 5 of", "… imposed by": the text that names a phrase's source. */
    private static final Pattern SOURCE_NAMED = Pattern.compile("(?i)^[^.;:]{0,100}?\\b(contained|set\\s+out|established|"
            + "imposed|laid\\s+down|enshrined|defined|adopted)\\s+(in|by|under)\\b[^.;:]{0,40}$");

    /** The resolution named right after a generic phrase as its source, in the same sentence; or null. */
    private static Entity namedSource(DocumentAnalysis doc, int s, int end) {
        Sentence sentence = doc.analyzed().sentences().get(s);
        String text = doc.analyzed().text();
        for (Entity entity : doc.entitiesIn(end, Math.min(sentence.end(), end + 160))) {
            if (entity.type() == EntityType.TREATY && entity.id() != null
                    && SOURCE_NAMED.matcher(text.substring(end, entity.start())).find()) {
                return entity;
            }
            if (entity.type() == EntityType.TREATY) {
                return null;
            }
        }
        return null;
    }

    void fromPhrase(DocumentAnalysis doc, int s, TokenRange ref, Frame frame, List<Entity> added) {
        int start = doc.charStart(ref);
        int end = doc.charEnd(ref);
        String text = doc.analyzed().text();
        if (saidNotBreached(text, start)) {
            // "did not breach the UN arms embargo on the country": neither the named text nor the embargo it stands for
            return;
        }
        List<Entity> treaties = doc.entitiesIn(start, end).stream().filter(e -> e.type() == EntityType.TREATY)
                .filter(e -> !namesNoBreach(text, e)).toList();
        for (Entity treaty : treaties) {
            frame.addInstrument(new InstrumentRef(treaty.text(), treaty.id()));
        }
        if (!treaties.isEmpty()) {
            Entity last = treaties.get(treaties.size() - 1);
            if (listsResolutions(last)) {
                listedResolutions(doc, last.end(), frame);
            }
            for (Entity later : doc.entitiesIn(last.end(), Math.min(text.length(), last.end() + 80))) {
                // "the arms embargo imposed by resolution 1718 (2006) and expanded by resolutions 1874 (2009) and
                // 2094 (2013)": the texts that widened the measure breached are breached too
                if (later.type() == EntityType.TREATY && later.id() != null
                        && EXPANDED_BY.matcher(text.substring(last.end(), later.start())).matches()) {
                    frame.addInstrument(new InstrumentRef(later.text(), later.id()));
                    if (listsResolutions(later)) {
                        listedResolutions(doc, later.end(), frame);
                    }
                    break;
                }
            }
            return;
        }
        Matcher year = YEAR.matcher(doc.text(ref));
        String wording = doc.text(ref).toLowerCase(Locale.ROOT);
        // "the UN arms embargo", "UN sanctions", "a Security Council resolution": the embargo on a country
        boolean embargo = wording.contains("embargo") || wording.contains("sanctions") || wording.contains("resolution")
                || wording.endsWith("ban") || wording.endsWith("prohibition");
        String adopted = year.find() ? year.group() : yearOfMonth(wording, doc.document().published());
        boolean dated = adopted != null;
        if (!dated && !embargo) {
            return;
        }
        Entity source = namedSource(doc, s, end);
        if (source != null) {
            // "the prohibition … contained in paragraph 5 of resolution 1343": the resolution named as the
            // phrase's source is the instrument, not the embargo guessed from the countries
            frame.addInstrument(new InstrumentRef(source.text(), source.id()));
            return;
        }
        List<String> subjects = new ArrayList<>();
        String embargoOn = embargoOn(doc, end);
        if (embargoOn == null) {
            // "the Darfur embargo", "the Libyan arms embargo": the country named inside the phrase
            embargoOn = doc.entitiesIn(start, end).stream()
                    .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION)
                    .map(EventInstruments::embargoSubject).filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (embargoOn != null) {
            // "the UN arms embargo on Eritrea": the country named is the only subject
            subjects.add(embargoOn);
        } else if (!dated) {
            // "the UN arms embargo": the embargo on where the goods were going, or on where they were found
            frame.destination.forEach(p -> subjects.add(p.country() != null ? p.country() : p.group()));
            if (frame.location != null) {
                subjects.add(frame.location.country());
            }
        }
        if (frame.vessel != null && frame.vessel.flag() != null) {
            subjects.add(frame.vessel.flag());
        }
        frame.origin.forEach(p -> subjects.add(p.country()));
        Sentence sentence = doc.analyzed().sentences().get(s);
        doc.entitiesIn(sentence.start(), sentence.end()).stream().filter(e -> e.type() == EntityType.COUNTRY)
                .forEach(e -> subjects.add(e.id()));
        // "forbid Pyongyang to sell": a capital standing for its state, after every country named as such
        doc.entitiesIn(sentence.start(), sentence.end()).stream().filter(e -> e.type() == EntityType.LOCATION)
                .forEach(e -> subjects.add(e.attribute("country")));
        subjects.removeIf(Objects::isNull);
        GazetteerEntry resolved = dated ? resolver.resolve(adopted, subjects)
                : resolver.resolveEmbargo(subjects);
        if (resolved == null) {
            return;
        }
        // the phrase usually starts with "the": keep it in the mention as reporters write it
        int phraseStart = start >= 4 && text.substring(start - 4, start).equalsIgnoreCase("the ") ? start - 4 : start;
        String phrase = text.substring(phraseStart, end);
        frame.addInstrument(new InstrumentRef(phrase, resolved.id()));
        // the mention leaves out the article (annotation guide); the slot keeps the phrase as written
        Entity entity = new Entity(EntityType.TREATY, text.substring(start, end), start, end, resolved.id(),
                resolved.canonical(), resolved.attributes());
        if (!added.contains(entity)) {
            added.add(entity);
        }
        if (!dated && ALSO_THE_EU.matcher(wording).find() && ALSO_THE_UN.matcher(wording).find()) {
            // "the UN and EU arms embargoes on Libya": the Union's embargo on the same country was breached too
            String subject = resolved.attribute("subject");
            GazetteerEntry union = resolver.euEmbargo(subject == null ? List.of() : List.of(subject));
            if (union != null) {
                frame.addInstrument(new InstrumentRef(phrase, union.id()));
            }
        }
    }

    /** "UN and EU arms embargoes", "the European Union and United Nations embargoes": both bodies' measures. */
    private static final Pattern ALSO_THE_EU = Pattern.compile("\\b(eu|european union)\\b");
    private static final Pattern ALSO_THE_UN = Pattern.compile("\\b(un|u\\.n\\.|united nations)\\b");

    /**
     * "in violation of resolutions 1718 (2006) and 1874 (2009)", "resolutions 1718, 1874 and 2094": the
     * numbers listed after the first one the gazetteer matched.
     */
    private void listedResolutions(DocumentAnalysis doc, int from, Frame frame) {
        String text = doc.analyzed().text();
        Matcher next = LISTED_RESOLUTION.matcher(text).region(from, Math.min(text.length(), from + 200));
        while (next.lookingAt()) {
            GazetteerEntry entry = resolver.resolution(next.group(1));
            if (entry == null) {
                return;
            }
            frame.addInstrument(new InstrumentRef(next.group(1), entry.id()));
            next.region(next.end(), Math.min(text.length(), next.end() + 200));
        }
    }
}
