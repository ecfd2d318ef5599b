package org.interdict.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteer.NamedCountries;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.interdict.model.Party;
import org.interdict.pattern.RuleMatch.TokenRange;

/**
 * The parties that entities stand for in a report: a country code or an armed group's name, read where
 * the entity is written ("Valencia, Venezuela", "Yemen's Houthi rebels", "the Bahamas-flagged ship").
 * Stateless.
 */
final class Parties {

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\s+");
    private static final Pattern POSSESSIVE_ONLY = Pattern.compile("(['\u2019]s)?\\s*");
    private static final Pattern GROUP_IN = Pattern.compile(
            "(?i)\\s+((forces|rebels|fighters|militants|militias?|allies|units|members)\\s+)?in\\s+(the\\s+)?"
            + "((north|south|east|west)(ern)?\\s+|(north|south)-?(east|west)(ern)?\\s+|central\\s+|neighbouring\\s+|neighboring\\s+)?");

    /**
     * "shipped them to Baghdad through the Yugoslav state trader", "handed them to Peruvian generals at Amman's
     * airport": after a party, who or where the goods passed through on the way is no further party.
     */
    private static final Pattern PASSED_THROUGH = Pattern.compile("(?i)\\s(?:through|via|by\\s+way\\s+of|at"
            // "delivered munitions to Russia for its war in Ukraine": where the goods were to be used
            + "|for\\s+(?:its|their|the|use\\s+in)\\s+(?:war|fight|invasion|campaign|offensive|operations)?"
            // "sent to North Korea for repair and would be returned to Cuba": the owner it goes back to is no recipient
            + "|for\\s+(?:repairs?|overhaul|refurbishment|maintenance|upgrading|modernisation|modernization))\\s");
    private static final Pattern WHERE_TAKEN = Pattern.compile("(?i)\\s*,\\s*where\\s+([\\w'-]+\\s+){0,5}"
            + "(discharged|unloaded|offloaded|seized|confiscated|impounded|inspected|searched|secured|found|emptied|opened|"
            + "examined|x-rayed|scanned)\\b"
            // "the weapons were later transferred to a US facility in Bahrain for storage": custody, not a route
            // (a few words may come first: the place read may be "US", the facility's owner)
            + "|(\\s+[\\w-]+){0,4}?\\s+for\\s+(storage|safekeeping|safe keeping|examination|analysis|inspection|testing|destruction|"
            + "disposal|investigation|forensic)\\b");

    private Parties() {
    }

    static void parties(DocumentAnalysis doc, TokenRange group, List<Party> into, List<Party> other) {
        String text = doc.analyzed().text();
        int start = doc.charStart(group);
        int end = doc.charEnd(group);
        // "bound for Yemen's Houthi rebels": the party is the group the possessive locates
        Matcher possessive = POSSESSIVE.matcher(text.substring(end, Math.min(text.length(), end + 4)));
        if (possessive.lookingAt()) {
            int next = end + possessive.end();
            for (Entity entity : doc.entitiesOverlapping(next, next + 1)) {
                Party party = party(entity);
                if (entity.start() == next && party != null && party.group() != null) {
                    end = Math.max(end, entity.end());
                }
            }
        }
        end = passedThrough(doc, start, end);
        List<Entity> entities = doc.entitiesOverlapping(start, end);
        for (Entity entity : entities) {
            Party party = party(doc, entity);
            if (party == null || (party.country() == null && party.group() == null)
                    || party.group() == null && (locatesGroup(text, entity, entities) || insideGroupName(entity, entities))
                    || namesNoParty(text, entity)) {
                continue;
            }
            Party withText = new Party(text.substring(start, end), party.country(), party.group());
            if (other.stream().noneMatch(p -> Frame.sameParty(p, withText))) {
                Frame.addParty(into, withText);
            }
        }
    }

    /** The end of a party phrase before what the goods passed through after its first party. */
    static int passedThrough(DocumentAnalysis doc, int start, int end) {
        String text = doc.analyzed().text();
        Matcher through = PASSED_THROUGH.matcher(text).region(start, end);
        while (through.find()) {
            int cut = through.start();
            if (doc.entitiesIn(start, cut).stream().anyMatch(e -> {
                Party party = party(e);
                return party != null && (party.country() != null || party.group() != null);
            })) {
                return cut;
            }
        }
        return end;
    }

    /** A model number right after a name: "Boeing 747", "Airbus A320", "Antonov An-124". */
    private static final Pattern MODEL_AFTER = Pattern.compile("\\s+[A-Z]{0,3}-?\\d");

