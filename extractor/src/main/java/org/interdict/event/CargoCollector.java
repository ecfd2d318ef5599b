package org.interdict.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.CargoItem;
import org.interdict.model.Entity;
import org.interdict.model.EventType;
import org.interdict.model.Span;
import org.interdict.pattern.Relation;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleMatch.TokenRange;
import org.interdict.text.Sentence;

/**
 * The goods of an event from one sentence: counted goods ("35 tons of weapons", "1,989 AK-47 rifles") from
 * the quantity rules, the other weapon mentions, "ammunition for rocket-propelled grenades" as one item,
 * umbrella words ("weapons", "military equipment") when nothing more specific is named; what the cover
 * story or a purpose clause names ("hidden under sugar", "used to produce missiles") is left out. Stateless.
 */
final class CargoCollector {

    /**
     * "arms embargo", "weapons inspectors", "arms procurement agency": an umbrella word used as a modifier
     * names no goods.
     */
    static final String NOT_AS_MODIFIER = "(?!\\s+(embargo|embargoes|control|controls|procurement|trade|"
            + "trading|dealers?|deals?|race|industry|industries|sales|exports?|exporters?|trafficking|smuggling|"
            + "programmes?|programs?|agency|agencies|treaty|inspectors?|inspections?|experts?|makers?|manufacturers?|"
            + "regime|ban|bans|monitors?|monitoring|issues?|policy|market|markets|purchases|imports)\\b)";
    private static final Pattern CALIBRE_AFTER = Pattern.compile("(?i)\\s*(x\\s?\\d|\u00d7|/\\d|-?mm\\b|-?cal)");
    private static final Pattern DESIGN_BEFORE = Pattern.compile("(?i)\\b(type|class|model|project|no\\.|mark|mk)\\s*$");
    private static final Pattern COUNT_THEN_CALIBRE = Pattern.compile(
            "(?i)([0-9][0-9,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty)"
            + "\\s+[0-9]+(\\.[0-9]+)?");
    private static final Pattern FOR_BETWEEN = Pattern.compile("\\s+for\\s+(the\\s+|its\\s+|their\\s+)?");
    private static final Pattern UMBRELLA_PHRASE = Pattern.compile(
            "(?i)\\b(weapons|arms|munitions|ammunition|explosives|military (?:[a-z]+ ){0,3}(equipment|hardware|goods)|"
            + "(arms-related )?materiel)\\b" + NOT_AS_MODIFIER);
    private static final Pattern GOODS_BEFORE_THOSE = Pattern.compile("(?i)\\b(systems|components|parts|devices|"
            + "rockets|missiles|rifles|drones|engines|launchers|shells|rounds)\\b[^.;]{0,60}?\\b(?:those|the ones)\\s+"
            + "(?:[a-z]+ly\\s+)?(?:seized|found|captured|intercepted|recovered|confiscated)\\b");
    private static final Set<String> UMBRELLA = Set.of("weapons", "weapon", "arms", "munitions", "ammunition",
            "materiel", "equipment", "technology", "parts", "components", "explosives");

    private static final Pattern SHIP_CLASS_AFTER = Pattern.compile(
            "(?i)\\s+(destroyer|cruiser|frigate|corvette|warship|patrol boat|boat|ship|vessel|carrier)s?\\b");
    private static final Pattern ESCORT_BEFORE = Pattern.compile(
            "(?i)\\b(escorted|shadowed|accompanied)\\s+by\\s+([\\w.-]+\\s+){0,3}$");

