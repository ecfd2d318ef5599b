package org.interdict.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.interdict.Document;
import org.interdict.SharedExtractor;
import org.interdict.model.Event;
import org.interdict.model.EventType;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;

/** Slot filling behaviours, each on a short report written for the test. */
class EventSlotTest {

    /** The events of a short report written for the test, published on the given day. */
    private static List<Event> events(String text, LocalDate published) {
        return SharedExtractor.get().extract(new Document("t", text, published, null)).events();
    }

    private static Event onlySeizure(String text) {
        List<Event> seizures = events(text, LocalDate.of(2021, 6, 10)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(1, seizures.size(), seizures.toString());
        return seizures.get(0);
    }

    @Test
    void anUnnamedShipIsTheVesselWhenNoNamedOneIsGiven() {
        Event seizure = onlySeizure("A French frigate boarded a stateless dhow near Socotra and seized 900 AK-47 rifles.");
        assertEquals("a stateless dhow", seizure.vessel().text());
        assertNull(seizure.vessel().name());
    }

    @Test
    void theBoardingWarshipIsNotTheVessel() {
        Event seizure = onlySeizure("Sailors from a navy ship seized 300 AK-47 rifles hidden in crates at Mombasa.");
        assertNull(seizure.vessel());
    }

    @Test
    void aNamedShipWinsOverTheDescriptionOfTheLead() {
        Event seizure = onlySeizure("Greek officers seized a Togo-flagged cargo ship carrying 300 AK-47 rifles "
                + "off Crete on Monday. The MV Nour Star had left Mersin a week earlier.");
        assertEquals("Nour Star", seizure.vessel().name());
    }

    @Test
    void anAgentWithoutACountryActsForTheCountryOfThePlace() {
        Event seizure = onlySeizure("Customs officers seized 40 rifles from a truck in Kandla on Friday.");
        assertEquals("IND", seizure.authority().country());
        assertEquals("Customs officers", seizure.authority().text());
    }

    @Test
    void anUnknownPlaceOnAHomeAgencysGroundTakesItsCountry() {
        Event seizure = onlySeizure("Zambian police seized 60 rifles from a bus at the Chirundu border post on Friday.");
        assertEquals("Chirundu border post", seizure.location().text());
        assertEquals("ZMB", seizure.location().country());
    }

    @Test
    void aTownTheCuratedGazetteerDoesNotListTakesTheCountryTheReportPointsTo() {
        Event seizure = onlySeizure("Police in Bangladesh said on Monday that officers had seized 350 rifles "
                + "buried in a rice field near Bogra.");
        assertEquals("BGD", seizure.location().country());
    }

    @Test
    void theDatelineTownGivesTheReportsHomeCountry() {
        Event seizure = onlySeizure("AMRITSAR - Border Security Force troops recovered 2 pistols dropped by a "
                + "drone in a field near Ajnala on 14 June.");
        assertEquals("IND", seizure.location().country());
    }

    @Test
    void aNamesakeInACountryTheReportNeverMentionsIsNotTaken() {
        // Delft is a Dutch town; Delft Island lies off Sri Lanka
        Event seizure = onlySeizure("Sri Lankan police seized 40 rifles from a boat at Delft Island on Sunday.");
        assertEquals("LKA", seizure.location().country());
    }

    @Test
    void aPlaceTheGoodsWereAddressedToIsNotWhereTheyWereSeized() {
        Event seizure = onlySeizure("Lithuanian customs officers found 22 camouflage nets addressed to recipients "
                + "in Russia's Belgorod region on 27 September.");
        // not Russia; Lithuanian customs seize at home
        assertEquals("LTU", seizure.location().country());
    }

    @Test
    void aCountryAfterAPrepositionIsNotTheAgent() {
        Event seizure = onlySeizure("Yemeni border guards at the crossing with Oman seized 50 drone engines on Monday.");
        assertEquals("YEM", seizure.authority().country());
    }

    @Test
    void aNamedBodyOfACountryIsTheAgent() {
        Event seizure = onlySeizure("Pakistan's Frontier Corps seized 60 M4 carbines at the Torkham crossing on 26 May.");
        assertEquals("PAK", seizure.authority().country());
        assertEquals("Pakistan's Frontier Corps", seizure.authority().text());
    }

    @Test
    void aDrugSeizureAfterwardsAddsNoDetailToTheArmsSeizure() {
        Event seizure = onlySeizure("AMRITSAR - Border Security Force troops found 3 pistols in a packet near Ajnala "
                + "on 14 May. On 20 May, Punjab police in Tarn Taran seized 1 kilogram of heroin.");
        assertEquals("Ajnala", seizure.location().text());
    }

    @Test
    void anEmbargoOnANamedCountryIsThatCountrysEmbargo() {
        Event seizure = onlySeizure("Sudanese border police in Kassala seized a lorry carrying 150 rifles that had "
                + "been driven across from Eritrea, in violation of the UN arms embargo on Eritrea.");
        assertEquals(List.of("UNSCR-1907"), seizure.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void theClassOfTheBoardingShipIsNotCargo() {
        Event seizure = onlySeizure("The guided-missile destroyer USS Mason seized 150 Kornet missiles from a dhow "
                + "in the Arabian Sea on 25 May.");
        assertEquals(List.of("150 Kornet missiles"), seizure.cargo().stream().map(c -> c.text()).toList());
    }

    @Test
    void escortingAircraftAreNotCargo() {
        Event seizure = onlySeizure("Escorted by two F-16 fighters, the airliner landed in Ankara, where "
                + "inspectors seized 12 crates of radar parts on 10 May.");
        assertEquals(List.of(), seizure.cargo().stream().filter(c -> c.text().contains("F-16")).toList());
    }

    @Test
    void goodsLikeThoseSeizedBeforeAreThatSeizuresCargo() {
        Event seizure = onlySeizure("Many of the systems are identical to those seized by the destroyer USS Mason "
                + "in the Arabian Sea on 25 May 2019.");
        assertEquals("systems", seizure.cargo().get(0).text());
    }

    @Test
    void aCountOfVehiclesOrADayIsNotACountOfTheGoods() {
        Event seizure = onlySeizure("Nigerien soldiers stopped two motorcycles carrying 6 RPG-7 launchers near Agadez.");
        assertEquals(6L, seizure.cargo().get(0).quantity());
        Event dated = onlySeizure("Coast guards intercepted a skiff on 24 March carrying 60 Katyusha rockets off Midi.");
        assertEquals(60L, dated.cargo().get(0).quantity());
    }

    @Test
    void aRouteToldForAllTheSeizuresGoesToEachOfThem() {
        List<Event> seizures = events("On 6 May, a US cruiser seized 900 "
                + "AK-47 rifles from a dhow in the Arabian Sea. In November, a French frigate seized 700 RPG-7 rockets "
                + "from a fishing boat in the Gulf of Aden. Both shipments were assessed to have originated in Iran "
                + "and to have been bound for Yemen.", LocalDate.of(2022, 1, 10)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        for (Event seizure : seizures) {
            assertEquals(List.of("IRN"), seizure.origin().stream().map(p -> p.country()).toList());
            assertEquals(List.of("YEM"), seizure.destination().stream().map(p -> p.country()).toList());
        }
    }

    @Test
    void unSanctionsNamedWithoutANumberAreTheEmbargoOnTheCountryInQuestion() {
        Event seizure = onlySeizure("Malaysian customs seized two containers of North Korean military radios at "
                + "Port Klang, in breach of UN sanctions on North Korea.");
        assertEquals(List.of("UNSCR-1718"), seizure.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aBreachToldForAllTheSeizuresGoesToEachOfThem() {
        List<Event> seizures = events("On 6 May, a US cruiser seized 900 "
                + "AK-47 rifles from a dhow in the Arabian Sea. In November, a French frigate seized 700 RPG-7 rockets "
                + "from a fishing boat in the Gulf of Aden. Both shipments were made in violation of Resolution 2216.",
                LocalDate.of(2022, 1, 10)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        for (Event seizure : seizures) {
            assertEquals(List.of("UNSCR-2216"), seizure.instruments().stream().map(i -> i.id()).toList());
        }
    }

    @Test
    void aLaterCountOfTheSameGoodsTakesThePlaceOfTheUncountedMention() {
        Event seizure = onlySeizure("Kenyan police have seized a lorry load of AK-47 rifles this week. The lorry, "
                + "carrying 210 AK-47 rifles, was stopped near Garissa on Tuesday.");
        assertEquals(List.of(210L), seizure.cargo().stream().map(c -> c.quantity()).toList());
    }

    @Test
    void theSameGoodsCountedDifferentlyAreSeparateFinds() {
        List<Event> seizures = events("ABUJA - Nigerian customs have "
                + "intercepted a third container of pump-action rifles this year. The latest container, holding 300 "
                + "pump-action rifles, was found at Onne port this month. On 2 June officers at the same port found "
                + "900 pump-action rifles in a container of ceramic tiles.", LocalDate.of(2021, 6, 10)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        assertEquals(300L, seizures.get(0).cargo().get(0).quantity());
        assertEquals(900L, seizures.get(1).cargo().get(0).quantity());
    }

    @Test
    void wherePortTheVoyageEndedAndTheGoodsWereTakenIsNoDestination() {
        Event seizure = onlySeizure("German officials boarded the Hansa India in the Gulf of Suez and found 8 containers "
                + "of ammunition; the ship was allowed to continue to Malta, where the containers were discharged.");
        assertEquals(List.of(), seizure.destination());
    }

    @Test
    void aShipNamedBeforeItsDescriptionIsTheVessel() {
        Event seizure = onlySeizure("Cypriot officials impounded 98 containers of shell casings from the Varnatos, a "
                + "Cypriot-flagged freighter chartered by an Iranian line, at Limassol in February.");
        assertEquals("Varnatos", seizure.vessel().name());
    }

    @Test
    void aStopWithoutTheAuthorityToHoldTheGoodsIsNoSeizure() {
        List<Event> events = events("In January the ship was stopped in the "
                + "Red Sea by the US Navy, which found 40 artillery shells but lacked the legal authority to hold them.",
                LocalDate.of(2021, 6, 10));
        assertEquals(List.of(org.interdict.model.Modality.NEGATED), events.stream().map(Event::modality).toList());
    }

    @Test
    void aCountBeforeACalibreStillCounts() {
        Event seizure = onlySeizure("The French frigate Provence seized 20 60 mm mortar tubes from a dhow on Sunday.");
        assertEquals(20L, seizure.cargo().get(0).quantity());
    }

    @Test
    void whereTheCrewComesFromIsNotWhereTheGoodsCameFrom() {
        Event seizure = onlySeizure("Thai officers seized 35 tonnes of weapons from a plane that had flown in from "
                + "Pyongyang, North Korea; the crew, four men from Kazakhstan and one from Belarus, were detained.");
        assertEquals(List.of("PRK"), seizure.origin().stream().map(p -> p.country()).toList());
    }

    @Test
    void cratesPackedWithWeaponsHoldThemRatherThanCoverThem() {
        Event seizure = onlySeizure("Police searched the plane on Saturday and found crates packed with "
                + "rocket-propelled grenades and surface-to-air missiles.");
        assertEquals(2, seizure.cargo().size(), seizure.cargo().toString());
        assertEquals(List.of(), seizure.declaredCargo());
    }

    @Test
    void aStateReportingItsOwnSeizureIsTheAgent() {
        Event seizure = onlySeizure("South Africa has told the United Nations that it confiscated two containers "
                + "of North Korean tank components.");
        assertEquals("ZAF", seizure.authority().country());
    }

    @Test
    void theDayOfAStatementBeforeItsVerbIsNotTheDayOfTheSeizure() {
        Event seizure = onlySeizure("Turkey on Friday rejected protests over its seizure of 12 crates of radar parts "
                + "from a Syrian airliner on Wednesday.");
        assertEquals("2021-06-09", seizure.date().value());
    }

    @Test
    void agentsOfNoNamedCountryActAtHomeInTheDatelinesCountry() {
        Event seizure = onlySeizure("DUSHANBE - After an exchange of fire, border guards seized 14 Kalashnikov rifles "
                + "and two RPG-7 grenade launchers from three men who had crossed the river.");
        assertEquals("TJK", seizure.authority().country());
    }

    @Test
    void theShipTheGoodsCameAboardLaterIsTheVessel() {
        Event seizure = onlySeizure("Customs officers at Port-au-Prince found 18 rifles in a container on Monday. The "
                + "container arrived from Miami on Sunday aboard the ship Karina del Mar.");
        assertEquals("Karina del Mar", seizure.vessel().name());
    }

    @Test
    void customsWithoutAPlaceSeizeAtHomeButANavyDoesNot() {
        Event customs = onlySeizure("Sudanese customs police have seized a container holding 2,650 pistols at the "
                + "city's southern port.");
        assertEquals("SDN", customs.location().country());
        Event navy = onlySeizure("The French navy seized 2,650 pistols from a dhow on Sunday.");
        assertNull(navy.location());
    }

    @Test
    void warplanesThatForceAFlightDownAreNotCargo() {
        Event seizure = onlySeizure("Two Turkish F-16 fighters forced the airliner to land in Ankara, where inspectors "
                + "seized 12 crates of missile parts on Wednesday.");
        assertEquals(List.of(), seizure.cargo().stream().filter(c -> c.text().contains("F-16")).toList());
    }

    @Test
    void anArmedGroupTheGoodsWereForIsNotTheSeizingAgency() {
        Event seizure = onlySeizure("The driver had been paid to deliver 40 rifles to an anti-balaka commander in "
                + "Bouar, Central African Republic, before customs seized them at Garoua-Boulai.");
        assertNull(seizure.authority() == null ? null : seizure.authority().group());
    }

    @Test
    void aCustomsBodyTheGazetteerKnowsLendsItsCountryToAnUnknownPlace() {
        Event seizure = onlySeizure("CBP seized four AK-47 rifles at the Mariposa Port of Entry on Saturday.");
        assertEquals("Mariposa Port of Entry", seizure.location().text());
        assertEquals("USA", seizure.location().country());
    }

    @Test
    void aBareUnknownPlaceAfterAPrepositionIsOnTheHomeAgencysGround() {
        Event seizure = onlySeizure("Tunisian forces seized 30 Kalashnikov rifles from a cache near Ben Guerdane "
                + "on 11 March.");
        assertEquals("Ben Guerdane", seizure.location().text());
        assertEquals("TUN", seizure.location().country());
    }

    @Test
    void aBorderIsOnTheSideOfTheAgencyThatActed() {
        Event seizure = onlySeizure("Turkish gendarmes seized 12 rocket launchers near the Syrian border on Friday.");
        assertEquals("TUR", seizure.location().country());
    }

    @Test
    void anAgencyOfTheDatelineCountryActsAtHomeNaviesIncluded() {
        Event seizure = onlySeizure("COLOMBO - The Sri Lankan navy seized 3 T-56 rifles from a trawler near Mannar "
                + "on 2 February, a navy spokesman said.");
        assertEquals("Mannar", seizure.location().text());
        assertEquals("LKA", seizure.location().country());
    }

    @Test
    void aNavyLendsNoCountryToAnUnknownPlace() {
        Event seizure = onlySeizure("The US Navy seized 900 rifles from a dhow near the Qamar district on Friday.");
        assertNull(seizure.location() == null ? null : seizure.location().country());
    }

    @Test
    void theAgentOfANominalSeizureFollowsTheGoods() {
        Event seizure = onlySeizure("The seizure of 800 pistols by Moroccan customs officers at Tanger Med on Monday "
                + "was the largest this year.");
        assertEquals("MAR", seizure.authority().country());
    }

    @Test
    void whoSupportedTheBoardingIsNoAuthority() {
        Event seizure = onlySeizure("A boarding team, supported by the Italian frigate Margottini, seized 300 rifles "
                + "from a dhow on Friday.");
        assertNull(seizure.authority());
    }

    @Test
    void aLaterSubjectOfTheSentenceIsTheAuthorityWhenNoneComesFirst() {
        Event seizure = onlySeizure("The freighter was impounded on Friday after Romanian inspectors found 40 crates "
                + "of mortar shells in its hold.");
        assertEquals("ROU", seizure.authority().country());
    }

    @Test
    void anInventoryToldAsWhatWasInsideNamesTheGoods() {
        Event seizure = onlySeizure("Greek police impounded two containers of weapons at Piraeus on Friday. "
                + "Inside, officers said, were mortar shells, anti-tank mines and rocket launchers.");
        assertEquals(List.of("mortar shells", "anti-tank mines", "rocket launchers"),
                seizure.cargo().stream().map(c -> c.text()).toList());
    }

    @Test
    void goodsPulledOutOfAHidingPlaceAreSeized() {
        Event seizure = onlySeizure("In May 2021 border officers at the busy Tecun Uman crossing pulled six pistols, "
                + "two rifles and 300 rounds out of the spare tyre of a bus.");
        assertEquals("2021-05", seizure.date().value());
        assertEquals("Tecun Uman crossing", seizure.location().text());
    }

    @Test
    void casesUnderTheirOwnHeadingsAreSeparateIncidentsDatedByTheHeading() {
        List<Event> seizures = SharedExtractor.get().extract(new Document("t",
                "Case 1: Gulf of Aden, 3 May 2020\n4. A patrol boarded a dhow and seized 300 AK-47 rifles.\n"
                        + "Case 2: Red Sea, 9 June 2020\n5. The boarding team found 40 anti-tank missiles in a dhow.",
                LocalDate.of(2021, 6, 10), null)).events().stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(List.of("2020-05-03", "2020-06-09"), seizures.stream().map(e -> e.date().value()).toList());
    }

    @Test
    void theNationOfTheBoardingWarshipIsNoOrigin() {
        Event seizure = onlySeizure("The Australian ship HMAS Darwin boarded a stateless dhow off Oman and seized "
                + "1,989 AK-47 rifles on 27 February 2016.");
        assertEquals(List.of(), seizure.origin());
    }

    @Test
    void aNamedSourceIsQuotedRatherThanUnnamedOfficials() {
        Event seizure = onlySeizure("Kenyan police seized 300 AK-47 rifles at Mombasa on Friday, officials said. "
                + "The rifles were hidden in crates of soap, according to police spokesman Bruno Shioso.");
        assertEquals("according to police spokesman Bruno Shioso", seizure.attribution().text());
    }

    @Test
    void genericSourcesAreToldApartFromNamedOnes() {
        assertEquals(true, EventAssembler.isGenericSource("officials said"));
        assertEquals(true, EventAssembler.isGenericSource("according to two senior diplomats"));
        assertEquals(false, EventAssembler.isGenericSource("the Federal Customs Service said"));
        assertEquals(false, EventAssembler.isGenericSource("according to the navy"));
    }

    @Test
    void aCoalitionActsForTheCountryThatLeadsIt() {
        Event seizure = onlySeizure("The coalition led by Saudi Arabia said its naval forces had stopped a fishing boat "
                + "carrying 54 anti-tank shells off Oman in September 2015.");
        assertEquals("SAU", seizure.authority().country());
    }

    @Test
    void whoWorkedWithTheAgencyDidNotAct() {
        Event seizure = onlySeizure("Yemen's coast guard, working with the US Navy, seized a dhow carrying 40 tons of "
                + "weapons on 23 January.");
        assertEquals("YEM", seizure.authority().country());
    }

    @Test
    void aWeaponPartNamedWithLaunchIsStillCargo() {
        Event seizure = onlySeizure("Ukrainian border guards confiscated 11 Igla missile launch tubes from a truck "
                + "near Odesa on Friday.");
        assertEquals("11 Igla missile launch tubes", seizure.cargo().get(0).text());
        assertEquals(11L, seizure.cargo().get(0).quantity().longValue());
    }

    @Test
    void aCoverToldAsAnAsideIsTheDeclaredCargo() {
        Event seizure = onlySeizure("French sailors boarded a dhow near Socotra on 20 March 2016 and found, beneath "
                + "fishing nets, close to 2,000 AK-47 rifles.");
        assertEquals(List.of("fishing nets"), seizure.declaredCargo().stream().map(d -> d.text()).toList());
    }

    @Test
    void aPronounIsNoCover() {
        Event seizure = onlySeizure("Customs officers at Lagos found 300 rifles in crates of tiles and more hidden under "
                + "them on Friday.");
        assertEquals(false, seizure.declaredCargo().stream().anyMatch(d -> d.text().equals("them")));
    }

    @Test
    void whereTheGoodsWereLoadedIsTheOriginNotThePlaceOfTheSeizure() {
        Event seizure = onlySeizure("In January 2009 the freighter Monchegorsk, which had loaded 98 containers of "
                + "ammunition in Bandar Abbas, was diverted to Limassol, where Cypriot authorities offloaded the cargo.");
        assertEquals(List.of("IRN"), seizure.origin().stream().map(p -> p.country()).toList());
        assertEquals(false, seizure.location() != null && "IRN".equals(seizure.location().country()));
    }

    @Test
    void theSubjectOfTheSentenceActsInItsCoordinatedClauses() {
        Event seizure = onlySeizure("Egyptian customs officials inspected the Cambodian-flagged freighter Jie Shun in "
                + "Egyptian waters near the Suez Canal in August 2016 and found 30,000 rocket-propelled grenades.");
        assertEquals("EGY", seizure.authority().country());
    }

    @Test
    void anOrganisationAfterByIsTheAgentOfANominalSeizure() {
        Event seizure = onlySeizure("The interception of the dhow in the Arabian Sea on 12 February by a U.S. Navy "
                + "patrol yielded 1,400 rifles.");
        assertEquals("USA", seizure.authority().country());
    }

    @Test
    void aBoardingToldBeforeTheFindSaysWhoWhereAndWhen() {
        List<Event> seizures = events("On 27 February 2016, the Australian frigate HMAS Darwin boarded a stateless dhow off "
                + "Oman. The boarding party found 1,989 AK-pattern assault rifles. On 20 March 2016, the French destroyer "
                + "Provence intercepted another dhow and confiscated 2,000 AK-pattern rifles.", LocalDate.of(2016, 10, 7))
                .stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(List.of("2016-02-27", "2016-03-20"), seizures.stream().map(e -> e.date().value()).toList());
        assertEquals(List.of("AUS", "FRA"), seizures.stream().map(e -> e.authority().country()).toList());
    }

    @Test
    void aStopOfAVehicleNamedBackTakesTheGoodsFoundNext() {
        Event seizure = onlySeizure("A pickup truck slowed at the barrier, then tried to reverse into the dunes. Soldiers "
                + "gave chase and stopped it within a few hundred metres. Under the dates lay 12 assault rifles.");
        assertEquals(12, seizure.cargo().get(0).quantity().intValue());
    }

    @Test
    void theDatesOfOtherHappeningsAndOfResolutionsDateNoEvent() {
        Event seizure = onlySeizure("A cargo plane that stopped in Bangkok was carrying 35 tonnes of weapons, in what "
                + "appeared to be the first interception by air under the sanctions tightened after the nuclear test in May.");
        assertNull(seizure.date());
        Event another = onlySeizure("Customs officers seized 40 rifles at the port. Resolution 1874, adopted by the "
                + "Security Council in June, allows states to seize such cargo.");
        assertNull(another.date());
    }

    @Test
    void anAntiModifierStaysWithItsGoodsAndAVagueSizeIsNoCount() {
        Event seizure = onlySeizure("Soldiers recovered 20 Stinger missiles, anti-tank rockets and several hundred "
                + "kilograms of explosives from a buried cache near Guemar.");
        assertEquals(java.util.Set.of("20 Stinger missiles", "anti-tank rockets", "several hundred kilograms of explosives"),
                seizure.cargo().stream().map(c -> c.text()).collect(java.util.stream.Collectors.toSet()));
        assertNull(seizure.cargo().stream().filter(c -> c.text().startsWith("several")).findFirst().orElseThrow().quantity());
    }

    @Test
    void aDefiniteNounWithAnotherYearOrStateIsAnotherIncident() {
        List<Event> seizures = events("The find by the Algerian army in January 2016 near Guemar illustrates the point. "
                + "Soldiers recovered 20 Stinger missiles from a buried cache. By comparison, the interception of a convoy "
                + "by Nigerien troops in May 2014 produced only assault rifles.", LocalDate.of(2017, 5, 18)).stream()
                .filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(List.of("DZA", "NER"), seizures.stream().map(e -> e.authority().country()).toList());
    }

    @Test
    void anUncountedGeneralWordIsNoItemOnceTheGoodsAreNamedByKind() {
        Event seizure = onlySeizure("The navy seized a dhow carrying weapons off Socotra on Monday. Sailors found "
                + "900 AK-47 rifles and 20 RPG-7 launchers in the hold.");
        assertEquals(java.util.Set.of("900 AK-47 rifles", "20 RPG-7 launchers"),
                seizure.cargo().stream().map(c -> c.text()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void partsNamedByTheWeaponTheyServeAreTheGoods() {
        Event seizure = onlySeizure("Navy SEALs boarded a dhow off Somalia and seized propulsion and guidance parts for "
                + "medium-range ballistic missiles, along with warhead components.");
        assertEquals("propulsion and guidance parts for medium-range ballistic missiles", seizure.cargo().get(0).text());
        assertEquals("MISSILE_COMPONENT", seizure.cargo().get(0).category());
        Event panel = onlySeizure("Panama seized the Chong Chon Gang, which carried components of SA-2 and SA-3 "
                + "surface-to-air missile systems.");
        assertEquals("components of SA-2 and SA-3 surface-to-air missile systems", panel.cargo().get(0).text());
    }

    @Test
    void aWiresNameInTheDatelineAndABodySpeakingOfItself() {
        Event wire = events("MANAMA, Feb 1 (Reuters) - French naval commandos boarded a fishing boat in the Gulf of Oman "
                + "last month and confiscated 3,000 assault rifles, officials said on Wednesday.", LocalDate.of(2023, 2, 1))
                .get(0);
        assertEquals("2023-01", wire.date().value());
        List<Event> release = events("The Hellenic Coast Guard announces the detention of the cargo ship Andromeda. Our "
                + "patrol vessels stopped the Andromeda south of Crete and we found 29 containers of explosives. We have "
                + "shared this finding with the UN Panel.", LocalDate.of(2018, 1, 10));
        assertEquals(1, release.size(), release.toString());
        assertEquals("GRC", release.get(0).authority().country());
    }

    @Test
    void aLaterVisitAndTheYearsOfListedResolutionsDateNoFind() {
        List<Event> seizures = events("63. On 11 August 2016, Egyptian authorities stopped the vessel Jie Shun near the Suez "
                + "Canal. 64. A search of the holds uncovered 30,000 PG-7 rocket-propelled grenades. The Panel inspected "
                + "samples of the grenades in Egypt in November 2016. 65. The Panel considers the shipment the largest "
                + "seizure of ammunition in the history of the sanctions and a violation of resolutions 1718 (2006), 1874 "
                + "(2009) and 2270 (2016).", LocalDate.of(2017, 2, 27)).stream()
                .filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals("2016-08-11", seizures.get(0).date().value());
    }

    @Test
    void aCountryInsideAGroupsNameIsNoPartyOfItsOwn() {
        Event seizure = onlySeizure("Turkish soldiers seized 40 rifles near Kilis that were bound for the Free Syrian Army.");
        assertEquals(1, seizure.destination().size(), seizure.destination().toString());
        assertEquals("Free Syrian Army", seizure.destination().get(0).group());
    }

    @Test
    void aBreachStatedAfterTheEventsGoesToThoseItNames() {
        List<Event> transfers = events("In May the UAE flew rifles and drones to the Rapid Support Forces. In June a "
                + "second airlift brought mortars to the Rapid Support Forces. These transfers violate the Darfur arms "
                + "embargo established by resolution 1556 (2004), and the Panel recalls that resolution 2725 (2024) "
                + "renewed its mandate.", LocalDate.of(2024, 8, 1)).stream().filter(e -> e.type() == EventType.TRANSFER).toList();
        assertEquals(2, transfers.size(), transfers.toString());
        for (Event transfer : transfers) {
            // the mandate of the clause after the breach was breached by nobody
            assertEquals(List.of("UNSCR-1556"), transfer.instruments().stream().map(i -> i.id()).toList(), transfer.toString());
        }
        Event handover = events("Italy handed over a second frigate to Egypt on Wednesday. Campaigners said Wednesday's "
                + "handover violated the Arms Trade Treaty.", LocalDate.of(2021, 4, 16)).stream()
                .filter(e -> e.type() == EventType.TRANSFER).findFirst().orElseThrow();
        assertEquals(List.of("ATT"), handover.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void everyResolutionOfAListIsAnInstrument() {
        Event seizure = onlySeizure("Turkish customs officers seized 1,400 pistols bound for Syria at Iskenderun in "
                + "July, in violation of resolutions 1718, 1874 and 2094.");
        assertEquals(List.of("UNSCR-1718", "UNSCR-1874", "UNSCR-2094"),
                seizure.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aCountOfDaysCountsNoGoods() {
        Event seizure = onlySeizure("Turkish officials searched the cargo plane and seized 12 crates of ammunition "
                + "on Friday, five days after Turkish fighter jets forced down another flight.");
        assertEquals(false, seizure.cargo().stream().anyMatch(c -> c.quantity() != null && c.quantity().intValue() == 5),
                seizure.cargo().toString());
    }

    @Test
    void oneOfficerIsNoAuthority() {
        Event seizure = onlySeizure("Police in Kandla seized 40 rifles on Friday, an officer said.");
        assertEquals("IND", seizure.authority().country());
        assertEquals("Police", seizure.authority().text());
    }

    @Test
    void aDefiniteSeizureNounPointsBackToTheIncidentAlreadyTold() {
        Event seizure = onlySeizure("Kenyan customs officers seized 300 AK-47 rifles at Mombasa on 2 March 2021. "
                + "Officials described the weather and the port's traffic that week. Trade in the region was slow. "
                + "Fishing boats stayed in harbour. Diplomats later said the seizure of the rifles took place on 4 March.");
        assertEquals("KEN", seizure.authority().country());
    }

    @Test
    void theSeizedGoodsPointBackToo() {
        Event seizure = onlySeizure("US Navy sailors seized 150 anti-tank missiles from a dhow in the Arabian Sea on "
                + "9 February 2021. The dhow had no flag. Its crew were returned to Yemen. The navy released photos. "
                + "Analysts studied them. Markings were visible. Officials declined to say more. "
                + "The seized materiel is held in Bahrain awaiting disposal.");
        assertEquals("2021-02-09", seizure.date().value());
    }

    @Test
    void removedFromAProgrammeIsNoSeizure() {
        List<Event> events = events("Within days Turkey was removed from the "
                + "F-35 programme, in which Turkish firms made parts.", LocalDate.of(2021, 6, 10));
        assertEquals(List.of(), events.stream().filter(e -> e.type() == EventType.SEIZURE).toList());
    }

    @Test
    void aReportAboutOneSeizureGivesItsDestinationAnywhere() {
        Event seizure = onlySeizure("Kenyan customs officers seized 300 AK-47 rifles at Mombasa on 2 March 2021. "
                + "The port handles much of the region's trade. Officials praised the officers. "
                + "Markets were calm. Police later said the rifles were bound for Somalia.");
        assertEquals("SOM", seizure.destination().get(0).country());
    }

    @Test
    void aDistanceOffACoastIsALocationAtSea() {
        Event seizure = onlySeizure("A French frigate seized 900 AK-47 rifles from a dhow about 170 nautical miles "
                + "off Oman on 20 March 2016.");
        assertEquals("about 170 nautical miles off Oman", seizure.location().text());
        assertNull(seizure.location().country());
    }

    @Test
    void withSeveralSeizuresEachParagraphGivesItsOwnDestination() {
        String text = "Kenyan customs officers seized 300 AK-47 rifles at Mombasa on 2 March 2021. The port is busy. "
                + "Trade was slow. Markets were calm. Police said the rifles were bound for Somalia.\n\n"
                + "Tanzanian police seized 40 RPG launchers at Dar es Salaam on 9 May 2021. The city was quiet. "
                + "Rain fell. Schools were shut. Officers said the launchers were destined for Burundi.";
        List<Event> seizures = events(text, LocalDate.of(2021, 6, 10)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        assertEquals("SOM", seizures.get(0).destination().get(0).country());
        assertEquals("BDI", seizures.get(1).destination().get(0).country());
    }

    @Test
    void theNamedAircraftTypeBeatsABarePlaneAndIsNoCargo() {
        Event seizure = onlySeizure("Thai police impounded a cargo plane carrying 35 tonnes of weapons in Bangkok on "
                + "12 December 2009. The Ilyushin Il-76, registered in Georgia as 4L-AWA, had flown from Pyongyang.");
        assertEquals("4L-AWA", seizure.aircraft().registration());
        assertEquals(List.of(), seizure.cargo().stream().filter(c -> c.text().contains("Il-76")).toList());
    }

    @Test
    void aLaterListOfTheGoodsReplacesTheUmbrellaAndCountlessRestatements() {
        Event seizure = onlySeizure("Kenyan marines seized a dhow carrying about 20 tons of weapons, among them RPG-7 "
                + "launchers, off Lamu on Monday. The boat was boarded at night. A list released on Tuesday showed "
                + "40 RPG-7 launchers, 300 AK-47 rifles and 12 mortars.");
        assertEquals(List.of("40 RPG-7 launchers", "300 AK-47 rifles", "12 mortars"),
                seizure.cargo().stream().map(c -> c.text()).toList());
    }

    @Test
    void aDateInASinceClauseDatesTheReferencePointNotTheSeizure() {
        Event seizure = onlySeizure("Kenya has seized 300 AK-47 rifles at Mombasa, the first seizure since the "
                + "embargo was tightened in February, officials said.");
        assertNull(seizure.date());
    }

    @Test
    void aRunningCountIsNoIncident() {
        Event seizure = onlySeizure("Kenyan customs officers seized 300 AK-47 rifles at Mombasa on 2 June 2021. "
                + "The unit has seized 900 rifles since the start of the year.");
        assertEquals("2021-06-02", seizure.date().value());
        assertEquals(1, seizure.cargo().size());
    }

    @Test
    void aDayInsideTheWeekToldFirstMakesTheDatePrecise() {
        Event seizure = onlySeizure("Kenyan marines seized 300 AK-47 rifles from a dhow off Lamu last week. "
                + "The operation took place on Thursday, June 3.");
        assertEquals("2021-06-03", seizure.date().value());
        assertEquals(true, EventDates.within("2024-01-11", "2024-W02"));
        assertEquals(false, EventDates.within("2024-01-15", "2024-W02"));
        assertEquals(true, EventDates.within("2024-01-15", "2024-01"));
    }

    @Test
    void clausesWithTheirOwnGoodsAndDaysAreSeparateSeizuresOfOneSeries() {
        List<Event> seizures = events("Kenyan customs officers seized "
                + "40 AK-47 rifles at Mombasa on 3 May. Twelve more rifles were found on 5 May, and another "
                + "nine rifles on 8 May.", LocalDate.of(2021, 6, 10));
        assertEquals(List.of("2021-05-03", "2021-05-05", "2021-05-08"),
                seizures.stream().map(e -> e.date().value()).toList());
        assertEquals(List.of("KEN", "KEN", "KEN"), seizures.stream().map(e -> e.authority().country()).toList());
        assertEquals(List.of("Twelve more rifles"), seizures.get(1).cargo().stream().map(c -> c.text()).toList());
        assertEquals(List.of("nine rifles"), seizures.get(2).cargo().stream().map(c -> c.text()).toList());
    }

    @Test
    void aCountryThatOnlyLocatesAGroupIsNotASecondParty() {
        Event seizure = onlySeizure("French sailors seized 300 AK-47 rifles bound for Yemen's Houthi rebels on 3 May.");
        assertEquals(1, seizure.destination().size(), seizure.destination().toString());
        assertEquals("Houthis", seizure.destination().get(0).group());
        assertNull(seizure.destination().get(0).country());
    }

    @Test
    void theShipsFlagOwnerAndBoardingPartyAreNoOrigin() {
        Event seizure = onlySeizure("A boarding team from the German frigate Hamburg seized 300 AK-47 rifles from the "
                + "Panama-flagged Ocean Star, a freighter owned by a Greek company, 40 miles from the Omani coast.");
        assertEquals(List.of(), seizure.origin(), seizure.origin().toString());
    }

    @Test
    void aTriggerSentenceWithoutGoodsTellsMoreOfTheSeizureBefore() {
        Event seizure = onlySeizure("Kenyan customs officers have seized six AK-47 rifles hidden in a truck. The truck "
                + "was halted on 5 June at a checkpoint near Mombasa, the revenue authority said in a statement. "
                + "In 2020 the unit confiscated 40 rifles.");
        assertEquals("2021-06-05", seizure.date().value());
        assertEquals("KEN", seizure.location().country());
        assertEquals("the revenue authority said", seizure.attribution().text());
        assertEquals(1, seizure.cargo().size());
    }

    @Test
    void aCalibreOrDesignNumberIsNoCountAndAmmunitionForAWeaponIsOneItem() {
        Event seizure = onlySeizure("Kenyan customs officers seized 7.62x39 mm cartridges and ammunition for "
                + "rocket-propelled grenades at Mombasa on 3 May.");
        assertEquals(List.of("7.62x39 mm cartridges", "ammunition for rocket-propelled grenades"),
                seizure.cargo().stream().map(c -> c.text()).toList());
        assertNull(seizure.cargo().get(0).quantity());
    }

    @Test
    void aNarrativeDateCountsFromTheDateToldBeforeIt() {
        List<Event> seizures = events("Kenyan marines seized 300 AK-47 "
                + "rifles from a dhow off Lamu on 14 August 2016. A month earlier, Kenyan customs officers had "
                + "confiscated 40 RPG-7 launchers at Mombasa. In December of that year police seized 12 mortars "
                + "in Nairobi.", LocalDate.of(2017, 3, 1));
        assertEquals(List.of("2016-08-14", "2016-07", "2016-12"), seizures.stream().map(e -> e.date().value()).toList());
    }

    @Test
    void aWarshipNamedAfterAShipNounIsStillTheInterdictingParty() {
        Event seizure = onlySeizure("The Australian ship HMAS Toowoomba boarded a stateless dhow off Oman and seized "
                + "900 AK-47 rifles.");
        assertEquals("a stateless dhow", seizure.vessel().text());
    }

    @Test
    void aCountDoesNotReachAcrossADatelineDashOrAnIdentification() {
        Event seizure = onlySeizure("MOMBASA, July 29 - The first five RPG-7 launchers seized by Kenyan marines were "
                + "shown on Monday, with crates that several analysts identified as fire-control radars.");
        assertEquals(5, seizure.cargo().get(0).quantity().intValue(), seizure.cargo().toString());
        assertEquals(true, seizure.cargo().stream().noneMatch(c -> c.text().contains("analysts")), seizure.cargo().toString());
    }

    @Test
    void anUnnamedShipInTheLeadIsTheShipNamedRightAfter() {
        Event seizure = onlySeizure("Kenyan marines seized an unflagged cargo ship carrying 300 AK-47 rifles off Lamu "
                + "on 3 May. Officials said the crew of 14 were questioned. The MV Ocean Star had left Bandar Abbas "
                + "in April.");
        assertEquals("Ocean Star", seizure.vessel().name());
    }

    @Test
    void aShipDescribedByItsNationalityButNotItsFlagGivesTheOrigin() {
        Event seizure = onlySeizure("Indian customs officers seized 148 boxes of missile parts from the North Korean "
                + "vessel MV Kuwolsan at Kandla on 25 June.");
        assertEquals(List.of("PRK"), seizure.origin().stream().map(p -> p.country()).toList());
        Event flagged = onlySeizure("Indian customs officers seized 148 boxes of missile parts from the "
                + "Panama-flagged freighter MV Ocean Star at Kandla on 25 June.");
        assertEquals(List.of(), flagged.origin());
    }

    @Test
    void aBareWordRestatingAFullerItemIsNotASecondItem() {
        Event seizure = onlySeizure("Kenyan customs officers seized 300 AK-47 rifles and 900 rounds of ammunition at "
                + "Mombasa on 3 May; the rifles and the ammunition were hidden in crates of machine parts.");
        assertEquals(List.of("300 AK-47 rifles", "900 rounds of ammunition"),
                seizure.cargo().stream().map(c -> c.text()).toList());
    }

    @Test
    void thePlaneMayBeNamedWhereItsArrivalIsTold() {
        Event seizure = onlySeizure("Thai authorities impounded a cargo aircraft carrying 35 tonnes of weapons on "
                + "Saturday. The Ilyushin Il-76, registered in Georgia as 4L-AWA, had landed in Bangkok to refuel.");
        assertEquals("4L-AWA", seizure.aircraft().registration());
    }

    @Test
    void whoToldIsNotWhereTheGoodsCameFrom() {
        Event seizure = onlySeizure("Spanish marines seized 15 Scud missiles from the North Korean freighter MV "
                + "Ocean Star on Monday, acting on a tip from US intelligence.");
        assertEquals(List.of("PRK"), seizure.origin().stream().map(p -> p.country()).toList());
    }

    @Test
    void thePlaneOfTheIncidentToldBeforeIsNotThisOnesConveyance() {
        List<Event> seizures = events("In December 2009 Thai police seized "
                + "35 tonnes of weapons from an Ilyushin Il-76 at Bangkok. In May 2012 South Korean customs officers "
                + "at Busan confiscated 445 graphite cylinders from a Chinese ship.", LocalDate.of(2013, 1, 10));
        assertEquals(2, seizures.size(), seizures.toString());
        assertNull(seizures.get(1).aircraft());
        assertEquals("a Chinese ship", seizures.get(1).vessel().text());
    }

    @Test
    void aStatedDestinationOutranksAnOriginGuessedFromTheShipsNationality() {
        Event seizure = onlySeizure("Panamanian police seized weapons aboard a North Korean ship in Colon. The weapons "
                + "were being sent to North Korea for repair.");
        assertEquals(List.of("PRK"), seizure.destination().stream().map(p -> p.country()).toList());
        assertEquals(List.of(), seizure.origin());
    }

    @Test
    void goodsSentToACountryDoNotComeFromIt() {
        Event seizure = onlySeizure("Panamanian police seized weapons aboard a ship in Colon. The weapons were being "
                + "sent to Iran; they had been shipped from Bulgaria.");
        assertEquals(List.of("IRN"), seizure.destination().stream().map(p -> p.country()).toList());
        assertEquals(List.of("BGR"), seizure.origin().stream().map(p -> p.country()).toList());
    }

    @Test
    void theSourceOfTheLeadSpeaksForTheEventToldAfterIt() {
        Event seizure = onlySeizure("DUSHANBE - Border troops detained three armed men who had crossed the river on "
                + "Sunday, the committee's press centre reported. After an exchange of fire, border guards seized 14 "
                + "Kalashnikov rifles and 1,600 cartridges.");
        assertEquals("the committee's press centre reported", seizure.attribution().text());
    }

    @Test
    void aLongNamedSourceIsQuotedAndATimeClauseIsNoSource() {
        Event seizure = onlySeizure("Agents seized 13 containers of rockets at Apapa, a spokeswoman for the State "
                + "Security Service said on Wednesday.");
        assertEquals("a spokeswoman for the State Security Service said", seizure.attribution().text());
        Event announced = onlySeizure("When the minister announced the new checks, customs officers seized 40 rifles "
                + "at Apapa.");
        assertNull(announced.attribution());
    }

    @Test
    void aCountInWordsBeforeACalibreStillCounts() {
        Event seizure = onlySeizure("Marines found 24 assault rifles and three 40 mm grenade launchers near Tumaco.");
        assertEquals(List.of(24, 3), seizure.cargo().stream().map(c -> c.quantity().intValue()).toList());
    }

    @Test
    void whatThePackagesHoldIsCountedNotThePackages() {
        Event seizure = onlySeizure("Customs officers at Umm Qasr seized 79 wooden crates containing 30,000 PG-7 "
                + "rocket-propelled grenades on Monday.");
        assertEquals(1, seizure.cargo().size(), seizure.cargo().toString());
        assertEquals(30000, seizure.cargo().get(0).quantity().intValue());
    }

    @Test
    void aListSetOffAfterTheGoodsWordCountsTheCargo() {
        Event seizure = onlySeizure("Naval commandos seized a cargo ship in the Red Sea and found dozens of M-302 "
                + "rockets. According to the army, the shipment - 40 rockets, 181 mortar shells and about 400,000 "
                + "rounds of ammunition - came from Iran.");
        assertEquals(List.of(40, 181, 400000), seizure.cargo().stream().filter(c -> c.quantity() != null)
                .map(c -> c.quantity().intValue()).toList());
    }

    @Test
    void aRunningTotalIsNeitherAnEventNorMoreOfOne() {
        Event seizure = onlySeizure("Croatian border police at the Bajakovo crossing found two assault rifles and 11 "
                + "hand grenades in a car on Saturday. Since January, Croatian police have seized 140 firearms at the "
                + "country's borders.");
        assertEquals(List.of(2, 11), seizure.cargo().stream().map(c -> c.quantity().intValue()).toList());
        onlySeizure("Customs officers at Tin Can Island seized 661 rifles on Friday. Last year customs officers across "
                + "Nigeria seized more than 1,100 illegal firearms, the service said.");
    }

    @Test
    void aUnitOfTheNavyIsNoShipAndCustodyIsNoRoute() {
        Event seizure = onlySeizure("French special forces seized 3,000 assault rifles from a fishing vessel on January "
                + "15. The boarding was carried out in coordination with the US Navy's Fifth Fleet, and the weapons "
                + "were later transferred to a US facility in Bahrain for storage.");
        assertEquals("FRA", seizure.authority().country());
        assertNull(seizure.vessel() == null ? null : seizure.vessel().name());
        assertEquals(List.of(), seizure.destination());
    }

    @Test
    void onBoardIsNoBoardingAndTheOneShipOfAReportIsTheVessel() {
        Event seizure = onlySeizure("Naval commandos took control of a civilian cargo ship in the Red Sea. A search of "
                + "the hold uncovered 40 M-302 rockets. The Panamanian-flagged vessel, the Klos C, had sailed from "
                + "Bandar Abbas. Its crew are cooperating with the forces on board.");
        assertEquals("Klos C", seizure.vessel().name());
    }

    @Test
    void aCollectiveStatementBeforeOrAfterTheCasesSpeaksForEachOfThem() {
        List<Event> seizures = events("1. The Panel examined three "
                + "consignments of weapons that US naval forces seized during 2021. In each case, crew members said the "
                + "cargo had been loaded off Jask, in Iran. 2. On 11 February 2021, the destroyer USS Winston S. "
                + "Churchill recovered 3,752 assault rifles from a dhow. 3. On 6 May, the cruiser USS Monterey "
                + "intercepted a second dhow carrying about 3,000 rifles. 4. The Panel considers each of them a "
                + "violation of the arms embargo established by resolution 2216 (2015).", LocalDate.of(2022, 1, 25)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(List.of("2021-02-11", "2021-05-06"), seizures.stream().map(e -> e.date().value()).toList());
        for (Event seizure : seizures) {
            assertEquals(List.of("IRN"), seizure.origin().stream().map(p -> p.country()).toList());
            assertEquals(List.of("UNSCR-2216"), seizure.instruments().stream().map(i -> i.id()).toList());
        }
    }

    @Test
    void aSearchOfAnotherCarThatFoundNothingIsItsOwnEvent() {
        List<Event> seizures = events("Croatian border police found two "
                + "rifles hidden in a car entering from Serbia on Saturday. A search of a second car travelling with "
                + "him found no weapons or contraband.", LocalDate.of(2023, 6, 13));
        assertEquals(List.of("ASSERTED", "NEGATED"), seizures.stream().map(e -> e.modality().name()).toList());
    }

    @Test
    void aLeadDatedToTheMonthDoesNotSwallowFindsOnDifferentDays() {
        List<Event> seizures = events("NIAMEY, Aug 30 - Niger's defence "
                + "ministry said on Monday that soldiers had intercepted two vehicles carrying weapons earlier this "
                + "month. On Aug. 9, a patrol north of Agadez stopped a pickup with 22 Kalashnikov rifles. On Aug. 21, "
                + "troops searching the market at Ayorou found 14 rifles hidden in sacks of millet.",
                LocalDate.of(2021, 8, 30));
        assertEquals(List.of("2021-08-09", "2021-08-21"), seizures.stream().map(e -> e.date().value()).toList());
    }

    @Test
    void theDateOfAnEarlierLegIsNotTheDateOfTheFind() {
        Event seizure = onlySeizure("In August 2016, Egyptian customs searched the Cambodian-flagged Jie Shun near the "
                + "Suez Canal. The ship had left North Korea in July, and beneath iron ore officers found more than "
                + "24,000 PG-7 rocket-propelled grenades.");
        assertEquals("2016-08", seizure.date().value());
    }

    @Test
    void theDatelineIsNoPartOfTheSource() {
        Event seizure = onlySeizure("ADEN, Feb 20 - Yemen's coast guard said it had intercepted a fishing boat off "
                + "Shabwa carrying anti-tank missiles.");
        assertEquals("Yemen's coast guard said", seizure.attribution().text());
    }

    @Test
    void aSummaryBeforeTheCasesGivesThemItsRouteUnlessItHedges() {
        String cases = " In December, a US destroyer stopped a dhow and seized 1,400 rifles. On 15 January, French sailors "
                + "found 3,000 rifles on another dhow.";
        List<Event> seizures = events("Western navies have seized two "
                + "shipments of Iranian weapons headed for Yemen's Houthis since December." + cases,
                LocalDate.of(2023, 3, 1));
        assertEquals(2, seizures.size(), seizures.toString());
        for (Event seizure : seizures) {
            assertEquals("Houthis", seizure.destination().get(0).group());
            assertEquals(List.of("IRN"), seizure.origin().stream().map(p -> p.country()).toList());
        }
        List<Event> hedged = events("Between December and January, navies "
                + "intercepted two vessels on routes associated with arms supplies to Yemen." + cases,
                LocalDate.of(2023, 3, 1));
        for (Event seizure : hedged) {
            assertEquals(List.of(), seizure.destination());
        }
    }

    @Test
    void theNumberedDefiniteNamesEachOfTheCases() {
        List<Event> seizures = events("On 3 May, Omani border guards at "
                + "Shahn seized 40 rifles from a truck. On 9 June, the same guards seized 12 machine guns from a second "
                + "truck. The Panel considers the two consignments to have been transferred in violation of paragraph 14 "
                + "of resolution 2216 (2015).", LocalDate.of(2019, 1, 25));
        assertEquals(2, seizures.size(), seizures.toString());
        for (Event seizure : seizures) {
            assertEquals(List.of("UNSCR-2216"), seizure.instruments().stream().map(i -> i.id()).toList());
        }
    }

    @Test
    void goodsSmuggledForAGroupOrToBeTransshippedHaveADestination() {
        Event smuggled = onlySeizure("Mexican soldiers seized 40 rifles in Sonora on Monday. The ministry said the "
                + "weapons had been smuggled from Arizona and Texas for the Sinaloa Cartel.");
        assertEquals("Sinaloa Cartel", smuggled.destination().get(0).group());
        Event transshipped = onlySeizure("Dominican customs seized 30 rifles in two containers at the port of Caucedo "
                + "that had arrived from Miami and were to be transshipped to Haiti.");
        assertEquals(List.of("HTI"), transshipped.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void aStatedRouteReplacesTheFlagOriginEvenFromALaterSentence() {
        Event seizure = onlySeizure("In July 2013, Panamanian authorities stopped the North Korean freighter Chong Chon "
                + "Gang at the Panama Canal and found two MiG-21 fighters. The materiel had been loaded in Cuba, which "
                + "later said it was obsolete equipment being sent to North Korea for repair.");
        assertEquals(List.of("CUB"), seizure.origin().stream().map(p -> p.country()).toList());
        assertEquals(List.of("PRK"), seizure.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void aSourceNamedAgainByItsHeadNounIsTheOneTheLeadNames() {
        List<Event> seizures = events("NIAMEY, Aug 30 - Niger's defence "
                + "ministry said on Monday that soldiers had intercepted two vehicles. On Aug. 9, a patrol north of "
                + "Agadez stopped a pickup with 22 Kalashnikov rifles. On Aug. 21, troops at Ayorou found 14 rifles, "
                + "which the ministry said were intended for the Islamic State in the Greater Sahara.",
                LocalDate.of(2021, 8, 30));
        assertEquals("Niger's defence ministry said", seizures.get(seizures.size() - 1).attribution().text());
    }

    @Test
    void embargoesNamedByTheirPlaceOrArticleResolve() {
        Event southSudan = onlySeizure("Ugandan police at the Elegu border post seized a lorry carrying 40 AK-47 rifles "
                + "bound for Juba. The consignment was being moved in defiance of the UN embargo imposed on South Sudan "
                + "in 2018.");
        assertEquals(List.of("UNSCR-2428"), southSudan.instruments().stream().map(i -> i.id()).toList());
        Event houthis = onlySeizure("Coalition naval forces stopped a fishing boat off Midi and confiscated 48 anti-tank "
                + "guided missiles. It said the seizure was carried out under paragraph 14 of resolution 2216.");
        assertEquals(List.of("UNSCR-2216"), houthis.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void theGoodsNamedBackAfterASummarisedSeriesAreThoseOfEveryCase() {
        List<Event> seizures = events("MANAMA, April 5 - Warships have "
                + "intercepted three weapons-laden dhows in the Arabian Sea in little more than a month, the Navy said. "
                + "On Feb. 27, HMAS Darwin boarded a dhow and found 1,989 AK-47 rifles. The French destroyer Provence "
                + "seized a similar cache on March 20, including several hundred AK-47s. On March 28, USS Sirocco found "
                + "1,500 AK-47s. The Navy said the weapons, which it believes came from Iran, were intended for Houthi "
                + "fighters in Yemen.", LocalDate.of(2016, 4, 5));
        assertEquals(3, seizures.size(), seizures.toString());
        for (Event seizure : seizures) {
            assertEquals("Houthis", seizure.destination().get(0).group(), seizure.toString());
            assertEquals(List.of("IRN"), seizure.origin().stream().map(p -> p.country()).toList());
        }
    }

    @Test
    void whatGoodsComeWithIsAnotherItem() {
        Event seizure = onlySeizure("Spanish forces intercepted the ship in the Arabian Sea on Monday and found 15 "
                + "Scud missiles with conventional warheads concealed under cement.");
        assertEquals("15 Scud missiles", seizure.cargo().get(0).text());
        assertEquals(15, seizure.cargo().get(0).quantity().intValue());
    }

    @Test
    void marchAloneIsAMonthAndDatesAYearThatARelativePhraseNames() {
        assertEquals("2021-03", onlySeizure("Customs officers found 40 rifles in March.").date().value());
        Event march = onlySeizure("It was the second such interception this year: in March, a fishing boat carrying "
                + "50 hand grenades was stopped in Bahraini waters.");
        assertEquals("2021-03", march.date().value());
    }

    @Test
    void aFindWithoutADateTakesTheOneOfTheSentenceThatLeadsToIt() {
        Event seizure = onlySeizure("On 9 March 2015, Cameroonian customs officers at the Garoua-Boulai border post "
                + "inspected a lorry bound for the Central African Republic. Hidden under bags of rice, they found seven "
                + "AK-pattern assault rifles.");
        assertEquals("2015-03-09", seizure.date().value());
    }

    @Test
    void aBanOnExportsFromACountryAndAnEmbargoWithItsEpithetsResolve() {
        Event korea = onlySeizure("Egyptian customs found 24,000 rocket-propelled grenades aboard the Jie Shun, bought "
                + "in breach of the Security Council's ban on arms exports from North Korea.");
        assertEquals(List.of("UNSCR-1718"), korea.instruments().stream().map(i -> i.id()).toList());
        Event somalia = onlySeizure("Puntland forces seized 300 rifles from a dhow near Bosaso, a violation of the "
                + "general and complete arms embargo on Somalia.");
        assertEquals(List.of("UNSCR-733"), somalia.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void whatTheDocumentsNameAsConsigneeOrPortOfDischargeIsTheDestination() {
        Event seizure = onlySeizure("Cypriot officials impounded 98 containers of munitions aboard the Monchegorsk at "
                + "Limassol. The manifest gave the Syrian port of Latakia as the port of discharge.");
        assertEquals(List.of("SYR"), seizure.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void theShipmentSeizedIsTheOneWhoseVoyageWasToldJustBefore() {
        Event seizure = onlySeizure("An Iranian Boeing 747 unloaded 4,000 machine guns and a million rounds of "
                + "ammunition at Zagreb airport last weekend. Croatian authorities impounded the shipment.");
        assertEquals(List.of(4000L, 1_000_000L), seizure.cargo().stream().map(c -> c.quantity()).toList());
        assertEquals("HRV", seizure.authority().country());
    }

    @Test
    void goodsToldJustBeforeWithoutAVoyageAreNotTheShipmentSeized() {
        List<Event> events = events("Officials worry about the rapid growth in trade in dual-use goods. The committee "
                + "said the cargo had been detained at Khorgos.", LocalDate.of(2023, 11, 23));
        assertEquals(List.of(), events, events.toString());
    }

    @Test
    void aFindNamedToCompareWithIsNoIncidentOfItsOwn() {
        List<Event> events = events("Israeli commandos seized the Francop near Cyprus with 500 tonnes of rockets on "
                + "Wednesday. The navy called the haul several times larger than the arms found aboard the Karine A in "
                + "2002.", LocalDate.of(2009, 11, 4));
        assertEquals(1, events.size(), events.toString());
        assertEquals("Francop", events.get(0).vessel().name());
    }

    @Test
    void aShipTakenToPortAfterItsStopWasNotBoundThere() {
        Event seizure = onlySeizure("The Chong Chon Gang was stopped by Panamanian police in July 2013 near Colon and "
                + "was taken to the port of Manzanillo. Inspectors found two MiG-21 fighter aircraft under the sugar. "
                + "The ship was bound for North Korea.");
        assertEquals(List.of("PRK"), seizure.destination().stream().map(p -> p.country()).toList());
        // fighter aircraft under sugar are the goods, not the plane that flew them
        assertNull(seizure.aircraft());
    }

    @Test
    void aCountBeforeAVerbOfHoldingCountsOnlyItsOwnGoods() {
        Event seizure = onlySeizure("Israeli commandos seized the Francop in November 2009. Its 36 containers held "
                + "some 500 tons of munitions, including 3,000 rockets.");
        assertTrue(seizure.cargo().stream().noneMatch(c -> c.text().contains("held")), seizure.cargo().toString());
    }

    @Test
    void aPlaceTheReportCallsAStopOnTheWayIsNoDestination() {
        Event seizure = onlySeizure("Israeli commandos stopped the Klos C in the Red Sea and found 40 rockets. The ship "
                + "was heading for Port Sudan. Port Sudan was meant to be a waypoint only.");
        assertEquals(List.of(), seizure.destination());
        Event bound = onlySeizure("Israeli commandos stopped the Klos C in the Red Sea and found 40 rockets. The ship "
                + "was heading for Port Sudan.");
        assertEquals(List.of("SDN"), bound.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void aSentenceOpeningInsideThePlaceSearchedListsWhatWasFound() {
        Event seizure = onlySeizure("Soldiers searched a house in Kano on Monday night and found a bunker dug beneath a "
                + "bedroom. Inside, packed in coolers, were 11 anti-tank weapons, four anti-tank mines and 17 AK-47 rifles.");
        assertEquals(List.of(11L, 4L, 17L), seizure.cargo().stream().map(c -> c.quantity()).toList());
    }

    @Test
    void theGoodsOfAFindNamedToMeasureThisOneByAreNotItsGoods() {
        Event seizure = onlySeizure("Detectives found 117 rifles in a house in Rio de Janeiro on Tuesday. Police called "
                + "it the largest rifle seizure in the city's history, surpassing the 60 assault weapons found at the "
                + "airport in 2017.");
        assertEquals(List.of(117L), seizure.cargo().stream().map(c -> c.quantity()).toList());
    }

    @Test
    void whatTheThingSeizedHeldIsListedInTheNextSentence() {
        Event seizure = onlySeizure("In July 2016 a Member State seized, in transit, a consignment of 45 boxes addressed "
                + "to a military end user in Eritrea. The boxes contained encrypted military radios and GPS antennas.");
        assertTrue(seizure.cargo().stream().anyMatch(c -> c.text().contains("radios")), seizure.cargo().toString());
    }

    @Test
    void aFindSeenLaterIsDatedByTheDateAfterTheSeizureVerb() {
        Event seizure = onlySeizure("On 17 August 2008, in Hargeisa, the Monitoring Group inspected a consignment seized "
                + "by the authorities in Burao on 15 April 2008. It consisted of 101 anti-tank mines and 100 hand grenades.");
        assertEquals("2008-04-15", seizure.date().value());
    }

    @Test
    void aNewsAgencyInTheDatelineIsNoAuthority() {
        List<Event> seizures = events("DUBAI, Feb 2 (Reuters) - Naval forces boarded a fishing vessel in the Gulf of Oman "
                + "last month and found more than 3,000 rifles, the U.S. military said on Thursday.",
                LocalDate.of(2023, 2, 2));
        assertEquals(1, seizures.size(), seizures.toString());
        assertTrue(seizures.get(0).authority() == null || !"GBR".equals(seizures.get(0).authority().country()),
                String.valueOf(seizures.get(0).authority()));
    }

    @Test
    void detectivesOfTheDatelinesCountryActAtHome() {
        List<Event> seizures = events("RIO DE JANEIRO, March 13 (Reuters) - In a house in the city's north zone, "
                + "detectives found 117 rifles packed in boxes.", LocalDate.of(2019, 3, 13));
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals("BRA", seizures.get(0).authority().country());
    }

    @Test
    void aCountOfArmsCompaniesCountsNoGoods() {
        Event seizure = onlySeizure("Customs seized 40 rifles sold by two Chinese state-owned arms companies.");
        assertEquals(List.of(40L), seizure.cargo().stream().map(c -> c.quantity()).toList());
    }

    @Test
    void theConjunctionBeforeASourceIsNoPartOfTheAttribution() {
        Event seizure = onlySeizure("Police seized 40 rifles in Lagos on Monday, and the Nigeria Customs Service said the "
                + "guns came from Turkey.");
        assertEquals("the Nigeria Customs Service said", seizure.attribution().text());
    }

    private static final String TWO_DHOWS = "The navy seized a dhow carrying 500 AK-47 rifles off Socotra on 3 May. "
            + "Its crew of six were Somali nationals. Officials said the rifles were meant for al-Shabaab. On 20 May a "
            + "second dhow was stopped near Mukalla with 40 anti-tank missiles aboard. The crew said they had loaded the "
            + "cargo at Jask. The missiles were to be handed over to the Houthis.";

    @Test
    void eachIncidentTakesTheRouteToldAfterItUntilTheNextOneOpens() {
        List<Event> seizures = events(TWO_DHOWS, LocalDate.of(2021, 6, 10)).stream()
                .filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        assertEquals(List.of("al-Shabaab"), seizures.get(0).destination().stream().map(p -> p.group()).toList());
        // the sentence before the second incident is the first one's: its destination stays there
        assertEquals(List.of("Houthis"), seizures.get(1).destination().stream().map(p -> p.group()).toList());
    }

    @Test
    void aHandOverOfTheSeizedGoodsStillToComeIsTheirDestinationNotATransfer() {
        List<Event> events = events(TWO_DHOWS, LocalDate.of(2021, 6, 10));
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.TRANSFER), events.toString());
    }

    @Test
    void aDestinationToldThreeSentencesAfterItsIncidentInASeries() {
        List<Event> seizures = events("Indian coast guards seized a fishing boat with 200 rifles off Kerala on 4 March. "
                + "The boat had sailed from Sri Lanka. Its crew were arrested. Investigators said the rifles were bound for "
                + "Maoist rebels in Chhattisgarh. On 9 March a second boat was intercepted off Goa with 30 pistols.",
                LocalDate.of(2021, 6, 10)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        assertEquals(List.of("IND"), seizures.get(0).destination().stream().map(p -> p.country()).toList());
        assertTrue(seizures.get(1).destination().isEmpty(), seizures.get(1).toString());
    }

    @Test
    void theDestinationTheReportCallsTheRealOneWinsOverThePapers() {
        Event seizure = onlySeizure("Greek coast guards boarded the freighter Andromeda off Crete on Saturday and found "
                + "detonators and ammonium nitrate. The crew were questioned. The cargo had been loaded at Mersin. According to "
                + "its bill of lading, the consignment was to be delivered to Djibouti. The coast guard says the Libyan port of "
                + "Misrata was the real destination.");
        assertEquals(List.of("LBY"), seizure.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void theNigerDeltaIsInNigeria() {
        Event seizure = onlySeizure("Nigerian agents found 107mm rockets in 13 containers at Apapa port. Officials said the "
                + "weapons were meant for militants in the Niger Delta.");
        assertEquals(List.of("NGA"), seizure.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void aSeizureInARelativeClauseTakesItsOwnClausesDate() {
        Event seizure = onlySeizure("A Greek prosecutor on Thursday began questioning the crew of the freighter Andromeda, "
                + "which coast guards boarded off Crete on Saturday with 29 containers of explosives.");
        assertEquals("2021-06-05", seizure.date().value());
    }

    @Test
    void aNavyOfNoNamedCountryIsTheDatelinesWhenTheReportNamesThatCountry() {
        Event seizure = onlySeizure("ATHENS, Jan 7 - Greece put crates of rockets on show at Piraeus, days after naval "
                + "commandos boarded the freighter Nour M in international waters of the Aegean.");
        assertEquals("GRC", seizure.authority().country());
        // filed from a country the report does not otherwise name: no guess
        Event abroad = onlySeizure("MANAMA, Jan 7 - Naval commandos boarded a dhow carrying 900 AK-47 rifles in "
                + "international waters of the Arabian Sea.");
        assertNull(abroad.authority());
    }

    @Test
    void theDateAResolutionWasRenewedDatesNoSeizure() {
        Event seizure = onlySeizure("French marines boarded a dhow on March 20 and found 2,000 AK-47 rifles. The coalition "
                + "seized the rifles under the UN arms embargo on Somalia, which the Security Council renewed last year in "
                + "resolution 2244.");
        assertEquals("2021-03-20", seizure.date().value());
    }

    @Test
    void theResolutionThatCreatedAPanelOrEasedAnEmbargoIsNotBreached() {
        Event seizure = onlySeizure("Police seized 300 rifles at Mombasa on Monday. The Panel of Experts, a group created in "
                + "2009 by resolution 1874, said the shipment was a violation of the arms embargo set by resolution 1718.");
        assertEquals(List.of("UNSCR-1718"), seizure.instruments().stream().map(i -> i.id()).toList());
        Event eased = onlySeizure("Police seized 300 rifles at Kismayo on Monday in breach of the arms embargo on Somalia, "
                + "which was partly eased in 2013 by resolution 2093.");
        assertEquals(List.of("UNSCR-733"), eased.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aWarshipsHelicopterOrTheOneTheBoardersCameFromIsNoCargo() {
        Event spotted = onlySeizure("When a Caiman helicopter from the French frigate Provence spotted a dhow on March 20, "
                + "French marines boarded it and found 2,000 AK-47 rifles.");
        assertEquals(List.of("AK-47"), spotted.cargo().stream().map(c -> c.canonical()).toList(), spotted.cargo().toString());
        Event roped = onlySeizure("Spanish marines slid down ropes from a helicopter onto the deck of an unflagged freighter "
                + "and found 15 Scud missiles.");
        assertEquals(1, roped.cargo().size(), roped.cargo().toString());
        // goods that are helicopters stay goods
        Event carried = onlySeizure("Customs officers seized two Mi-24 helicopters aboard the freighter at Kiel.");
        assertEquals(1, carried.cargo().size(), carried.cargo().toString());
    }

    @Test
    void aDestinationNamingGoodsByKindGoesToTheSeizureOfThoseGoods() {
        List<Event> seizures = events("Turkish police seized 200 rifles from a truck in Mersin on Monday. Separately, customs "
                + "officers in Izmir found 50 pistols in a container on Tuesday. The rifles were bound for Syria, while the "
                + "pistols were destined for Iraq.", LocalDate.of(2012, 10, 20)).stream()
                .filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        assertEquals(List.of("SYR"), seizures.get(0).destination().stream().map(p -> p.country()).toList());
        assertEquals(List.of("IRQ"), seizures.get(1).destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void resolutionsListedAfterTheCouncilsNameAreEachBreached() {
        Event seizure = onlySeizure("Customs seized 30 missiles from North Korea. The cargo contravened Security Council "
                + "resolutions 1718 and 1874.");
        assertEquals(List.of("UNSCR-1718", "UNSCR-1874"), seizure.instruments().stream().map(i -> i.id()).toList());
        Event haiti = onlySeizure("Customs seized 30 rifles bound for Haiti, which is subject to a UN arms embargo.");
        assertEquals(List.of("UNSCR-2653"), haiti.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void anAircraftTypeWrittenWithTheMakersNameIsReadAsItsDesignation() {
        Event seizure = onlySeizure("Customs seized 20 crates of rifles from an Ilyushin 76 at Entebbe.");
        assertEquals("Il-76", seizure.aircraft().type());
        assertEquals("Ilyushin 76", seizure.aircraft().text());
        assertEquals("Lockheed L-100 Hercules", onlySeizure("Customs seized 20 crates of rifles from a chartered Lockheed "
                + "L-100 Hercules at Entebbe.").aircraft().type());
        assertEquals("An-12", onlySeizure("Customs seized 20 crates of rifles from an Antonov-12 at Entebbe.").aircraft().type());
    }

    @Test
    void theOwnerOfTheShipIsNotWhereTheGoodsCameFrom() {
        assertTrue(onlySeizure("Israeli commandos seized six missiles from a German-owned freighter on Tuesday.")
                .origin().isEmpty());
    }

    @Test
    void theLastLegAfterThePortOfDischargeAddsItsRecipient() {
        Event seizure = onlySeizure("Israeli commandos boarded the Francop on Wednesday and found crates of rockets. "
                + "The containers were due to be unloaded at Latakia in Syria. From there, officers said, the "
                + "munitions were to be trucked onward to Hezbollah.");
        assertEquals(List.of("SYR", "Hezbollah"), seizure.destination().stream()
                .map(p -> p.group() != null ? p.group() : p.country()).toList());
        // a crew handed over to a coast guard is no leg of the goods' route
        Event crew = onlySeizure("US sailors seized 1,400 rifles bound for the Houthis from a dhow on Monday. The "
                + "crew were later handed over to the Yemeni coast guard.");
        assertEquals(List.of("Houthis"), crew.destination().stream().map(p -> p.group()).toList());
    }

    @Test
    void anEmbargoNamedByItsRegionOrBySourceResolution() {
        assertEquals(List.of("UNSCR-1556"), onlySeizure("Chadian soldiers seized 40 rifles at Adre on Monday. The Panel "
                + "considers the consignment a violation of the Darfur embargo.").instruments().stream()
                .map(i -> i.id()).toList());
        assertEquals(List.of("UNSCR-1970"), onlySeizure("The Greek coast guard seized explosives bound for Libya on "
                + "Friday, contravening the arms embargo imposed on the North African country in 2011.").instruments()
                .stream().map(i -> i.id()).toList());
        // the resolution a generic phrase names as its source is the instrument, not the embargo on the recipient
        assertEquals(List.of("UNSCR-1343"), onlySeizure("Guinean police seized 200 rifles bound for Liberia on Monday, "
                + "in breach of the prohibition on arms supplies to Liberia contained in paragraph 5 of resolution 1343 "
                + "(2001).").instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void theSecondInstrumentOfAndOfAndAGroupsOwnEmbargo() {
        Event francop = onlySeizure("Israeli commandos seized the Francop on 3 November. Israel described the shipment "
                + "as a contravention of resolution 1701, which bars deliveries to armed groups in Lebanon, and of "
                + "resolution 1747.");
        assertEquals(List.of("UNSCR-1701", "UNSCR-1747"), francop.instruments().stream().map(i -> i.id()).toList());
        Event dhow = onlySeizure("French forces seized 3,000 rifles from a fishing vessel in the Gulf of Oman on Jan. "
                + "15. The weapons were bound for the Houthis. The cargo was flouting the arms embargo the Security "
                + "Council imposed on the Houthis in 2015.");
        assertEquals(List.of("UNSCR-2216"), dhow.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void fightersDescribedByWhereTheyFightAndARouteUsedToTrafficWeapons() {
        assertEquals(List.of("SYR"), onlySeizure("The Lebanese navy intercepted a ship carrying weapons that were meant "
                + "for rebels fighting President Bashar al-Assad in neighbouring Syria.").destination().stream()
                .map(p -> p.country()).toList());
        assertEquals(List.of("Houthis"), onlySeizure("US patrol ships seized 1,400 rifles from a fishing vessel on a "
                + "route used to traffic weapons to the Houthis in Yemen.").destination().stream()
                .map(p -> p.group()).toList());
    }

    @Test
    void aBareJetTakesTheTypeTheNextSentenceNames() {
        Event seizure = events("ANKARA, Oct 11 - Turkey said on Thursday it had confiscated military communications "
                + "equipment from a Syrian passenger jet that its air force forced to land overnight. Turkish F-16 "
                + "fighters intercepted Syrian Air flight 442, an Airbus A320 registered YK-AKE, on Wednesday evening.",
                LocalDate.of(2012, 10, 11)).get(0);
        assertEquals("Airbus A320", seizure.aircraft().type());
        assertEquals("YK-AKE", seizure.aircraft().registration());
    }

    @Test
    void aSeizureThatAnotherFollowedIsAnIncidentOfItsOwn() {
        List<Event> seizures = events("French naval forces seized more than 3,000 assault rifles from a fishing vessel "
                + "in the Gulf of Oman on Jan. 15. It followed the seizure on Jan. 6 of 2,116 AK-47 rifles by U.S. Navy "
                + "patrol ships from another fishing boat in the same waters, CENTCOM said.", LocalDate.of(2023, 2, 2));
        assertEquals(2, seizures.size(), seizures.toString());
        assertEquals("2023-01-06", seizures.get(1).date().value());
        // the day of the date is no count of the goods
        assertEquals(2116L, seizures.get(1).cargo().get(0).quantity());
    }

    @Test
    void theShipOfTheLeadNamedLaterWithTheDayOfTheBoardingIsOneSeizure() {
        List<Event> seizures = events("TEL AVIV, March 16 - The Israeli military on Wednesday released an inventory of "
                + "the weapons found aboard a cargo ship that its navy commandeered in the Mediterranean, listing six "
                + "C-704 anti-ship missiles and 2,500 mortar bombs. The Liberian-flagged Victoria was boarded on Tuesday "
                + "morning and taken to Ashdod.", LocalDate.of(2011, 3, 16));
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals("Victoria", seizures.get(0).vessel().name());
        assertEquals("2011-03-15", seizures.get(0).date().value());
    }

    @Test
    void aRunningCountOfSimilarSeizuresIsNoIncident() {
        List<Event> seizures = events("LAGOS - Customs intercepted a container of 1,100 pump-action rifles at the Tin "
                + "Can Island port on Monday. The service has made two similar seizures of Turkish-made guns in Lagos "
                + "since January.", LocalDate.of(2017, 9, 12));
        assertEquals(1, seizures.size(), seizures.toString());
    }

    @Test
    void theGoodsOfAConsignmentToldAfterItsRouteInTheNextSentence() {
        Event seizure = onlySeizure("On 17 August 2008 the Monitoring Group inspected a consignment that the Somaliland "
                + "authorities had seized in Burao on 15 April 2008. It had been shipped from Yemen and was destined for "
                + "Ethiopia, and consisted of 101 anti-tank mines and 100 hand grenades.");
        assertEquals(List.of(101L, 100L), seizure.cargo().stream().map(c -> c.quantity()).toList());
        assertEquals(List.of("ETH"), seizure.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void sanctionsNamedByWhenTheCouncilAdoptedThem() {
        // a month alone is the last such month before the report: June 2009, the year of resolution 1874
        List<Event> seizures = events("BANGKOK, Dec 23 - Thai police seized 35 tonnes of weapons from a North Korean "
                + "cargo plane at Don Muang airport on December 12. Officials said the shipment breached the sanctions "
                + "the Security Council adopted in June.", LocalDate.of(2009, 12, 23));
        assertEquals(List.of("UNSCR-1874"), seizures.get(0).instruments().stream().map(i -> i.id()).toList());
        // a capital standing for its state gives the subject of "the 2006 sanctions"
        Event busan = onlySeizure("South Korean officials seized 445 graphite cylinders from the freighter Xin Yan Tai "
                + "at Busan in May. Diplomats described the consignment as contrary to the 2006 sanctions that forbid "
                + "Pyongyang to sell missile items.");
        assertEquals(List.of("UNSCR-1718"), busan.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aPortWhereTheGoodsChangedShipsIsNoDestination() {
        Event seizure = onlySeizure("The Israel Navy intercepted the cargo ship Francop off Cyprus and found rockets "
                + "and mortar bombs in its containers. The containers had been carried on an Iranian ship to the "
                + "Egyptian port of Damietta, where they were transferred to the Francop.");
        assertTrue(seizure.destination().isEmpty(), seizure.destination().toString());
    }

    @Test
    void thePortOfDischargeTheArsenalToReplenishAndTheCoastTheBoatWasMakingFor() {
        assertEquals(List.of("SYR"), onlySeizure("Greek officers seized 80 tonnes of ammunition from the freighter "
                + "Ocean Express at Piraeus. The declared port of discharge was Latakia.").destination().stream()
                .map(p -> p.country()).toList());
        assertEquals(List.of("Houthis"), onlySeizure("US forces seized missile parts from a dhow in the Arabian Sea. "
                + "The cargo was meant to replenish the arsenal of the Houthis.").destination().stream()
                .map(p -> p.group()).toList());
        assertEquals(List.of("SOM"), onlySeizure("HMAS Darwin seized 1,989 rifles from a fishing vessel that was "
                + "making for the coast of Somalia.").destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void thePoliceThatReportAPassiveSeizureMadeIt() {
        Event seizure = onlySeizure("Sixty rifles hidden inside a consignment of pool heaters flown in from Miami were "
                + "confiscated at the cargo terminal of Rio de Janeiro's airport, Brazilian police said.");
        assertEquals("BRA", seizure.authority().country());
        assertEquals("BRA", seizure.location().country());
        assertEquals(List.of("pool heaters"), seizure.declaredCargo().stream().map(c -> c.text().strip()).toList());
    }

    @Test
    void goodsTakenIntoACountryAndATotalOverMonths() {
        List<Event> seizures = events("PRESIDIO, Texas - Officers confiscated 6,380 rounds that a traveler was taking "
                + "into Mexico on Thursday, U.S. Customs and Border Protection said. Some 250 rifles had been taken off "
                + "the streets of Ojinaga in the past five months.", LocalDate.of(2019, 10, 29));
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals(List.of("MEX"), seizures.get(0).destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void theCountsOfAnInventoryToldAfterTheWindowAndAQuestionedDestination() {
        Event victoria = events("Israel Navy forces intercepted the cargo vessel Victoria on Tuesday some 200 nautical "
                + "miles west of Israel's coast. The vessel had taken on its containers at Latakia and was on its way "
                + "to Alexandria in Egypt. The weaponry was hidden behind sacks of lentils. The list includes: six "
                + "C-704 anti-ship missiles; two launchers; 230 mortar shells.", LocalDate.of(2011, 3, 16)).get(0);
        assertEquals(List.of(6L, 2L, 230L), victoria.cargo().stream().map(c -> c.quantity()).toList());
        Event truck = onlySeizure("Colombian customs police seized six assault rifles hidden in a truck, and "
                + "investigators are trying to establish whether the weapons were to be smuggled on into Venezuela.");
        assertTrue(truck.destination().isEmpty(), truck.destination().toString());
    }

    @Test
    void aLeadOverTheWeekendAndTheShipNamedByWhatItUnderwentOnSaturdayAreOneSeizure() {
        // "The Andromeda was stopped": a known name that needs a cue is a ship when only a ship undergoes the verb;
        // the embargo's year ("imposed … in 2011") dates nothing
        List<Event> seizures = events("ATHENS, Jan 10 - Greece's coast guard said on Wednesday that a Tanzanian-flagged "
                + "freighter it intercepted off Crete at the weekend was taking explosives to Libya, contravening the "
                + "arms embargo imposed on the country in 2011. The Andromeda was stopped on Saturday near Agios "
                + "Nikolaos and its 29 containers were examined.", LocalDate.of(2018, 1, 10));
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals("Andromeda", seizures.get(0).vessel().name());
        assertEquals("2018-01-06/2018-01-07", seizures.get(0).date().value());
    }

    @Test
    void theResolutionsThatExpandedTheEmbargoBreachedAndAConsigneeTracedToACountry() {
        Event seizure = onlySeizure("Panamanian authorities stopped the Chong Chon Gang in July 2013 and found two "
                + "MiG-21 jet fighters. The Panel concluded that the shipment was a violation of the arms embargo "
                + "imposed by resolution 1718 (2006) and expanded by resolutions 1874 (2009) and 2094 (2013).");
        assertEquals(List.of("UNSCR-1718", "UNSCR-1874", "UNSCR-2094"),
                seizure.instruments().stream().map(i -> i.id()).toList());
        Event jieShun = onlySeizure("Egyptian customs agents boarded the Jie Shun and found 30,000 rocket-propelled "
                + "grenades. The Panel traced the consignee to an Egyptian company.");
        assertEquals(List.of("EGY"), jieShun.destination().stream().map(p -> p.country()).toList());
        assertTrue(jieShun.origin().isEmpty(), jieShun.origin().toString());
    }

    @Test
    void aLeadThatNamedNoKindOfGoodsAndTheShipNamedLaterAreOneSeizure() {
        List<Event> seizures = events("BEIRUT, April 30 - Lebanese army engineers on Monday finished unloading three "
                + "containers of weapons taken from a cargo ship that the navy intercepted late last week. The Sierra "
                + "Leone-flagged Lutfallah II was stopped on Friday near Batroun, and troops found heavy machine guns "
                + "and artillery shells. Officials said it was intended for rebels fighting President Bashar al-Assad "
                + "across the border in Syria.", LocalDate.of(2012, 4, 30));
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals("Lutfallah II", seizures.get(0).vessel().name());
        assertEquals(List.of("SYR"), seizures.get(0).destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void aResolutionNotCitedOrThatEmpowersTheBoardingIsNotBreached() {
        Event dhow = onlySeizure("US forces seized missile parts from a dhow off Somalia. The shipment breached the UN "
                + "embargo on arms for the Houthis, set out in resolution 2216. Washington did not cite Annex B to "
                + "resolution 2231.");
        assertEquals(List.of("UNSCR-2216"), dhow.instruments().stream().map(i -> i.id()).toList());
        List<String> instruments = events("HMAS Darwin seized 1,989 rifles from a fishing vessel. Resolution 2182, "
                + "adopted in 2014, is what allows navies to board such boats; the weapons fell foul of the arms embargo "
                + "on Somalia.", LocalDate.of(2016, 3, 7)).stream().flatMap(e -> e.instruments().stream())
                .map(i -> i.id()).toList();
        assertTrue(instruments.contains("UNSCR-733") && !instruments.contains("UNSCR-2182"), instruments.toString());
    }

    @Test
    void theSubjectAfterAnOpeningDateAndTheDayOfAStatementInItsOwnSentence() {
        Event cutter = onlySeizure("On Jan. 28, the U.S. Coast Guard cutter Clarence Sutphin Jr., a fast response cutter "
                + "assigned to the region, located and boarded a vessel in the Arabian Sea and seized missile components.");
        assertEquals("USA", cutter.authority().country());
        // "on Wednesday released": the day of the words is no event date, but "a day earlier" counts from it
        Event victoria = events("TEL AVIV, March 16 - The Israeli military on Wednesday released an inventory of the "
                + "weapons found aboard a cargo ship that its navy commandeered in the Mediterranean a day earlier.",
                LocalDate.of(2011, 3, 16)).get(0);
        assertEquals("2011-03-15", victoria.date().value());
    }

    @Test
    void aCoverBehindWhichTheGoodsWereHiddenInAContainer() {
        Event seizure = onlySeizure("Customs officers at the port of Khoms found 20,000 pistols hidden in a shipping "
                + "container behind household goods, the port's customs department said.");
        assertEquals(List.of("household goods"), seizure.declaredCargo().stream().map(c -> c.text().strip()).toList());
        assertEquals("LBY", seizure.location().country());
    }

    @Test
    void anAgentAfterByTheVesselsPlaceAndDayActsForTheCountryOfThePlace() {
        Event seizure = onlySeizure("The vessel, named Jihan 1, was stopped in Yemeni waters on January 23 by the coast "
                + "guard in an operation coordinated with a U.S. destroyer, and officers found rockets aboard.");
        assertEquals("YEM", seizure.authority().country());
    }

    @Test
    void theLawsOfAChargeStatementGoToTheCasesEvents() {
        List<Event> found = events("NEW YORK - A Houston exporter pleaded guilty on Wednesday to a scheme that shipped "
                + "American microelectronics to Russian military agencies, prosecutors said. He admitted every count of "
                + "the indictment, including conspiring to violate the International Emergency Economic Powers Act and "
                + "the Arms Export Control Act.", LocalDate.of(2015, 9, 10));
        assertEquals(List.of("IEEPA", "AECA"), found.get(0).instruments().stream().map(i -> i.id()).toList());
        // "licences under" names the law the goods needed; a list the sentence goes on to is another matter
        Event radios = events("LONDON - Customs officers at Heathrow seized 40 military radios that were about to leave "
                + "for Iran. The radios needed licences under the Customs and Excise Management Act 1979, and some were "
                + "on the US Munitions List.", LocalDate.of(2009, 6, 4)).get(0);
        assertEquals(List.of("UK-CEMA-1979"), radios.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void goodsToldAsComingInWereGoingWhereTheyWereSeized() {
        Event rifles = onlySeizure("LAGOS - Nigeria's customs service said it had intercepted a container holding 1,100 "
                + "pump-action rifles shipped in from Turkey at the Tin Can Island port.");
        assertEquals(List.of("NGA"), rifles.destination().stream().map(p -> p.country()).toList());
        // a truck arriving from abroad may be passing through: no destination
        Event pistols = onlySeizure("Bulgarian border police seized 40 pistols from a truck arriving from Turkey at the "
                + "Kapitan Andreevo crossing.");
        assertTrue(pistols.destination().isEmpty(), pistols.destination().toString());
    }

    @Test
    void aPlaceFollowedByItsRegionIsInTheRegionsCountry() {
        Event parcel = onlySeizure("U.S. Customs and Border Protection officers in Louisville seized a parcel from China "
                + "holding 10,000 parts for assault weapons. The parcel was addressed for delivery to a private residence "
                + "in Melbourne, Florida.");
        assertEquals(List.of("USA"), parcel.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void aResolutionAdoptedInALaterYearWasNotBreached() {
        Event jieShun = onlySeizure("Egyptian customs officers boarded the Jie Shun in August 2016 and found 30,000 "
                + "rocket-propelled grenades, in breach of resolution 1718. Since then the Council has added resolutions "
                + "2321, 2371 and 2375.");
        List<String> ids = jieShun.instruments().stream().map(i -> i.id()).toList();
        assertTrue(ids.contains("UNSCR-1718") && !ids.contains("UNSCR-2371") && !ids.contains("UNSCR-2375"), ids.toString());
    }

    @Test
    void coversNamedInsteadOfTheGoodsToldToTheWorkersAndCountedInSacks() {
        Event nigeria = onlySeizure("Customs officers at Tin Can Island port seized a container. Inside, instead of the "
                + "wash-hand basins and water closets named on the bill of lading, were 600 pump-action rifles.");
        assertEquals(List.of("wash-hand basins and water closets"),
                nigeria.declaredCargo().stream().map(c -> c.text().strip()).toList());
        Event sugar = onlySeizure("Panamanian police seized the Chong Chon Gang and found missiles buried under more than "
                + "200,000 sacks of brown sugar.");
        assertEquals(List.of("sacks of brown sugar"), sugar.declaredCargo().stream().map(c -> c.text().strip()).toList());
        Event libyan = onlySeizure("The Lebanese army confiscated three containers of rifles from the Lutfallah II, some in "
                + "crates marked as Libyan.");
        assertTrue(libyan.declaredCargo().isEmpty(), libyan.declaredCargo().toString());
    }

    @Test
    void whatScansRevealedIsTheInventoryAndAUnitNamedForGoodsIsNone() {
        Event rifles = onlySeizure("Sixty rifles packed inside a consignment of pool heaters were seized on Thursday at "
                + "Galeao airport in Brazil, police said. X-ray scans of the heaters revealed 45 AK-47s, 14 AR-15s and a "
                + "single G3 battle rifle, officers from the state's firearms and explosives unit told a news conference.");
        List<String> cargo = rifles.cargo().stream().map(c -> c.text().strip()).toList();
        assertTrue(cargo.contains("45 AK-47s") && cargo.contains("14 AR-15s"), cargo.toString());
        assertTrue(cargo.stream().noneMatch(c -> c.contains("firearms") || c.contains("explosives")), cargo.toString());
    }

    @Test
    void aRegisteredPlaneOfAMakerIsAnAircraftAndTheMakerSeizesNothing() {
        Event jet = onlySeizure("HARARE, March 12 - Zimbabwe says the American-registered Boeing 727 its security forces "
                + "impounded at Harare International Airport on Sunday night had come to collect a cargo of weapons.");
        assertEquals("Boeing 727", jet.aircraft().type());
        assertNull(jet.vessel());
        assertEquals("ZWE", jet.authority().country());
    }

    @Test
    void aShipHandedToOtherAgentsIsTheSameSeizure() {
        List<Event> found = events("Spanish warships intercepted the unflagged vessel, the So San, on Monday about 600 miles "
                + "off the Yemeni coast. Spanish marines found 15 Scud missiles stowed beneath bags of cement. US forces "
                + "then took custody of the ship.", LocalDate.of(2002, 12, 11));
        assertEquals(1, found.size(), found.toString());
        assertEquals("ESP", found.get(0).authority().country());
    }

    @Test
    void aRegionACapitalOrAListKeepsItsPlacesCountries() {
        List<org.interdict.model.Entity> entities = SharedExtractor.get().extract(new Document("t", "Envoys met in Berlin. "
                + "Ships called at North Carolina, Georgia and Texas, and at France, Naples, Portugal and Rome, Greece.",
                LocalDate.of(2020, 1, 1), null)).entities();
        java.util.Map<String, String> countries = new java.util.HashMap<>();
        entities.stream().filter(e -> e.type() == org.interdict.gazetteers.EntityType.LOCATION)
                .forEach(e -> countries.put(e.text(), e.attribute("country")));
        assertEquals("USA", countries.get("North Carolina"));
        assertEquals("ITA", countries.get("Naples"));
        assertEquals("ITA", countries.get("Rome"));
    }

    @Test
    void aCivilMakerOrAMakerAloneNamesThePlaneAndWhereItLandedIsThePlace() {
        Event cessna = onlySeizure("Police found 200 pistols aboard a Cessna 208 Caravan that landed in Honduras.");
        assertEquals("Cessna 208", cessna.aircraft().type());
        assertEquals("HND", cessna.location().country());
        Event antonov = onlySeizure("The cargo plane, an Antonov, was searched at Goma and officials seized 12 tons of "
                + "ammunition.");
        assertEquals("Antonov", antonov.aircraft().type());
        Event forced = onlySeizure("An Antonov-12 operated by a Kazakh carrier was forced to land in Turkey; inspectors "
                + "found 40 tonnes of arms.");
        assertEquals("TUR", forced.location().country());
        Event written = onlySeizure("Police seized an IL-76TD at Bangkok carrying 35 tons of rockets.");
        assertTrue(written.cargo().stream().noneMatch(c -> c.text().contains("IL-76")), written.cargo().toString());
    }

    @Test
    void aMeasureTheReportSaysWasNotBreachedIsNoInstrument() {
        Event rifles = onlySeizure("The navy seized rifles bound for Somalia. The shipment did not breach resolution 733, "
                + "officials said.");
        assertTrue(rifles.instruments().isEmpty(), rifles.instruments().toString());
    }

    @Test
    void resolutionNumbersAfterACommaOrAColonAndPastAClauseAreRead() {
        Event francop = onlySeizure("Israeli commandos seized 500 tons of rockets from the Francop on Wednesday, a breach "
                + "of two resolutions: 1747, which bars Iran from exporting arms, and 1701.");
        assertEquals(List.of("UNSCR-1747", "UNSCR-1701"), francop.instruments().stream().map(i -> i.id()).toList());
        Event missiles = onlySeizure("The navy seized missiles bound for the Houthis on Monday. Supplying them is "
                + "prohibited under a Security Council resolution, 2216, officials said.");
        assertEquals(List.of("UNSCR-2216"), missiles.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aSeizureOfANamedShipToldAsSupposedThenAsFactIsOne() {
        List<Event> found = events("Israel has asked the Security Council to treat the weapons found on the Francop as a "
                + "breach of resolution 1747. Naval commandos boarded the Francop on Wednesday and found 500 tons of "
                + "rockets.", LocalDate.of(2009, 11, 5));
        assertEquals(1, found.size(), found.toString());
        assertEquals(org.interdict.model.Modality.ASSERTED, found.get(0).modality());
        assertEquals("UNSCR-1747", found.get(0).instruments().get(0).id());
    }

    @Test
    void theLegAfterThePortOfDischargeNamesWhoWasToReceiveTheGoods() {
        Event francop = onlySeizure("Israeli commandos seized 500 tons of rockets from the Francop. The ship was bound for "
                + "Latakia. From there the rockets were to reach Hezbollah.");
        assertEquals(List.of("SYR", "Hezbollah"), francop.destination().stream()
                .map(p -> p.country() != null ? p.country() : p.group()).toList());
        Event tubes = onlySeizure("German investigators had the container taken off the ship and seized at Port Said in "
                + "Egypt, from where it was returned to Germany. It held 214 aluminium tubes for centrifuges.");
        assertTrue(tubes.destination().stream().noneMatch(p -> "DEU".equals(p.country())), tubes.destination().toString());
    }

    @Test
    void anAgencyThatHeldVehiclesSeizedThemAndAPlanToHandTheGoodsOnNamesTheRecipient() {
        Event lorry = onlySeizure("Customs officers held a lorry carrying drone components towards Russia on Friday.");
        assertEquals("RUS", lorry.destination().get(0).country());
        Event boat = onlySeizure("Troops seized the boat and 30 rifles on Monday. The crew said the weapons were to be "
                + "handed to a sub-leader of the Abu Sayyaf Group in Sulu.");
        assertEquals("Abu Sayyaf", boat.destination().get(0).group());
        Event convoy = onlySeizure("Soldiers seized 40 rifles from a convoy near Dirkou. The eight suspects would be handed "
                + "to the anti-terrorism court in Niamey.");
        assertTrue(convoy.destination().isEmpty(), convoy.destination().toString());
        Event tubes = onlySeizure("Customs in Varna confiscated 200 mortar tubes on Tuesday. Had inspectors not checked "
                + "the consignment, the tubes would have reached Syria, prosecutors said.");
        assertEquals("SYR", tubes.destination().get(0).country());
    }

    @Test
    void vehiclesCountedOverThePastMonthSummariseTheFindsToldAfter() {
        List<Event> found = events("ALMATY, April 12 - Customs officers had held two lorries carrying drone components "
                + "towards Russia over the past month. The first, stopped on March 15 at the Zhaisan checkpoint, carried "
                + "1,400 flight controllers. The second, halted on April 2, held 250 brushless motors.",
                LocalDate.of(2024, 4, 12));
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void theCouncilsAndTheUnionsEmbargoesNamedTogetherAreBothInstruments() {
        Event andromeda = onlySeizure("Greek coast guard officers seized a freighter carrying explosives to Libya in breach "
                + "of the UN and EU arms embargoes on Libya.");
        assertEquals(List.of("UNSCR-1970", "EU-ARMS-EMBARGO-LBY"),
                andromeda.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aGroupsEmbargoNamedAnywhereInTheReportCoversEachSeizureBoundForIt() {
        List<Event> found = events("The cruiser USS Normandy seized 150 anti-tank missiles from a dhow on Feb. 9; investigators "
                + "concluded they were on their way to the Houthis. In November the destroyer USS Forrest Sherman seized "
                + "missile components destined for the Houthis from another dhow. Supplying weapons to the Houthis "
                + "violates UN Security Council Resolution 2216, the statement said.", LocalDate.of(2020, 2, 13));
        assertEquals(2, found.size(), found.toString());
        found.forEach(e -> assertEquals(List.of("UNSCR-2216"), e.instruments().stream().map(i -> i.id()).toList()));
    }

    @Test
    void aTallyAfterAColonIsTheInventoryAndHalfAMillionIsHalf() {
        List<Event> found = events("ASHDOD, Nov 5 - Israeli naval commandos boarded the Francop on Wednesday. Israel says "
                + "the vessel was carrying 500 tonnes of arms meant for Hezbollah. The military's tally: about 3,000 "
                + "Katyusha rockets, roughly 9,000 mortar bombs and around half a million rounds of ammunition.",
                LocalDate.of(2009, 11, 5));
        assertEquals(1, found.size(), found.toString());
        List<Number> counts = found.get(0).cargo().stream().map(c -> c.quantity()).toList();
        assertTrue(counts.contains(3000L) && counts.contains(500000L), found.get(0).cargo().toString());
    }

    @Test
    void theWeaponACopyImitatesAndTheJetsThatInterceptedAreNoGoods() {
        Event dhow = onlySeizure("Marines seized 150 Dehlavieh anti-tank missiles, Iranian-made copies of the Russian Kornet, "
                + "from a dhow.");
        assertTrue(dhow.cargo().stream().noneMatch(c -> c.text().contains("Kornet")), dhow.cargo().toString());
        Event jet = onlySeizure("The Airbus A320 was intercepted by F-16s and forced to land; officials seized crates of "
                + "ammunition.");
        assertTrue(jet.cargo().stream().noneMatch(c -> c.text().contains("F-16")), jet.cargo().toString());
    }

    @Test
    void theModelsOfCountedGoodsAndTheBareWordForCountedRoundsAreNoGoodsOfTheirOwn() {
        Event rifles = onlySeizure("Customs officers seized 18 assault rifles, among them AK-47, Galil and M4 models, a "
                + "shotgun and four pistols at the port.");
        assertTrue(rifles.cargo().stream().noneMatch(c -> c.text().contains("Galil")), rifles.cargo().toString());
        Event raid = onlySeizure("Police seized rifles, grenades and ammunition in the raid. The haul included 20,000 "
                + "rounds of 7.62mm ammunition and 12 rifles.");
        assertTrue(raid.cargo().stream().noneMatch(c -> c.text().strip().equals("ammunition")), raid.cargo().toString());
    }

    @Test
    void theAircraftThatBackedTheBoardersAreNoGoods() {
        Event dhow = onlySeizure("Sailors from the USS Lewis B. Puller, supported by helicopters and unmanned aerial "
                + "vehicles, seized missile components from a dhow.");
        assertTrue(dhow.cargo().stream().noneMatch(c -> c.text().contains("helicopter")), dhow.cargo().toString());
    }

    @Test
    void aNamedExplosiveAndItsClassWordAreOneItem() {
        Event raid = onlySeizure("Police seized C-4 explosives and 10 detonators in the raid.");
        assertEquals(2, raid.cargo().size(), raid.cargo().toString());
        assertTrue(raid.cargo().stream().anyMatch(c -> c.text().strip().equals("C-4 explosives")), raid.cargo().toString());
    }

    @Test
    void theLastLegAfterAWayStationNamesTheGroupNotItsCountry() {
        Event ship = onlySeizure("The Israel Navy intercepted the cargo ship Francop and found Katyusha rockets. The declared "
                + "port of discharge was Latakia in Syria, but Latakia was only a way station: from there the munitions were "
                + "to be moved overland for onward delivery to Hezbollah in Lebanon.");
        assertEquals(List.of("Hezbollah"), ship.destination().stream().map(p -> p.group()).toList());
    }

    @Test
    void goodsCarriedForACountryAndAShipDueToLeaveForAnotherGoThere() {
        Event freighter = onlySeizure("Colombian police detained a freighter at Cartagena that China said was carrying "
                + "ordinary military goods for Cuba, and seized 3,000 artillery shells.");
        assertEquals(List.of("CUB"), freighter.destination().stream().map(p -> p.country()).toList());
        Event containers = onlySeizure("Agents seized 13 containers of rockets at Apapa port that had been due to leave "
                + "Lagos again for the Gambia.");
        assertEquals(List.of("GMB"), containers.destination().stream().map(p -> p.country()).toList());
    }

    @Test
    void aMonthInASinceClauseAndTheYearOfAMeasureDateNoSeizure() {
        Event boat = onlySeizure("The coalition said on Wednesday it had seized an Iranian fishing boat loaded with anti-tank "
                + "weapons, the first such seizure it has announced since its campaign began in March.");
        assertTrue(boat.date() == null || !boat.date().value().endsWith("-03"), String.valueOf(boat.date()));
        Event rockets = onlySeizure("Experts said the rockets seized from the Klos C were shipped in breach of the Council's "
                + "2007 prohibition on arms exports by Tehran.");
        assertTrue(rockets.date() == null || !rockets.date().value().equals("2007"), String.valueOf(rockets.date()));
        assertEquals(List.of("UNSCR-1747"), rockets.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void sanctionsNamedByTheMonthAndYearOfTheirAdoptionAreResolved() {
        Event cylinders = onlySeizure("South Korean inspectors seized 445 graphite cylinders bound for Syria from a freighter "
                + "in Busan, a fresh breach of the sanctions adopted in October 2006 after Pyongyang's first nuclear test.");
        assertEquals(List.of("UNSCR-1718"), cylinders.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void thePortAShipWasTakenToIsWhereTheFindThereHappened() {
        Event ship = onlySeizure("The coast guard stopped the freighter Andromeda off Crete. It was then taken to Heraklion, "
                + "where its 29 containers were emptied and found to hold detonators.");
        assertEquals("GRC", ship.location().country());
        assertTrue(ship.destination().stream().noneMatch(p -> "GRC".equals(p.country())), ship.destination().toString());
        assertTrue(ship.origin().stream().noneMatch(p -> "GRC".equals(p.country())), ship.origin().toString());
    }

    @Test
    void aPlaneNamedInTheSentenceAfterTheSeizureCarriedTheGoods() {
        Event flight = onlySeizure("Venezuelan authorities say they have seized 19 rifles that reached Valencia's airport on "
                + "a cargo flight from Miami. National Guard personnel found the items on Tuesday while checking freight "
                + "unloaded from a Boeing 767.");
        assertEquals("Boeing 767", flight.aircraft().type());
        Event airliner = onlySeizure("Turkish F-16s intercepted Syrian Air flight RB442, an Airbus A320, and escorted it to "
                + "Ankara. Officials seized military communications equipment from the plane.");
        assertEquals("Airbus A320", airliner.aircraft().type());
    }

    @Test
    void aFacilityWhereSeizedGoodsWereStoredIsNoDestination() {
        Event boat = onlySeizure("French forces seized 3,000 rifles bound for the Houthis from a fishing vessel, and the "
                + "weapons were later transferred to a US facility in Bahrain for storage.");
        assertEquals(List.of("Houthis"), boat.destination().stream().map(p -> p.group()).toList());
    }

    @Test
    void aTotalThatItsBreakdownAddsUpToIsNoItemOfItsOwn() {
        Event rifles = onlySeizure("Police seized 60 assault rifles that had arrived on a cargo flight. The haul comprised "
                + "45 AK-47s, 14 AR-15s and a single G3, officials said.");
        assertTrue(rifles.cargo().stream().noneMatch(c -> c.text().contains("60")), rifles.cargo().toString());
        Event scuds = onlySeizure("Spanish marines seized 15 Scud missiles, 15 conventional warheads and rocket fuel from "
                + "the So San.");
        assertTrue(scuds.cargo().stream().anyMatch(c -> c.text().contains("Scud")), scuds.cargo().toString());
    }

    @Test
    void aSeizureAnnouncedByAnotherAgencyIsTheSameSeizure() {
        List<Event> found = events("French naval forces seized 3,000 assault rifles from a boat in the Gulf of Oman on "
                + "January 15. Central Command, which announced the seizure on Wednesday, said the weapons came from Iran.",
                LocalDate.of(2023, 2, 2)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("FRA", found.get(0).authority().country());
    }

    @Test
    void aResolutionThatLapsedIsNoInstrument() {
        Event boat = onlySeizure("US sailors seized 2,100 rifles bound for the Houthis from a fishing boat. Tehran's arms "
                + "trade has drawn scrutiny since October 2020, when the arms restrictions in resolution 2231 lapsed.");
        assertTrue(boat.instruments().stream().noneMatch(i -> "UNSCR-2231".equals(i.id())), boat.instruments().toString());
    }

    @Test
    void goodsTakenFromABoatWereSeized() {
        Event boat = onlySeizure("On January 6, U.S. forces had taken more than 2,100 AK-47 rifles from a fishing vessel "
                + "sailing from Iran.");
        assertTrue(boat.cargo().stream().anyMatch(c -> c.text().contains("AK-47")), boat.cargo().toString());
    }

    @Test
    void whereTheGoodsWereGoingOutranksTheShipsPortOfCall() {
        Event ship = onlySeizure("The Lebanese navy seized three containers of weapons from the Lutfallah II. The vessel "
                + "had been cleared to dock in the Lebanese port of Tripoli. According to one official, the arms were "
                + "intended for the Free Syrian Army.");
        assertEquals(List.of("Free Syrian Army"), ship.destination().stream().map(p -> p.group() != null ? p.group()
                : p.country()).toList());
    }

    @Test
    void goodsNamedOnlyInGeneralTakeTheKindsTheNextSentenceCounts() {
        Event plane = onlySeizure("Croatian authorities have impounded a consignment of weapons flown into Zagreb aboard an "
                + "Iranian Boeing 747. The jumbo jet unloaded an estimated 4,000 machine guns and a million rounds of "
                + "ammunition at the airport.");
        assertTrue(plane.cargo().stream().anyMatch(c -> c.text().contains("machine guns")), plane.cargo().toString());
        assertTrue(plane.cargo().stream().noneMatch(c -> c.text().strip().equals("weapons")), plane.cargo().toString());
    }

    @Test
    void aUnCommitteeThatJudgesASeizureDidNotMakeIt() {
        List<Event> found = events("The Security Council's Iran sanctions committee has told Cyprus that the munitions found "
                + "aboard the cargo ship Monchegorsk were shipped in violation of a 2007 resolution. Cypriot authorities "
                + "inspected the vessel off Limassol in late January and impounded its cargo of artillery shell casings.",
                LocalDate.of(2009, 3, 11)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("CYP", found.get(0).authority().country());
    }

    @Test
    void aCoverEndsAtItsVerbAndAMeasureCoversNoGoods() {
        Event dhow = onlySeizure("The warship HMAS Darwin seized weapons from a stateless dhow off Oman. Hidden under fishing "
                + "nets were 1,989 AK-47 assault rifles and 49 PKM machine guns. Somalia is itself covered by the embargo.");
        assertEquals(List.of("fishing nets"), dhow.declaredCargo().stream().map(c -> c.text().strip()).toList());
        assertTrue(dhow.cargo().stream().anyMatch(c -> c.text().contains("AK-47")), dhow.cargo().toString());
    }

    @Test
    void theYearOfAResolutionWrittenWithOfDatesNoSeizure() {
        List<Event> found = events("The warship seized 1,989 rifles from a stateless dhow off Oman late last month. The navy "
                + "said the arms were taken under resolution 2182 of 2014, which authorised such inspections.",
                LocalDate.of(2016, 3, 7)).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(1, found.size(), found.toString());
    }

    @Test
    void unSanctionsAgainstIraqAreResolution661() {
        Event seizure = onlySeizure("Jordanian customs seized 40 artillery fuses bound for Baghdad in March 1998 in "
                + "breach of UN sanctions against Iraq.");
        assertEquals(List.of("UNSCR-661"), seizure.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void theEmbargoOnArmedGroupsInACountryIsThatCountrysEmbargo() {
        Event seizure = onlySeizure("Ugandan police seized 300 rifles at Kasese in May 2012, in violation of the arms "
                + "embargo on armed groups in the Democratic Republic of the Congo.");
        assertEquals(List.of("UNSCR-1493"), seizure.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aPlaneToldAsTheCarrierInTheNextSentenceIsTheAircraft() {
        Event seizure = onlySeizure("Rebel fighters impounded a planeload of ammunition at Beni on Thursday. The "
                + "aircraft, which belongs to a private company in Butembo, had left Aru on July 20.");
        assertEquals("aircraft", seizure.aircraft().text());
    }

    @Test
    void theSeizingSidesPlaneIsNoCarrier() {
        Event seizure = onlySeizure("Navy commandos seized 3,000 rifles from a fishing boat on Sunday. A patrol "
                + "aircraft had spotted the cargo on deck.");
        assertEquals(null, seizure.aircraft());
    }

    @Test
    void aCarriersNationalityGivesWayToTheStatedRecipient() {
        Event seizure = onlySeizure("Turkish police confiscated ammunition from a Syrian airliner that had been sent "
                + "by a Russian state supplier to the Syrian Defence Ministry.");
        assertEquals(List.of("RUS"), seizure.origin().stream().map(Party::country).toList());
        assertEquals(List.of("SYR"), seizure.destination().stream().map(Party::country).toList());
    }

    @Test
    void aSeizureGivenItsRouteByTheReportTakesTheResolutionOnThatCountry() throws java.io.IOException {
        // cg7-001: the Il-76 held at Don Mueang, "Resolution 1874 … bans nearly all North Korean arms exports"
        com.fasterxml.jackson.databind.JsonNode report = ChallengeReports.read("/org/interdict/event/challenge-cargo7.jsonl")
                .stream().filter(r -> r.path("id").asText().equals("cg7-001")).findFirst().orElseThrow();
        List<Event> seizures = ChallengeReports.events(report).stream().filter(e -> e.type() == EventType.SEIZURE).toList();
        assertTrue(seizures.stream().anyMatch(e -> e.instruments().stream().anyMatch(i -> "UNSCR-1874".equals(i.id()))),
                seizures.toString());
    }

    @Test
    void whatTheLoadHeldToldLaterGivesTheGoods() {
        Event seizure = onlySeizure("Turkey refuses to return the cargo it removed last Wednesday from a Syrian airliner. "
                + "The jet was met over the border and escorted to Ankara. Officials gave no further details that day. "
                + "The prime minister said the boxes held munitions for the Syrian army.");
        assertTrue(seizure.cargo().stream().anyMatch(c -> c.text().contains("munitions")), seizure.cargo().toString());
    }

    @Test
    void aSecondTellingOfAShipSeizureKeepsTheContentsItsOwn() {
        List<Event> found = events("Army engineers finished emptying the holds of a captured freighter on Monday. Naval "
                + "commandos stopped the Klos C last Wednesday in the Red Sea. The containers held 40 M-302 rockets and "
                + "181 mortar shells, officials said.", LocalDate.of(2014, 3, 10)).stream()
                .filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(1, found.size(), found.toString());
    }

    @Test
    void jetsStandingByAreTheSeizingSidesNotTheGoods() {
        Event seizure = onlySeizure("The Il-76 was ordered down at Diyarbakir while flying from Tehran to Aleppo, with "
                + "Turkish fighter jets standing by, and inspectors seized rifles and mortar rounds from its hold.");
        assertTrue(seizure.cargo().stream().noneMatch(c -> c.text().contains("jets")), seizure.cargo().toString());
        assertEquals("TUR", seizure.authority().country());
        assertEquals(List.of("SYR"), seizure.destination().stream().map(Party::country).toList());
    }

    @Test
    void aDateCountedOnFromTheSeizureIsNotItsDate() {
        List<Event> found = events("On 9 December 2002 Spanish warships stopped an unflagged freighter, the So San, in the "
                + "Arabian Sea. Beneath sacks of cement boarders found 15 Scud missiles. The recipient turned out to be the "
                + "government of Yemen, and two days later the ship was released.", LocalDate.of(2012, 12, 9)).stream()
                .filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("2002-12-09", found.get(0).date().value());
        assertEquals(List.of("YEM"), found.get(0).destination().stream().map(Party::country).toList());
    }

    @Test
    void anInitiativeLaunchedAfterwardsWasNotBreached() {
        Event seizure = onlySeizure("Spanish marines found 15 Scud missiles aboard the So San in December 2002. The "
                + "episode pushed Washington to launch the Proliferation Security Initiative the following year.");
        assertTrue(seizure.instruments().isEmpty(), seizure.instruments().toString());
    }

    @Test
    void theSupplyOfSeizedGoodsSaidToBreachAResolutionIsTheirSeizuresBreach() {
        List<Event> seizures = events("On 11 January 2024 US forces boarded a dhow in the Arabian Sea and seized Iranian "
                + "missile components. On 28 January the US Coast Guard seized 200 packages of missile parts from a small "
                + "vessel in the same waters. The Panel considers that their supply violated the targeted arms embargo in "
                + "paragraph 14 of resolution 2216 (2015).", LocalDate.of(2024, 10, 11)).stream()
                .filter(e -> e.type() == EventType.SEIZURE).toList();
        assertEquals(2, seizures.size(), seizures.toString());
        assertTrue(seizures.stream().allMatch(e -> e.instruments().stream().anyMatch(i -> "UNSCR-2216".equals(i.id()))),
                seizures.toString());
    }
}