    /**
     * Whether the entity, where it is written, describes a thing rather than names a party: a ship's flag ("the
     * Lebanese-flagged Bana") or a maker in its product's name ("from an Iranian Boeing 747").
     */
    static boolean namesNoParty(String text, Entity entity) {
        return NamedCountries.isFlag(text, entity) || entity.type() == EntityType.ORGANIZATION
                && MODEL_AFTER.matcher(text).region(entity.end(), Math.min(text.length(), entity.end() + 6)).lookingAt();
    }

    /** "Syrian" in "the Free Syrian Army", "Sudan" in "the Sudan Liberation Army": part of a group's name. */
    private static boolean insideGroupName(Entity country, List<Entity> entities) {
        for (Entity other : entities) {
            Party party = party(other);
            if (other != country && party != null && party.group() != null && other.start() <= country.start()
                    && other.end() >= country.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a country only says where a group of the same phrase is ("Yemen's Houthi rebels", "Houthi
     * forces in Yemen"): then the group alone is the party.
     */
    static boolean locatesGroup(String text, Entity country, List<Entity> entities) {
        for (Entity other : entities) {
            Party party = party(other);
            if (party == null || party.group() == null) {
                continue;
            }
            if (other.start() >= country.end()
                    && POSSESSIVE_ONLY.matcher(text.substring(country.end(), other.start())).matches()
                    || country.start() >= other.end()
                    && GROUP_IN.matcher(text.substring(other.end(), country.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    static Party party(DocumentAnalysis doc, int start, int end) {
        for (Entity entity : doc.entitiesOverlapping(start, end)) {
            Party party = party(doc, entity);
            if (party != null && (party.country() != null || party.group() != null)) {
                return party;
            }
        }
        for (Entity entity : doc.entitiesOverlapping(start, end)) {
            if (entity.type() == EntityType.LOCATION) {
                return new Party(entity.text(), null, null);
            }
        }
        return null;
    }

    /** The party an entity stands for where it is written: "Valencia, Venezuela" is in Venezuela. */
    static Party party(DocumentAnalysis doc, Entity entity) {
        Party party = party(entity);
        if (party != null && entity.type() == EntityType.LOCATION) {
            String country = countryAfterComma(doc, entity.end());
            if (country != null) {
                return new Party(party.text(), country, null);
            }
        }
        return party;
    }

    /**
     * "allowed to continue to Malta, where the containers were discharged": a destination place followed by
     * where the goods were taken names where the voyage ended, not where the goods were going.
     */
    static boolean whereTaken(DocumentAnalysis doc, TokenRange place) {
        String text = doc.analyzed().text();
        int end = doc.charEnd(place);
        return WHERE_TAKEN.matcher(text.substring(end, Math.min(text.length(), end + 80))).lookingAt();
    }

    /** "whether", then at most a clause: "investigators are trying to establish whether the weapons were to go on". */
    private static final Pattern QUESTIONED = Pattern.compile("(?i)\\bwhether\\b[^.;:]{0,80}$");

    /**
     * Whether a destination rule's place names no goal of the goods: where they were taken after the voyage
     * ({@link #whereTaken}), or the answer to a question the report leaves open ("investigators are trying to
     * establish whether the weapons were to be smuggled on into Venezuela").
     */
    static boolean noGoal(DocumentAnalysis doc, TokenRange place) {
        int start = doc.charStart(place);
        return whereTaken(doc, place)
                || QUESTIONED.matcher(doc.analyzed().text().substring(Math.max(0, start - 100), start)).find();
    }

    /** The country named right after a comma at {@code end} ("Valencia, Venezuela"), or null. */
    private static String countryAfterComma(DocumentAnalysis doc, int end) {
        String text = doc.analyzed().text();
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ',') {
            return null;
        }
        for (Entity next : doc.entitiesIn(at, Math.min(text.length(), at + 40))) {
            return next.type() == EntityType.COUNTRY && text.substring(at + 1, next.start()).isBlank() ? next.id() : null;
        }
        return null;
    }

    /** The party an entity stands for: a country code, or an armed group's name. */
    static Party party(Entity entity) {
        if ("media".equals(entity.attribute("kind"))) {
            // "ANKARA, Oct 11 (Reuters) -": a news agency reports; it seizes, sends and receives nothing
            return null;
        }
        return switch (entity.type()) {
            case COUNTRY -> Party.country(entity.text(), entity.id());
            case LOCATION -> Party.country(entity.text(), entity.attribute("country"));
            case ORGANIZATION -> entity.attribute("group") != null
                    ? Party.group(entity.text(), entity.attribute("group"))
                    : Party.country(entity.text(), entity.attribute("country"));
            default -> null;
        };
    }
}
