package org.interdict.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.interdict.Document;
import org.interdict.SharedExtractor;
import org.interdict.model.Event;
import org.interdict.model.EventType;
import org.interdict.model.Modality;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;

/** Transfer statements phrased in different ways, each on a short report written for the test. */
class EventTransferTest {

    private static Event onlyTransfer(String text) {
        List<Event> transfers = transfers(text, LocalDate.of(2021, 6, 10));
        assertEquals(1, transfers.size(), transfers.toString());
        return transfers.get(0);
    }

    private static List<String> countries(List<Party> parties) {
        return parties.stream().map(Party::country).toList();
    }

    private static List<Event> transfers(String text) {
        return transfers(text, LocalDate.of(2022, 12, 20));
    }

    private static List<Event> transfers(String text, LocalDate published) {
        return SharedExtractor.get().extract(new Document("t", text, published, null))
                .events().stream().filter(e -> e.type() == EventType.TRANSFER).toList();
    }

    @Test
    void aFurtherShipmentThatFollowedIsASecondTransferBetweenTheSameParties() {
        List<Event> found = transfers("In September 2022, Iran delivered a first batch of 46 Shahed-136 drones to "
                + "Russia by air. A second shipment of some 200 drones followed in November, the agency said.");
        assertEquals(2, found.size(), found.toString());
        assertEquals(List.of("IRN"), countries(found.get(1).origin()));
        assertEquals(List.of("RUS"), countries(found.get(1).destination()));
        assertEquals("2022-11", found.get(1).date().value());
        assertEquals(200L, found.get(1).cargo().get(0).quantity());
    }

    @Test
    void aSecondShipmentWithNoTransferBeforeItIsNoTransfer() {
        assertEquals(List.of(), transfers("Officials expect that a second shipment of 200 drones followed in November."));
    }

    @Test
    void aDeliveryByASupplierOfGoodsToAPlaceInACountry() {
        Event transfer = onlyTransfer("The Panel documented the delivery by a DPRK trading company of 400 components "
                + "for rocket launchers to an army base in Eritrea in March 2016.");
        assertEquals(List.of("PRK"), countries(transfer.origin()));
        assertEquals(List.of("ERI"), countries(transfer.destination()));
    }

    @Test
    void aNamedTownFollowedByItsCountryIsInThatCountry() {
        Event transfer = onlyTransfer("In March 2017 the defendant shipped 30 rifles from Miami to a buyer in "
                + "Valencia, Venezuela.");
        assertEquals(List.of("VEN"), countries(transfer.destination()));
    }

    @Test
    void theNamedPlaceOfAHandoverIsTheTransfersLocation() {
        Event transfer = onlyTransfer("Germany delivered two corvettes to Algeria at a ceremony in the port of Kiel "
                + "on Friday.");
        assertEquals("DEU", transfer.location().country());
    }

    @Test
    void aCountryAloneIsNotTheTransfersLocation() {
        Event transfer = onlyTransfer("Russia delivered 20 tanks to the army in Mali in October.");
        assertEquals(null, transfer.location());
    }

    @Test
    void aSaleToldInARelativeClauseIsATransfer() {
        Event transfer = onlyTransfer("Kenyan police seized 200,000 rounds of ammunition on Friday. Serial numbers "
                + "show the rounds were part of a batch that Sudan sold to the South Sudanese army in 2013.");
        assertEquals(List.of("SDN"), countries(transfer.origin()));
        assertEquals(List.of("SSD"), countries(transfer.destination()));
    }

    @Test
    void aTransferAndASeizureInOneSentenceAreTwoEventsEachWithItsGoods() {
        List<Event> events = SharedExtractor.get().extract(new Document("t", "Iran delivered 50 Toophan anti-tank "
                + "missiles to the Houthis in May, and on Sunday Yemeni coast guards seized a further 30 of the missiles "
                + "from a skiff near Mukalla.", LocalDate.of(2021, 6, 10), null)).events();
        assertEquals(List.of(EventType.TRANSFER, EventType.SEIZURE), events.stream().map(Event::type).toList());
        assertEquals("2021-05", events.get(0).date().value());
        assertEquals(50L, events.get(0).cargo().get(0).quantity());
        assertEquals(List.of("30 of the missiles"), events.get(1).cargo().stream().map(c -> c.text()).toList());
    }

