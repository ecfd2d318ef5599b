package org.interdict.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interdict.ExtractionResult;
import org.interdict.model.CargoItem;
import org.interdict.model.DateValue;
import org.interdict.model.Event;
import org.interdict.model.EventType;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.VesselRef;

/**
 * Generated documents and events for index tests and the benchmark: one sentence per event, with
 * countries (skewed, a few much more frequent, as in real reporting), weapons, vessels, instruments and
 * years drawn from a seeded {@link Random}; every slot's text lies inside its evidence sentence.
 */
final class SyntheticEvents {

    /** A document's text and what an extractor would have found in it. */
    record Generated(ExtractionResult result, String text) {
    }

    record Country(String code, String name, String adjective) {
    }

    record Weapon(String canonical, String category, String phrase) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("PRK", "North Korea", "North Korean"), new Country("IRN", "Iran", "Iranian"),
            new Country("SYR", "Syria", "Syrian"), new Country("YEM", "Yemen", "Yemeni"),
            new Country("RUS", "Russia", "Russian"), new Country("CHN", "China", "Chinese"),
            new Country("KOR", "South Korea", "South Korean"), new Country("THA", "Thailand", "Thai"),
            new Country("PAN", "Panama", "Panamanian"), new Country("USA", "the United States", "American"),
            new Country("UKR", "Ukraine", "Ukrainian"), new Country("LBY", "Libya", "Libyan"),
            new Country("SDN", "Sudan", "Sudanese"), new Country("SOM", "Somalia", "Somali"),
            new Country("ISR", "Israel", "Israeli"), new Country("LBN", "Lebanon", "Lebanese"),
            new Country("EGY", "Egypt", "Egyptian"), new Country("TUR", "Turkey", "Turkish"),
            new Country("GRC", "Greece", "Greek"), new Country("ITA", "Italy", "Italian"),
            new Country("FRA", "France", "French"), new Country("DEU", "Germany", "German"),
            new Country("GBR", "the United Kingdom", "British"), new Country("NGA", "Nigeria", "Nigerian"),
            new Country("ZAF", "South Africa", "South African"), new Country("ARE", "the UAE", "Emirati"),
            new Country("SAU", "Saudi Arabia", "Saudi"), new Country("PAK", "Pakistan", "Pakistani"),
            new Country("IND", "India", "Indian"), new Country("MMR", "Myanmar", "Myanmar"),
            new Country("VEN", "Venezuela", "Venezuelan"), new Country("COL", "Colombia", "Colombian"),
            new Country("MEX", "Mexico", "Mexican"), new Country("AZE", "Azerbaijan", "Azerbaijani"),
            new Country("ERI", "Eritrea", "Eritrean"), new Country("ETH", "Ethiopia", "Ethiopian"),
            new Country("COD", "the DR Congo", "Congolese"), new Country("MLI", "Mali", "Malian"),
            new Country("CUB", "Cuba", "Cuban"), new Country("BLR", "Belarus", "Belarusian"));

    private static final List<Weapon> WEAPONS = List.of(
            new Weapon("surface-to-air missile", "MISSILE", "surface-to-air missiles"),
            new Weapon("anti-tank guided missile", "MISSILE", "anti-tank guided missiles"),
            new Weapon("ballistic missile", "MISSILE", "ballistic missile parts"),
            new Weapon("cruise missile", "MISSILE", "cruise missiles"),
            new Weapon("assault rifle", "SMALL_ARMS", "assault rifles"),
            new Weapon("machine gun", "SMALL_ARMS", "machine guns"),
            new Weapon("rocket-propelled grenade", "SMALL_ARMS", "rocket-propelled grenades"),
            new Weapon("ammunition", "AMMUNITION", "rounds of ammunition"),
            new Weapon("mortar shell", "AMMUNITION", "mortar shells"),
            new Weapon("explosives", "AMMUNITION", "tonnes of explosives"),
            new Weapon("graphite cylinder", "MISSILE_COMPONENT", "graphite cylinders"),
            new Weapon("radar", "RADAR_FIRE_CONTROL", "radar systems"),
            new Weapon("centrifuge", "WMD_DUAL_USE", "centrifuge components"),
            new Weapon("main battle tank", "BATTLE_TANK", "battle tanks"),
            new Weapon("armoured personnel carrier", "ARMOURED_COMBAT_VEHICLE", "armoured personnel carriers"),
            new Weapon("MiG-21", "COMBAT_AIRCRAFT", "MiG-21 fighter jets"),
            new Weapon("attack helicopter", "ATTACK_HELICOPTER", "attack helicopters"),
            new Weapon("howitzer", "LARGE_CALIBRE_ARTILLERY", "howitzers"),
            new Weapon("patrol boat", "WARSHIP", "patrol boats"));

    private static final List<String[]> INSTRUMENTS = List.of(
            new String[] {"UNSCR-1718", "Security Council resolution 1718"},
            new String[] {"UNSCR-1874", "resolution 1874"},
            new String[] {"UNSCR-2270", "resolution 2270"},
            new String[] {"UNSCR-1747", "the UN arms embargo on Iran"},
            new String[] {"UNSCR-2216", "resolution 2216"},
            new String[] {"ATT", "the Arms Trade Treaty"},
            new String[] {"MTCR", "the Missile Technology Control Regime"},
            new String[] {"EU-ARMS-EMBARGO", "the EU arms embargo"});

    private static final List<String> VESSEL_WORDS = List.of("Ocean", "Star", "Grace", "Pearl", "Jin", "Teng",
            "Chong", "Gang", "Light", "Victoria", "Francop", "Karine", "Wise", "Honest", "Dawn", "Sea", "Mercury",
            "Hope", "Harmony", "Golden", "Eagle", "Atlantic", "Northern", "Spirit");

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private static final String[] AUTHORITIES = {"customs", "police", "coast guard", "navy", "border guards"};

    private SyntheticEvents() {
    }

    /** A country, skewed towards the head of the list. */
    static Country country(Random random) {
        double r = random.nextDouble();
        return COUNTRIES.get((int) (COUNTRIES.size() * r * r));
    }

    /** A document of 1 to 3 events (2 on average). */
    static Generated document(Random random, String docId) {
        int events = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        List<Event> list = new ArrayList<>();
        for (int i = 1; i <= events; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            list.add(event(random, docId + "#e" + i, text));
        }
        return new Generated(new ExtractionResult(docId, LocalDate.of(2020, 1, 1), List.of(), list), text.toString());
    }

    /** Appends one event's sentence to the text and returns the event. */
    private static Event event(Random random, String id, StringBuilder text) {
        int start = text.length();
        Country origin = country(random);
        Country destination = country(random);
        Weapon weapon = WEAPONS.get((int) (WEAPONS.size() * Math.pow(random.nextDouble(), 1.5)));
        int quantity = 1 + random.nextInt(5000);
        Integer year = random.nextInt(20) == 0 ? null : 1990 + random.nextInt(35);
        String month = MONTHS[random.nextInt(MONTHS.length)];
        String dateText = year == null ? "recently" : month + " " + year;
        String dateValue = year == null ? null : year + "-" + String.format("%02d", random.nextInt(12) + 1);
        boolean seizure = random.nextInt(10) < 6;
        int m = random.nextInt(20);
        Modality modality = m < 17 ? Modality.ASSERTED : m < 19 ? Modality.NEGATED : Modality.HYPOTHETICAL;
        String[] instrument = random.nextInt(3) == 0 ? INSTRUMENTS.get(random.nextInt(INSTRUMENTS.size())) : null;

        String originText = origin.adjective() + "-made";
        String cargoText = quantity + " " + originText + " " + weapon.phrase();
        Party authority = null;
        Party location = null;
        VesselRef vessel = null;
        if (seizure) {
            Country seizer = country(random);
            String authorityText = seizer.adjective() + " " + AUTHORITIES[random.nextInt(AUTHORITIES.length)];
            String vesselName = VESSEL_WORDS.get(random.nextInt(VESSEL_WORDS.size())) + " "
                    + VESSEL_WORDS.get(random.nextInt(VESSEL_WORDS.size()));
            text.append("In ").append(dateText).append(", ").append(authorityText)
                    .append(modality == Modality.NEGATED ? " found no " : modality == Modality.HYPOTHETICAL
                            ? " could seize " : " seized ")
                    .append(cargoText).append(" aboard the ").append(vesselName).append(" at ")
                    .append(seizer.name()).append(", bound for ").append(destination.name());
            authority = Party.country(authorityText, seizer.code());
            location = Party.country(seizer.name(), seizer.code());
            Country flag = country(random);
            vessel = new VesselRef("the " + vesselName, vesselName, flag.code(),
                    Integer.toString(9_000_000 + random.nextInt(999_999)));
        } else {
            text.append(origin.name()).append(modality == Modality.NEGATED ? " denied that it shipped "
                            : modality == Modality.HYPOTHETICAL ? " may have shipped " : " shipped ")
                    .append(cargoText).append(" to ").append(destination.name()).append(" in ").append(dateText);
        }
        if (instrument != null) {
            text.append(", in breach of ").append(instrument[1]);
        }
        text.append('.');
        return new Event(id, seizure ? EventType.SEIZURE : EventType.TRANSFER, modality,
                new DateValue(dateText, dateValue), authority, location, vessel, null,
                List.of(new CargoItem(cargoText, weapon.canonical(), weapon.category(), quantity, null)), List.of(),
                List.of(Party.country(originText, origin.code())),
                List.of(Party.country(destination.name(), destination.code())),
                instrument == null ? List.of() : List.of(new InstrumentRef(instrument[1], instrument[0])), null,
                List.of(new Span(start, text.length())), 0.5 + random.nextDouble() / 2);
    }
}