    /** "Two Turkish F-16 fighters forced the airliner to land": warplanes that act are not goods. */
    private static final Pattern ESCORT_AFTER = Pattern.compile("(?i)\\s+(\\w+\\s+){0,2}?(had\\s+|have\\s+)?"
            + "(forced|escorted|intercepted|scrambled|shadowed|accompanied|guided|diverted|ordered|made)\\b");
    /** A weapon named as an aircraft: "a Caiman helicopter", "two drones". */
    private static final Pattern AIRCRAFT_WORD = Pattern.compile("(?i)\\b(helicopters?|aircraft|drones?|planes?)$");
    /** "marines slid down ropes from a helicopter", "troops landed by helicopter": how the boarders came. */
    private static final Pattern BOARDERS_FROM_BEFORE = Pattern.compile("(?i)\\b((ropes?|rappelled|abseiled|fast-roped|"
            + "descended)\\s+([\\w-]+\\s+){0,3}?from|landed\\s+by)\\s+((a|an|the|two|three|their|its)\\s+)?([\\w-]+\\s+)?$");
    /**
     * "a Caiman helicopter from the French frigate Provence spotted a dhow", "a helicopter launched from the
     * destroyer": a warship's aircraft that finds or tracks the boat is not what was seized.
     */
    private static final Pattern SHIPBORNE_AFTER = Pattern.compile("(?i)\\s+((launched|flying|operating)\\s+)?(from|of)\\s+"
            + "(the|a|an)\\s+([\\w.-]+\\s+){0,3}?(frigate|destroyer|cruiser|warship|corvette|navy)\\b"
            + "|\\s+(\\w+\\s+){0,2}?(spotted|tracked|sighted|located|detected|followed|monitored|hovered)\\b");

    /** "propulsion and guidance parts for ", "spare parts for the ", "components of ": parts named by what they serve. */
    private static final Pattern PARTS_BEFORE = Pattern.compile("(?i)\\b((?:(?!(?:and|or|of|for|the|with|its|their|found|seized|carrying|containing|including|held|took|contained|included|[a-z-]+ed)\\b)[a-z-]+\\s+(?:and\\s+[a-z-]+\\s+)?)?"
            + "(parts|components|sections|assemblies|subassemblies|kits|engines))\\s+(?:for|of)\\s+(?:the\\s+)?$");
    /** Two weapons joined by "and" ("SA-2 and SA-3"). */
    private static final Pattern AND_BETWEEN = Pattern.compile("\\s+and\\s+");

    /** The words that name goods in general, not a kind of them. */
    private static final Set<String> GENERAL_GOODS = Set.of("weapons", "weapon", "arms", "munitions", "materiel",
            "equipment", "cargo", "goods", "hardware");

    /** Words that make a scale word vague ("several hundred"). */
    private static final Set<String> VAGUE = Set.of("several", "few", "many", "some", "hundreds", "thousands");

    private CargoCollector() {
    }

    static List<Span> excludedSpans(DocumentAnalysis doc, List<RuleMatch> matches) {
        List<Span> excluded = new ArrayList<>();
        for (RuleMatch match : matches) {
            if (match.relation() == Relation.NOT_CARGO || match.relation() == Relation.DECLARED_CARGO) {
                TokenRange group = match.group(match.relation().requiredGroup());
                excluded.add(new Span(doc.charStart(group), doc.charEnd(group)));
            }
        }
        return excluded;
    }

    /** The goods of sentence {@code s} into the frame, with the spans its own rules exclude (covers, "not cargo"). */
    static void collectIn(DocumentAnalysis doc, int s, Frame frame) {
        List<RuleMatch> matches = doc.matches(s);
        collect(doc, doc.analyzed().sentences().get(s), matches, excludedSpans(doc, matches), frame);
    }