    @Test
    void aCargoShipIsNoVerbOfShipping() {
        assertEquals(List.of(), transfers("A US destroyer asked to inspect a cargo ship suspected of carrying "
                + "missile parts to Myanmar, but the master refused.").stream()
                .filter(e -> e.modality() == org.interdict.model.Modality.ASSERTED).toList());
    }

    @Test
    void theMakerOfTheGoodsIsTheSupplier() {
        Event transfer = onlyTransfer("The submarine Rahav, built by ThyssenKrupp Marine Systems in Kiel, sailed into "
                + "Haifa on Tuesday to join the Israeli navy.");
        assertEquals(List.of("DEU"), countries(transfer.origin()));
        assertEquals(List.of("ISR"), countries(transfer.destination()));
    }

    @Test
    void theOtherPartyToTheContractIsTheSupplierOfAnArrival() {
        Event transfer = onlyTransfer("The first S-400 batteries arrived at Murted air base near Ankara in July 2019 "
                + "under a contract Ankara signed with Moscow in 2017.");
        assertEquals(List.of("RUS"), countries(transfer.origin()));
        assertEquals(List.of("TUR"), countries(transfer.destination()));
    }

    @Test
    void theTransportPlaneOfADeliveryIsItsAircraftNotItsCargo() {
        Event transfer = onlyTransfer("A Russian Antonov An-124 cargo plane landed at Murted air base near Ankara, "
                + "delivering S-400 missile components to Turkey, the ministry said.");
        assertEquals("Antonov An-124", transfer.aircraft().type());
        assertEquals(List.of(), transfer.cargo().stream().filter(c -> c.text().contains("An-124")).toList());
    }

    @Test
    void aPassivePurchaseNamesBuyerAndSeller() {
        Event transfer = onlyTransfer("The first twelve Su-35 jets bought by Indonesia from Russia landed in Jakarta.");
        assertEquals(List.of("RUS"), countries(transfer.origin()));
        assertEquals(List.of("IDN"), countries(transfer.destination()));
    }