    static void collect(DocumentAnalysis doc, Sentence sentence, List<RuleMatch> matches, List<Span> excluded,
            Frame frame) {
        List<Entity> weapons = doc.entitiesIn(sentence.start(), sentence.end()).stream()
                // in a seizure a warship is the interdicting ship, not the goods; in a transfer it is the goods
                .filter(e -> e.type() == EntityType.WEAPON
                        && (frame.type == EventType.TRANSFER || !"WARSHIP".equals(e.attribute("category"))))
                .filter(e -> excluded.stream().noneMatch(x -> x.overlaps(new Span(e.start(), e.end()))))
                .filter(e -> frame.type == EventType.TRANSFER || !isEscortOrShipClass(doc.analyzed().text(), e))
                .toList();
        java.util.Set<Entity> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RuleMatch match : matches) {
            if (match.relation() != Relation.QUANTITY || match.group("$goods") == null) {
                continue;
            }
            TokenRange qty = match.group("$qty");
            TokenRange goods = match.group("$goods");
            int start = doc.charStart(qty);
            int end = doc.charEnd(goods);
            Span span = new Span(start, end);
            if (excluded.stream().anyMatch(x -> x.overlaps(span)) || frame.coversCargo(start, end)) {
                continue;
            }
            // weapons are in text order: a binary search finds those inside instead of testing them all
            List<Entity> inside = org.interdict.model.Entities.inside(weapons, start, end);
            if (inside.isEmpty() && !endsWithUmbrella(doc.text(goods))) {
                continue;
            }
            Entity head = inside.isEmpty() ? null : inside.get(inside.size() - 1);
            used.addAll(inside);
            TokenRange unit = match.group("$unit");
            String text = doc.analyzed().text();
            int qtyStart = doc.charStart(qty);
            int qtyEnd = doc.charEnd(qty);
            // "7.62x39 mm cartridges", "Type 209/1400 submarine": a calibre or a design number counts nothing
            // "20 60 mm mortar tubes": with two numbers before the calibre, the first still counts
            boolean counts = (!CALIBRE_AFTER.matcher(text.substring(qtyEnd, Math.min(text.length(), qtyEnd + 4))).lookingAt()
                    || COUNT_THEN_CALIBRE.matcher(doc.text(qty)).matches())
                    && !DESIGN_BEFORE.matcher(text.substring(Math.max(0, qtyStart - 8), qtyStart)).find();
            frame.addCargo(new CargoItem(text.substring(start, end),
                    head == null ? null : head.canonical(), head == null ? null : head.attribute("category"),
                    counts ? number(doc.text(qty)) : null,
                    unit == null || !counts ? null : normaliseUnit(doc.text(unit))), span);
        }
        String text = doc.analyzed().text();
        for (int i = 0; i < weapons.size(); i++) {
            Entity weapon = weapons.get(i);
            if (used.contains(weapon) || frame.coversCargo(weapon.start(), weapon.end())) {
                continue;
            }
            // "ammunition for rocket-propelled grenades", "spare barrels for PKM machine guns": one item, named
            // by the weapon it serves when the first word is generic
            Entity served = i + 1 < weapons.size() && !used.contains(weapons.get(i + 1))
                    && FOR_BETWEEN.matcher(text.substring(weapon.end(), weapons.get(i + 1).start())).matches()
                    ? weapons.get(i + 1) : null;
            Matcher parts = PARTS_BEFORE.matcher(text.substring(Math.max(sentence.start(), weapon.start() - 60), weapon.start()));
            if (served == null && parts.find()) {
                // "propulsion and guidance parts for medium-range ballistic missiles", "components of SA-2 and SA-3
                // systems": the parts are the goods, named by the weapon they belong to (and by the one joined to it)
                int start = weapon.start() - (parts.end() - parts.start(1));
                int end = weapon.end();
                if (i + 1 < weapons.size() && !used.contains(weapons.get(i + 1))
                        && AND_BETWEEN.matcher(text.substring(weapon.end(), weapons.get(i + 1).start())).matches()) {
                    end = weapons.get(i + 1).end();
                    used.add(weapons.get(i + 1));
                }
                String noun = parts.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
                String category = "MISSILE".equals(weapon.attribute("category")) ? "MISSILE_COMPONENT" : weapon.attribute("category");
                frame.addCargo(new CargoItem(text.substring(start, end),
                        weapon.canonical() == null ? null : weapon.canonical() + " " + noun, category, null, null),
                        new Span(start, end));
                continue;
            }
            if (served != null) {
                used.add(served);
                Entity named = "true".equals(weapon.attribute("generic")) ? served : weapon;
                frame.addCargo(new CargoItem(text.substring(weapon.start(), served.end()), named.canonical(),
                        named.attribute("category"), null, null), new Span(weapon.start(), served.end()));
            } else {
                frame.addCargo(new CargoItem(weapon.text(), weapon.canonical(), weapon.attribute("category"),
                        null, null), new Span(weapon.start(), weapon.end()));
            }
        }
    }

    /**
     * "the guided-missile destroyer USS Forrest Sherman", "escorted by two Turkish F-16 fighters", "Turkish
     * jets forced the plane to land": a weapon that names the class of a ship, or the warplanes escorting or
     * forcing down a flight, is not what was seized.
     */
    private static boolean isEscortOrShipClass(String text, Entity weapon) {
        return SHIP_CLASS_AFTER.matcher(text.substring(weapon.end(), Math.min(text.length(), weapon.end() + 24)))
                .lookingAt()
                || ESCORT_BEFORE.matcher(text.substring(Math.max(0, weapon.start() - 40), weapon.start())).find()
                || "COMBAT_AIRCRAFT".equals(weapon.attribute("category")) && ESCORT_AFTER.matcher(
                        text.substring(weapon.end(), Math.min(text.length(), weapon.end() + 40))).lookingAt()
                || AIRCRAFT_WORD.matcher(weapon.text()).find()
                        && (SHIPBORNE_AFTER.matcher(text.substring(weapon.end(), Math.min(text.length(), weapon.end() + 50))).lookingAt()
                                || BOARDERS_FROM_BEFORE.matcher(text.substring(Math.max(0, weapon.start() - 50), weapon.start())).find());
    }

    /**
     * The umbrella words ("weapons", "arms", "munitions") are not entities, but a seizure of "weapons" is
     * still a seizure: the first such word in the sentence becomes the cargo.
     */
    static void umbrella(DocumentAnalysis doc, Sentence sentence, Frame frame) {
        Matcher goods = UMBRELLA_PHRASE.matcher(doc.text(sentence));
        if (goods.find()) {
            int start = sentence.start() + goods.start();
            frame.addCargo(new CargoItem(goods.group(), null, null, null, null),
                    new Span(start, start + goods.group().length()));
            return;
        }
        Matcher those = GOODS_BEFORE_THOSE.matcher(doc.text(sentence));
        if (those.find()) {
            // "Many of the systems are identical to those seized by …": what "those" stands for
            int start = sentence.start() + those.start(1);
            frame.addCargo(new CargoItem(those.group(1), null, null, null, null),
                    new Span(start, start + those.group(1).length()));
        }
    }

    /**
     * "… seized a dhow carrying weapons. … 1,989 AK-47 rifles, 100 RPG launchers": once the goods are named by
     * kind, an uncounted general word for them ("weapons", "arms", "military equipment") is no item of its own.
     */
    static void dropGeneralBesideKinds(Frame frame) {
        boolean kinds = frame.cargo.stream().anyMatch(item -> item.canonical() != null);
        for (int i = frame.cargo.size() - 1; i >= 0 && kinds; i--) {
            CargoItem item = frame.cargo.get(i);
            if (item.quantity() == null && item.canonical() == null && endsWith(item.text(), GENERAL_GOODS)) {
                frame.removeCargo(i);
            }
        }
        // "rifles, grenades and ammunition … 20,000 rounds of 7.62mm ammunition": the bare word is the rounds
        // counted elsewhere
        for (int i = frame.cargo.size() - 1; i >= 0; i--) {
            CargoItem item = frame.cargo.get(i);
            if (item.quantity() == null && BARE_AMMUNITION.matcher(item.text().strip()).matches()
                    && frame.cargo.stream().anyMatch(other -> other != item && other.quantity() != null
                            && COUNTED_AMMUNITION.matcher(other.text()).find())) {
                frame.removeCargo(i);
            }
        }
    }

    /** How far after a total its breakdown may start, in characters (about two sentences). */
    private static final int BREAKDOWN_REACH = 400;

    /**
     * "seized 60 assault rifles … The haul comprised 45 AK-47s, 14 AR-15s and a single G3": a count that the
     * items told right after it add up to is their total, not goods of its own. An uncounted item in the
     * breakdown ("a single G3") counts as one; at least two counted items and a total of ten or more are
     * needed, so small numbers do not add up by chance ("15 Scud missiles, 15 warheads and rocket fuel").
     */
    static void dropTotalsOfBreakdowns(Frame frame) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < frame.cargo.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> frame.cargoSpans.get(i).start()));
        List<Integer> totals = new ArrayList<>();
        for (int at = 0; at < order.size(); at++) {
            CargoItem total = frame.cargo.get(order.get(at));
            long count = wholeCount(total);
            if (count < 10) {
                continue;
            }
            int reach = frame.cargoSpans.get(order.get(at)).end() + BREAKDOWN_REACH;
            long sum = 0;
            int counted = 0;
            int uncounted = 0;
            for (int next = at + 1; next < order.size() && frame.cargoSpans.get(order.get(next)).start() <= reach; next++) {
                CargoItem part = frame.cargo.get(order.get(next));
                long partCount = wholeCount(part);
                if (part.quantity() == null && part.unit() == null) {
                    uncounted++;
                } else if (partCount > 0 && !OTHER_THAN.matcher(part.text()).lookingAt()) {
                    sum += partCount;
                    counted++;
                } else {
                    break;
                }
                if (counted >= 2 && uncounted <= 1 && sum + uncounted == count) {
                    totals.add(order.get(at));
                    break;
                }
                if (sum > count) {
                    break;
                }
            }
        }
        totals.sort(Comparator.reverseOrder());
        totals.forEach(frame::removeCargo);
    }

    /** "30,000 other rifles": goods beside those counted before, not part of them. */
    private static final Pattern OTHER_THAN = Pattern.compile("(?i)\\s*[\\d,.]+\\s+(other|more|further|additional)\\b");

    /** The count of an item counted in whole units ("45 AK-47s"), else -1. */
    private static long wholeCount(CargoItem item) {
        if (item.unit() != null || item.quantity() == null
                || item.quantity().doubleValue() != Math.rint(item.quantity().doubleValue())) {
            return -1;
        }
        return item.quantity().longValue();
    }

    private static final Pattern BARE_AMMUNITION = Pattern.compile("(?i)(the\\s+)?(ammunition|ammo)");
    private static final Pattern COUNTED_AMMUNITION = Pattern.compile("(?i)\\b(ammunition|rounds|cartridges|bullets)\\b");

    /** Whether the goods are at most general words ("weapons", "arms"), no kind or count of their own. */
    static boolean onlyGeneral(List<CargoItem> cargo) {
        return namesNoKind(cargo) && cargo.stream().allMatch(item -> item.quantity() == null);
    }

    /** Whether no item names a kind of goods ("three containers of weapons"), counted or not. */
    static boolean namesNoKind(List<CargoItem> cargo) {
        return cargo.stream().allMatch(item -> item.canonical() == null && endsWith(item.text(), GENERAL_GOODS));
    }

    private static boolean endsWithUmbrella(String text) {
        return endsWith(text, UMBRELLA);
    }

    /** Whether the last word of the text, in lower case, is one of the words. */
    private static boolean endsWith(String text, Set<String> words) {
        String[] split = text.toLowerCase(Locale.ROOT).split("\\s+");
        return words.contains(split[split.length - 1]);
    }

    static Number number(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replace(",", "").strip();
        String[] words = cleaned.split("\\s+");
        if (words.length > 1 && VAGUE.contains(words[0])) {
            // "several hundred kilograms", "a few thousand rounds": a size, not a count
            return null;
        }
        double value = 0;
        boolean any = false;
        // "half a million": half of the scale that follows
        boolean half = words.length > 2 && words[0].equals("half") && (words[1].equals("a") || words[1].equals("an"));
        for (String word : half ? Arrays.copyOfRange(words, 2, words.length) : words) {
            Double w = switch (word) {
                case "one" -> 1d; case "two" -> 2d; case "three" -> 3d; case "four" -> 4d; case "five" -> 5d;
                case "six" -> 6d; case "seven" -> 7d; case "eight" -> 8d; case "nine" -> 9d; case "ten" -> 10d;
                case "eleven" -> 11d; case "twelve" -> 12d; case "twenty" -> 20d; case "thirty" -> 30d;
                case "forty" -> 40d; case "fifty" -> 50d; case "sixty" -> 60d;
                default -> null;
            };
            if (w == null && word.matches("[0-9]+(\\.[0-9]+)?")) {
                if (any) {
                    break; // "20 60 mm mortars": the count is the first number, the second a calibre
                }
                w = Double.parseDouble(word);
            }
            if (w != null) {
                value += w;
                any = true;
            } else if (word.equals("hundred") || word.equals("thousand") || word.equals("million")) {
                // "a million rounds": a bare scale word is one of it
                double scale = word.equals("hundred") ? 100 : word.equals("thousand") ? 1000 : 1_000_000;
                value = any ? value * scale : scale;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        if (half) {
            value /= 2;
        }
        return value == Math.rint(value) ? (Number) Long.valueOf((long) value) : (Number) Double.valueOf(value);
    }

    static String normaliseUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("ton") || u.equals("t")) {
            return "t";
        }
        if (u.startsWith("kg") || u.startsWith("kilo")) {
            return "kg";
        }
        if (u.startsWith("pound") || u.startsWith("lb")) {
            return "lb";
        }
        return u.endsWith("es") && u.startsWith("box") ? "box" : u.replaceAll("s$", "");
    }
}