    @Test
    void aSanctionsLawOnTheSuppliersCountryNamedInTheReportIsTheInstrument() {
        Event transfer = onlyTransfer("India bought five S-400 batteries from Russia in 2018. "
                + "Washington weighed penalties under CAATSA, a 2017 law.");
        assertEquals(List.of("CAATSA"), transfer.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aTransferWithNoSanctionedPartyTakesNoSanctionsLaw() {
        Event transfer = onlyTransfer("India bought five Rafale jets from France in 2016. "
                + "Separately, Washington weighed penalties under CAATSA on other buyers.");
        assertEquals(List.of(), transfer.instruments());
    }

    @Test
    void aRecipientWhoseNameTakesInTheArticleIsFound() {
        Event transfer = onlyTransfer("Brazil delivered six A-29 Super Tucano aircraft to the Philippines last month.");
        assertEquals(List.of("PHL"), countries(transfer.destination()));
        assertEquals(List.of("BRA"), countries(transfer.origin()));
    }

    @Test
    void aRecipientBeforeACountOfGoodsIsADoubleObject() {
        Event transfer = onlyTransfer("Germany has sent Ukraine more than 3,000 Panzerfaust anti-tank weapons since March.");
        assertEquals(List.of("UKR"), countries(transfer.destination()));
        assertEquals(List.of("DEU"), countries(transfer.origin()));
    }

    @Test
    void theSupplierOfAPassiveSaleFollowsBy() {
        Event transfer = onlyTransfer("Two frigates sold by Italy to Egypt in 2020 were refitted last year.");
        assertEquals(List.of("ITA"), countries(transfer.origin()));
        assertEquals(List.of("EGY"), countries(transfer.destination()));
    }

    @Test
    void aDeliveryTakenFromASupplierNamesIt() {
        Event transfer = onlyTransfer("Greece took delivery of its first six Rafale jets from France on Tuesday.");
        assertEquals(List.of("FRA"), countries(transfer.origin()));
        assertEquals(List.of("GRC"), countries(transfer.destination()));
    }

    @Test
    void goodsOrderedFromASupplierForAnArmyMayComeBeforeTheVerb() {
        Event transfer = onlyTransfer("The freighter Ocean Star docked to deliver equipment that the ministry had "
                + "ordered from Serbia for the Kenyan army.");
        assertEquals(List.of("SRB"), countries(transfer.origin()));
        assertEquals(List.of("KEN"), countries(transfer.destination()));
        assertEquals("equipment", transfer.cargo().get(0).text());
    }

    @Test
    void aPurchaseOfForeignWeaponsNamesTheSellerByItsAdjective() {
        Event transfer = onlyTransfer("Washington sanctioned Turkey for buying Russian S-400 missiles.");
        assertEquals(List.of("RUS"), countries(transfer.origin()));
        assertEquals(List.of("TUR"), countries(transfer.destination()));
    }

    @Test
    void aRecipientMayBeNamedThroughPeopleInACountry() {
        Event transfer = onlyTransfer("The gang used the post to send 400 rifle magazines from Russia to buyers in "
                + "the United States.");
        assertEquals(List.of("USA"), countries(transfer.destination()));
    }

    @Test
    void aFindingIsNotAFind() {
        List<Event> events = SharedExtractor.get().extract(new Document("t", "The panel found that the Ocean Star "
                + "had carried rifles.", LocalDate.of(2021, 6, 10), null)).events();
        assertEquals(0, events.stream().filter(e -> e.type() == EventType.SEIZURE).count(), events.toString());
    }

    @Test
    void aShipCarryingArmsForAStateIsATransferUnlessItIsSeized() {
        Event transfer = onlyTransfer("A Chinese freighter carrying weapons for Zimbabwe left Durban on Friday "
                + "without unloading.");
        assertEquals(List.of("CHN"), countries(transfer.origin()));
        assertEquals(List.of("ZWE"), countries(transfer.destination()));
        List<Event> events = SharedExtractor.get().extract(new Document("t", "Kenyan marines seized a dhow carrying "
                + "300 AK-47 rifles for Somalia.", LocalDate.of(2021, 6, 10), null)).events();
        assertEquals(List.of(EventType.SEIZURE), events.stream().map(Event::type).toList());
    }

    @Test
    void speculationAboutACargoIsNoAssertedTransfer() {
        List<Event> events = SharedExtractor.get().extract(new Document("t", "Amid speculation that it was carrying "
                + "weapons to Myanmar, the freighter turned around.", LocalDate.of(2021, 6, 10), null)).events();
        assertEquals(List.of(org.interdict.model.Modality.HYPOTHETICAL), events.stream().map(Event::modality).toList());
    }

    @Test
    void aTransferKeepsWhoSaidIt() {
        Event transfer = onlyTransfer("According to the defence ministry, Serbia delivered 40 howitzers to Kenya in May.");
        assertEquals("According to the defence ministry", transfer.attribution().text());
    }

    @Test
    void theRecipientBeforeTheVerbIsNotAlsoTheSupplier() {
        Event transfer = onlyTransfer("Kenya's navy has formally taken delivery of its first Type 209 submarine.");
        assertEquals(List.of("KEN"), countries(transfer.destination()));
        assertEquals(List.of(), transfer.origin());
    }

    @Test
    void anArrivalIsADeliveryOnlyInAReportThatTellsNoSeizure() {
        Event transfer = onlyTransfer("The first four Russian Su-35 fighters landed at Jakarta on Tuesday.");
        assertEquals(List.of("RUS"), countries(transfer.origin()));
        assertEquals(List.of("IDN"), countries(transfer.destination()));
        List<Event> events = SharedExtractor.get().extract(new Document("t", "Kenyan marines seized 300 AK-47 rifles "
                + "from a dhow off Lamu on Monday. The dhow later docked at Mombasa with the rifles.",
                LocalDate.of(2021, 6, 10), null)).events();
        assertEquals(List.of(EventType.SEIZURE), events.stream().map(Event::type).toList());
    }

    @Test
    void aNominalReceiptOrAReportedPurchaseIsATransfer() {
        Event receipt = onlyTransfer("The sanctions cited Indonesia's receipt of 10 Su-35 fighter jets in 2019.");
        assertEquals(List.of("IDN"), countries(receipt.destination()));
        Event reported = onlyTransfer("Kenya has always maintained that it bought the 33 T-72 tanks from Ukraine.");
        assertEquals(List.of("UKR"), countries(reported.origin()));
        assertEquals(List.of("KEN"), countries(reported.destination()));
    }

    @Test
    void deliveriesByAirAreTransfers() {
        Event flown = onlyTransfer("In April, Uganda flew two attack helicopters to Juba for the national army.");
        assertEquals(List.of("UGA"), countries(flown.origin()));
        assertEquals(List.of("SSD"), countries(flown.destination()));
        Event brought = onlyTransfer("Later that year, cargo flights from the United Arab Emirates brought Pantsir "
                + "air-defence systems to the airbase of Al Khadim in eastern Libya.");
        assertEquals(List.of("ARE"), countries(brought.origin()));
        assertEquals(List.of("LBY"), countries(brought.destination()));
    }

    @Test
    void aRouteLegFlownInThePassiveIsNoTransfer() {
        assertEquals(List.of(), transfers("The rockets were flown from Damascus to Iran and loaded onto a ship."));
    }

    @Test
    void goodsThatReachedOrWereBoughtFromASupplierAreTransfers() {
        Event reached = onlyTransfer("Shipments of Montenegrin mortar rounds reached the Saudi armed forces in March.");
        assertEquals(List.of("MNE"), countries(reached.origin()));
        assertEquals(List.of("SAU"), countries(reached.destination()));
        Event bought = onlyTransfer("The Royal Saudi Air Force flies 72 Typhoon jets bought from Britain.");
        assertEquals(List.of("GBR"), countries(bought.origin()));
        assertEquals(72, bought.cargo().get(0).quantity().intValue());
    }

    @Test
    void thePlaneThatBroughtTheGoodsIsNotTheGoods() {
        Event delivery = onlyTransfer("A Russian Antonov An-124 cargo plane landed at the Murted air base, and the "
                + "equipment was handed over to Turkish officers.");
        assertEquals(List.of("equipment"), delivery.cargo().stream().map(c -> c.text()).toList());
        assertEquals("Antonov An-124", delivery.aircraft().type());
    }

    @Test
    void aListOfGoodsAndADescribedRecipientStillMakeATransfer() {
        Event donation = onlyTransfer("Russia handed over 5,000 Kalashnikov assault rifles, one million rounds of "
                + "ammunition and 20 army trucks to the Philippine military at a pier in Manila on Wednesday.");
        assertEquals(List.of("RUS"), countries(donation.origin()));
        assertEquals(List.of("PHL"), countries(donation.destination()));
        Event militia = onlyTransfer("The US military has begun delivering weapons to the Kurdish YPG militia in "
                + "northern Syria.");
        assertEquals(List.of("USA"), countries(militia.origin()));
        assertEquals("YPG", militia.destination().get(0).group());
    }

    @Test
    void aShipyardHandingOverANavysShipAndAShipUnloadingArmsAtAPortAreDeliveries() {
        Event frigate = onlyTransfer("Naval Group on Tuesday handed over the first of the Hellenic Navy's new FDI "
                + "frigates at its Lorient yard.");
        assertEquals(List.of("FRA"), countries(frigate.origin()));
        assertEquals(List.of("GRC"), countries(frigate.destination()));
        Event unloaded = onlyTransfer("An Egyptian navy ship unloaded anti-aircraft guns and artillery at Mogadishu "
                + "port on Sunday.");
        assertEquals(List.of("EGY"), countries(unloaded.origin()));
        assertEquals(List.of("SOM"), countries(unloaded.destination()));
    }

    @Test
    void aShipUnloadedInAReportOfASeizureDeliveredNothing() {
        assertEquals(List.of(), transfers("Greek coast guards seized the freighter Nour M off Crete on Monday. The "
                + "ship unloaded its cargo of explosives at Piraeus two days later."));
    }

    @Test
    void theStateWhosePlaneFlewTheGoodsInSuppliedThemWhereItLanded() {
        Event delivery = onlyTransfer("The first components of the S-400 air defence system landed at Murted Air Base "
                + "outside Ankara aboard a Russian An-124 on 12 July 2019.");
        assertEquals(List.of("RUS"), countries(delivery.origin()));
        assertEquals("TUR", delivery.location().country());
    }

    @Test
    void aTransferVerbInsideTheGoodsIsItsOwnTrigger() {
        Event delivery = onlyTransfer("According to SIPRI's arms transfers database, China delivered two refurbished "
                + "Type 035G submarines to Bangladesh in 2016.");
        assertEquals(List.of("CHN"), countries(delivery.origin()));
    }

    @Test
    void theYearAResolutionWasAdoptedDatesNoTransfer() {
        Event delivery = onlyTransfer("The Panel identified a transfer in violation of paragraph 9 of resolution 1970 "
                + "(2011): the ship Amazon unloaded at Tripoli about 40 armoured vehicles shipped from Samsun, Turkey.");
        assertEquals(null, delivery.date());
    }

    @Test
    void whereTheGoodsArrivedOrWereHandedOverIsTheLocation() {
        Event arrived = onlyTransfer("Turkish Aerospace has delivered three Anka drones to Kazakhstan's defence ministry. "
                + "The aircraft arrived at an air base near Astana in late August.");
        assertEquals("KAZ", arrived.location().country());
        Event tanks = onlyTransfer("The first four Leopard 2A4 tanks from Poland arrived in Ukraine on Friday.");
        assertEquals("UKR", tanks.location().country());
    }

    @Test
    void aTransferToldSeparatelyIsAnotherEvent() {
        List<Event> found = transfers("South Korea's defence minister said that North Korea had shipped about 6,700 "
                + "containers of artillery shells to Russia. Separately, the United States said that North Korea had "
                + "supplied Russia with ballistic missile launchers and dozens of KN-23 missiles.");
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void aCountrysForcesNamedByItsAdjectiveReceive() {
        Event drones = onlyTransfer("The Sudanese Armed Forces received at least three Bayraktar TB2 drones from "
                + "Turkey in September 2023.");
        assertEquals(List.of("TUR"), countries(drones.origin()));
        assertEquals(List.of("SDN"), countries(drones.destination()));
    }

    @Test
    void theLandingOfPlanesCarryingArmsIsADelivery() {
        Event landing = onlyTransfer("The landing of two Egyptian air force C-130 transport planes at Mogadishu's Aden "
                + "Adde airport on 27 August carrying small arms and ammunition angered Ethiopia.");
        assertEquals(List.of("SOM"), countries(landing.destination()));
        assertEquals(List.of("EGY"), countries(landing.origin()));
    }

    @Test
    void aForceThatInductedAircraftBoughtFromASupplierReceivedThem() {
        Event jets = onlyTransfer("Myanmar's air force has inducted the first two of six Su-30SME fighters bought from "
                + "Russia through Rosoboronexport, state media reported.");
        assertEquals(List.of("RUS"), countries(jets.origin()));
        assertEquals(List.of("MMR"), countries(jets.destination()));
        assertEquals("Su-30SME fighters", jets.cargo().get(0).text());
    }

    @Test
    void aShipsFlagIsNotTheSupplierNorDoesItPlaceTheRecipientsPort() {
        Event transfer = onlyTransfer("The Panel found that the Lebanese-flagged cargo ship Bana delivered armoured "
                + "vehicles from Mersin, Turkey, to the port of Tripoli on 28 January 2020, in violation of the UN arms "
                + "embargo on Libya.");
        assertEquals(List.of("TUR"), countries(transfer.origin()));
        assertEquals(List.of("LBY"), countries(transfer.destination()));
    }

    @Test
    void aDrugHaulInAJoinedClauseIsNoArmsSeizureAndTheTransferKeepsItsOwnDate() {
        List<Event> events = SharedExtractor.get().extract(new Document("t", "The same patrol unit intercepted 400 "
                + "kilograms of cannabis resin in January, and the army has extended its reach with armed drones that "
                + "Turkey delivered to Niamey last year.", LocalDate.of(2022, 3, 10), null)).events();
        assertEquals(List.of(EventType.TRANSFER), events.stream().map(Event::type).toList(), events.toString());
        assertEquals("2021", events.get(0).date().value());
        assertEquals(List.of("TUR"), countries(events.get(0).origin()));
    }

    @Test
    void aSearchThatFoundNothingLeavesAnArrivalADelivery() {
        Event transfer = onlyTransfer("A search of the ship's holds in Genoa on Monday found no weapons, police said. "
                + "Last month the freighter unloaded 40 armoured vehicles at Tripoli, Libya.");
        assertEquals(List.of("LBY"), countries(transfer.destination()));
        assertEquals(40L, transfer.cargo().get(0).quantity());
    }

    @Test
    void aGerundThatNamesTheActivityTellsNoTransfer() {
        assertEquals(List.of(), transfers("CENTCOM noted that supplying weapons to the group, directly or indirectly, "
                + "contravenes resolution 2216."));
        assertEquals(List.of(), transfers("The resolution bars selling arms to Libya."));
        // told as going on, the supply is a transfer
        assertEquals(List.of("SYR"), countries(onlyTransfer("Russia has been supplying arms to Syria since 2015.")
                .destination()));
    }

    @Test
    void goodsFlownInThePassiveTravelALegOfARoute() {
        assertEquals(List.of(), transfers("By the army's account the rockets were first flown from Syria to Iran and "
                + "loaded at Bandar Abbas."));
    }

    @Test
    void theResolutionThatSetUpAPanelIsNotTheOneBreached() {
        Event transfer = onlyTransfer("Final report of the Panel of Experts on Libya established pursuant to resolution "
                + "1973 (2011). The Panel found that the cargo ship Bana delivered armoured vehicles from Mersin, Turkey, to "
                + "Tripoli, Libya, on 28 January 2020. The Panel considers the transfer a violation of resolution 1970 "
                + "(2011).");
        assertEquals(List.of("UNSCR-1970"), transfer.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void aStepStillToComeOrAConditionToldVerbFirstIsNoDelivery() {
        for (String text : List.of("Had the C-704 missiles reached Gaza, they could have been used against Israeli ships.",
                "The cargo had been loaded in Iran and was about to be sent on to the Gambia when customs stepped in.")) {
            assertEquals(List.of(), transfers(text).stream().filter(t -> t.modality() == Modality.ASSERTED).toList(), text);
        }
    }

    @Test
    void goodsTransferredAtAPortOnTheWayAreNoSupplyButACountAfterTransferredIs() {
        assertEquals(List.of(), transfers("The cargo had been shipped from Bandar Abbas and transferred at Damietta for "
                + "onward carriage to Latakia."));
        assertEquals(List.of("LBY"), countries(onlyTransfer("The United Arab Emirates transferred at least five Pantsir "
                + "systems to Libya in January 2020.").destination()));
        assertEquals(List.of(), transfers("Supplying, selling or transferring weapons to the Houthis is prohibited."));
    }

    @Test
    void aRuleForbiddingSupplyNamedByItsNounsTellsNoTransfer() {
        assertTrue(transfers("The direct or indirect supply, sale or transfer of weapons to the Houthis violates U.N. "
                + "Security Council Resolution 2216 and international law.").isEmpty());
        assertTrue(transfers("The sale or transfer of arms to Libya is prohibited under resolution 1970.").isEmpty());
        // a sale that happened is told the same way
        assertEquals(1, transfers("The sale of 36 Rafale jets to India was completed in 2016.").size());
    }

    @Test
    void seizedGoodsHandedToAStatesCustodyAreNoTransfer() {
        List<Event> events = SharedExtractor.get().extract(new Document("t", "The navy seized 150 rifles "
                + "from a dhow off Yemen. The rifles have been transferred to U.S. custody pending a decision on their "
                + "disposal.", LocalDate.of(2020, 2, 1), null)).events();
        assertEquals(List.of(EventType.SEIZURE), events.stream().map(Event::type).toList());
        assertTrue(events.get(0).destination().isEmpty(), events.get(0).toString());
    }

    @Test
    void whatTheSeizedShipWasCarryingIsTheSeizuresCargoAndRouteNotATransfer() {
        for (String carrying : List.of("It was carrying", "The freighter was carrying", "The Nour M was carrying")) {
            List<Event> events = SharedExtractor.get().extract(new Document("t", "The Greek coast guard seized the "
                    + "freighter Nour M off Rhodes on Friday. " + carrying + " ammunition to Libya, officials said.",
                    LocalDate.of(2013, 11, 14), null)).events();
            assertEquals(List.of(EventType.SEIZURE), events.stream().map(Event::type).toList(), carrying);
            assertEquals(List.of("LBY"), countries(events.get(0).destination()), carrying);
            assertEquals("ammunition", events.get(0).cargo().get(0).text(), carrying);
        }
        // another ship's cargo, told after the seizure, is still a transfer
        assertEquals(1, transfers("The Greek coast guard seized the freighter Nour M off Rhodes on Friday. In May a "
                + "Russian ship delivered 20 tanks to Libya.").size());
    }

    @Test
    void whatAResolutionBarsIsNoTransfer() {
        assertEquals(List.of(), transfers("Israel described the shipment as a contravention of resolution 1701, which "
                + "since the 2006 war has barred deliveries of weapons to any entity in Lebanon other than the state."));
        assertEquals(List.of(), transfers("Resolution 2216 prohibits the direct or indirect supply, sale or transfer of "
                + "arms to the Houthis."));
        // seized goods moved to a ship for safekeeping are kept, not supplied
        List<Event> events = SharedExtractor.get().extract(new Document("t", "US patrol ships seized 1,400 rifles "
                + "from a fishing vessel on Dec. 20. The rifles were transferred to a U.S. ship for safekeeping.",
                LocalDate.of(2021, 12, 22), null)).events();
        assertEquals(List.of(EventType.SEIZURE), events.stream().map(Event::type).toList());
    }

    @Test
    void exportsOfControlledGoodsThatNameNoWeaponAreTransfers() {
        // a seizure in the same report lets it through the arms prefilter
        Event exported = transfers("Police seized 20 rifles in Lima on Monday. The defendants were found guilty of "
                + "unlawfully exporting defense articles and Commerce-controlled components to China between 2004 and "
                + "2007.").get(0);
        assertEquals(List.of("CHN"), countries(exported.destination()));
        assertEquals("defense articles", exported.cargo().get(0).text());
        Event them = transfers("Police seized 20 rifles in Lima on Monday. Starting in October 2008, Arc bought "
                + "converters, memory chips and microprocessors from U.S. manufacturers and exported them to Russia, "
                + "prosecutors said.").get(0);
        assertEquals(List.of("RUS"), countries(them.destination()));
        assertEquals("converters", them.cargo().get(0).text());
        // a military supplier is no goods
        assertTrue(transfers("Police seized 20 rifles in Lima on Monday. The company exported a military supplier's "
                + "catalogue to Chile.").isEmpty());
    }

    @Test
    void aRecipientNamedByWhatItIsInAPlaceAndGoodsDroppedFromTheAir() {
        assertEquals(List.of("LBY"), countries(onlyTransfer("In April, officials confirmed that Qatar was supplying "
                + "the opposition stronghold of Benghazi with anti-tank weapons.").destination()));
        Event dropped = onlyTransfer("In June, French planes airdropped assault rifles and ammunition to Berber "
                + "fighters in Libya.");
        assertEquals(List.of("FRA"), countries(dropped.origin()));
        assertEquals(List.of("LBY"), countries(dropped.destination()));
    }

    @Test
    void whoTheGoodsPassedThroughIsNoRecipient() {
        Event transfer = onlyTransfer("Investigators say the plant shipped jet engines to Baghdad through the Yugoslav "
                + "state arms trader Yugoimport in 2001.");
        assertEquals(List.of("IRQ"), countries(transfer.destination()));
    }

    @Test
    void thePlaceOfAHandoverAfterTheRecipientIsNoRecipient() {
        Event transfer = onlyTransfer("Jordan sold the rifles to Peru in 1998 and handed them to Peruvian generals at "
                + "Amman's airport, officials say.");
        assertEquals(List.of("PER"), countries(transfer.destination()));
    }

    @Test
    void theWarTheGoodsWereForIsNoRecipient() {
        Event transfer = onlyTransfer("North Korea has delivered 1,000 containers of munitions to Russia for its war in "
                + "Ukraine, the White House said.");
        assertEquals(List.of("RUS"), countries(transfer.destination()));
    }

    @Test
    void aGroupInARegionOfACountryIsTheRecipientAlone() {
        Event transfer = onlyTransfer("Rwandan officials have supplied weapons and ammunition to the M23 rebels in "
                + "eastern Congo, UN experts say.");
        assertEquals(List.of("M23"), transfer.destination().stream().map(Party::group).toList());
    }

    @Test
    void aPlaneThatCarriedTheGoodsIsTheTransfersAircraftButDeliveredPlanesAreGoods() {
        Event flown = onlyTransfer("In early June, French aircraft parachuted assault rifles and ammunition to rebels "
                + "in Libya, the military said.");
        assertEquals("aircraft", flown.aircraft().text());
        Event jets = onlyTransfer("Pakistan delivered eight JF-17 jets to Nigeria in May; the first aircraft landed in "
                + "Abuja.");
        assertEquals(null, jets.aircraft());
    }

    @Test
    void anEmbargoOnTheCountryWhereAGroupTookDeliveryIsBreached() {
        Event transfer = onlyTransfer("In April 2016, armoured vehicles shipped by companies based in the United Arab "
                + "Emirates were delivered to the LNA at Tobruk. The Panel considers these transfers violations of "
                + "paragraph 9 of resolution 1970 (2011).");
        assertEquals(List.of("UNSCR-1970"), transfer.instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void seizedGoodsToldAsBeingSentAreNoSecondTransfer() {
        List<Event> events = SharedExtractor.get().extract(new Document("t", "Panamanian police seized the Chong Chon "
                + "Gang on Monday and found a radar system. In a statement on Tuesday, Havana listed the cargo as nine "
                + "missiles and two MiG-21 aircraft, all of which it said were being sent to North Korea for repair and "
                + "would be returned to Cuba.", LocalDate.of(2013, 7, 17), null)).events();
        assertEquals(List.of(EventType.SEIZURE), events.stream().map(Event::type).toList());
        assertEquals(List.of("PRK"), countries(events.get(0).destination()));
    }

    @Test
    void goodsFlownIntoACountryWereDeliveredThereAndASourceThatFoundIsNoFind() {
        List<Event> events = SharedExtractor.get().extract(new Document("t", "Some 200 tons of weapons and ammunition "
                + "were flown into Liberia this summer aboard six cargo flights, in breach of the UN arms embargo on "
                + "Liberia. The arms were supplied by a dealer in Belgrade and delivered between June and August, the "
                + "panel found.", LocalDate.of(2002, 10, 31), null)).events();
        assertEquals(List.of(EventType.TRANSFER), events.stream().map(Event::type).toList());
        assertEquals(List.of("LBR"), countries(events.get(0).destination()));
    }
}
