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
import org.junit.jupiter.api.Test;

/** Modality and incident merging, each on a short report written for the test. */
class EventModalityTest {

    private static List<Event> events(String text) {
        return SharedExtractor.get().extract(new Document("t", text, LocalDate.of(2021, 6, 10), null)).events();
    }

    private static List<Event> ofType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void plannedOfferedAndFutureTransfersAreHypothetical() {
        for (String text : List.of("Belarus is planning to supply Venezuela with 200 anti-tank missiles.",
                "Serbia has offered to sell 20 howitzers to Ghana, officials said.",
                "Spain will deliver six patrol boats to Senegal next year.",
                "Turkey's delivery of four corvettes to Pakistan is expected to be completed by 2026.",
                "Italy's sale of 24 rocket launchers to Qatar, if approved, would be its largest this decade.")) {
            List<Event> transfers = ofType(events(text), EventType.TRANSFER);
            assertEquals(1, transfers.size(), text + " " + transfers);
            assertEquals(Modality.HYPOTHETICAL, transfers.get(0).modality(), text);
        }
    }

    @Test
    void goodsHeldAtAPortOrByCustomsAreSeizedButAShipsStateIsNoIncident() {
        assertEquals(1, ofType(events("A shipment of 40 armoured vehicles is being held at the port of Mombasa "
                + "after customs officials questioned its papers."), EventType.SEIZURE).size());
        assertEquals(0, ofType(events("Police arrested the master of the Bana, a vessel carrying armoured vehicles "
                + "that has been held in the port of Genoa since February."), EventType.SEIZURE).size());
        assertEquals(0, ofType(events("The rebels held talks about the weapons in Doha."), EventType.SEIZURE).size());
    }

    @Test
    void aCounterfactualStopTellsNoIncidentAndCompletesTheOneBefore() {
        for (String text : List.of("A navy patrol boat seized 16 M16 rifles from a speedboat off Tawi-Tawi on Wednesday. "
                + "Officers said the rifles would have reached Abu Sayyaf had the boat not been stopped.",
                "A navy patrol boat seized 16 M16 rifles from a speedboat off Tawi-Tawi on Wednesday. "
                + "Officers said the rifles would have reached Abu Sayyaf if it had not been intercepted.")) {
            List<Event> events = events(text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals(Modality.ASSERTED, events.get(0).modality(), text);
            assertEquals("Abu Sayyaf", events.get(0).destination().get(0).group(), text);
        }
        // an ordinary negation still makes a NEGATED event
        List<Event> negated = events("Officials said the freighter carrying 30 rifles had not been searched.");
        assertTrue(negated.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), negated.toString());
    }

    @Test
    void aPlaceNamedCanAndAClaimLeftUnsupportedDoubtNoFind() {
        List<Event> seizures = ofType(events("In January, officers at Tin Can Island port found 661 rifles in a container "
                + "declared as household items. The comptroller said the guns were probably meant for gangs in the "
                + "south-east, but gave no evidence."), EventType.SEIZURE);
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals(Modality.ASSERTED, seizures.get(0).modality());
        assertEquals(Modality.NEGATED, ofType(events("Officers searched the freighter Sea Lark in Aqaba. There was no trace of "
                + "weapons in the hold."), EventType.SEIZURE).get(0).modality());
    }

    @Test
    void countsOfAYearFindsOfOtherGoodsAndTasksTakenOnAreNoIncidents() {
        assertEquals(0, ofType(events("Niger's security forces reported seizing around 400 weapons in 2020, mostly hunting "
                + "rifles."), EventType.SEIZURE).size());
        assertEquals(0, ofType(events("Police statistics paint the wider picture: since January, officers have recovered "
                + "close to 300 firearms."), EventType.SEIZURE).size());
        assertEquals(0, ofType(events("The same unit last month burned 2 tonnes of hashish seized from a speedboat, and in "
                + "June it took part in a drill. Neither operation involved weapons."), EventType.SEIZURE).size());
        List<Event> transfers = ofType(events("The driver said he had been paid 2,000 euros to deliver the rifles to a "
                + "contact in Sweden."), EventType.TRANSFER);
        assertTrue(transfers.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), transfers.toString());
        List<Event> attempts = ofType(events("The court acquitted two forwarders charged with attempting to smuggle 200 "
                + "rifles to Libya."), EventType.TRANSFER);
        assertTrue(attempts.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), attempts.toString());
        assertEquals(0, ofType(events("Romania's border police have reported a rise in ammunition and grenade finds at "
                + "crossings this year."), EventType.SEIZURE).size());
        List<Event> finding = events("Diplomats noted that a UN panel of experts found last month that the UAE had delivered "
                + "Pantsir air-defence systems to the Libyan National Army in 2020.");
        assertEquals(0, ofType(finding, EventType.SEIZURE).size(), finding.toString());
        assertEquals(1, ofType(finding, EventType.TRANSFER).size(), finding.toString());
    }

    @Test
    void aFindingAboutAClaimIsNoEmptySearch() {
        List<Event> seizures = ofType(events("Bavarian police discovered eight rifles and two pistols in a car near Rosenheim "
                + "on Nov. 5. German prosecutors found no proof of a link to the attackers."), EventType.SEIZURE);
        assertEquals(Modality.ASSERTED, seizures.get(0).modality());
    }

    @Test
    void conveyancesNamedBackAndStoppedOnTheirDaysAreIncidentsOfTheirOwn() {
        List<Event> seizures = ofType(events("Customs officers have held two lorries carrying drone parts towards Russia over "
                + "the past month. The first, stopped on March 15 at the Zhaisan checkpoint, carried 1,400 flight "
                + "controllers. The second, halted on April 2 near Uralsk, held 250 brushless motors."), EventType.SEIZURE);
        assertEquals(List.of("2021-03-15", "2021-04-02"), seizures.stream().map(e -> e.date().value()).toList());
    }

    @Test
    void twoDatedHaulsJoinedByAndAreTwoIncidents() {
        List<Event> seizures = ofType(events("Kenyan police seized 5 rocket-propelled grenades on 28 September and "
                + "2 more AK-47 rifles on 6 October, both from vehicles that had entered from Somalia."), EventType.SEIZURE);
        assertEquals(List.of("2020-09-28", "2020-10-06"), seizures.stream().map(e -> e.date().value()).toList());
    }

    @Test
    void aFindDatedDaysLaterIsAnIncidentOfItsOwn() {
        List<Event> seizures = ofType(events("Mozambican police recovered 22 AK-47 rifles from a house in Palma on "
                + "3 May 2021. Five days later, officers found another 9 rifles buried near the same town."), EventType.SEIZURE);
        assertEquals(List.of("2021-05-03", "2021-05-08"), seizures.stream().map(e -> e.date().value()).toList());
    }

    @Test
    void aFruitlessSearchOnAnotherDayDoesNotNegateTheSeizure() {
        List<Event> seizures = ofType(events("Thai border police seized 2,500 rounds of ammunition from a truck near "
                + "Mae Sot on 14 May 2023. On 2 May, soldiers searched a warehouse in the town but found no weapons."),
                EventType.SEIZURE);
        assertEquals(Modality.ASSERTED, seizures.get(0).modality());
    }

    @Test
    void inMayIsTheMonthNotTheModalVerb() {
        List<Event> seizures = ofType(events("In May, customs officers at the Apapa port found 440 pump-action rifles "
                + "in a shipment of ceramic tiles."), EventType.SEIZURE);
        assertEquals("2021-05", seizures.get(0).date().value());
    }

    @Test
    void aLaterDateOfAnotherActIsNoSecondIncident() {
        List<Event> seizures = ofType(events("Weapons seized by the Indian navy from a boat last month, including five "
                + "AK-47 rifles and 1,000 rounds, were handed to the police on Wednesday."), EventType.SEIZURE);
        assertEquals(1, seizures.size(), seizures.toString());
    }

    @Test
    void aTransferThatHappenedStaysAsserted() {
        List<Event> transfers = ofType(events("Spain delivered six patrol boats to Senegal in March."), EventType.TRANSFER);
        assertEquals(Modality.ASSERTED, transfers.get(0).modality());
    }

    @Test
    void aFruitlessSearchInTheNextSentenceNegatesTheSeizure() {
        List<Event> seizures = ofType(events("Greek coast guard officers detained the freighter Alpha Star off Crete "
                + "on Monday. A search of her holds found only cement, and she was released."), EventType.SEIZURE);
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals(Modality.NEGATED, seizures.get(0).modality());
    }

    @Test
    void aLaterSentenceWithAnIncidentOfItsOwnDoesNotNegateTheEarlierOne() {
        List<Event> seizures = ofType(events("In March customs officers in Mombasa seized 300 AK-47 rifles from a "
                + "container on the freighter Blue Heron. In May the navy searched the trawler Sea Lark but found "
                + "only fish, and let it go."), EventType.SEIZURE);
        assertTrue(seizures.stream().anyMatch(e -> e.modality() == Modality.ASSERTED
                && e.vessel() != null && e.vessel().name().equals("Blue Heron")), seizures.toString());
    }

    @Test
    void detailsAfterANegatedLeadStayOneNegatedEvent() {
        List<Event> seizures = ofType(events("Dutch marines broke off a search of a cargo ship off Yemen on Tuesday "
                + "after the flag state objected, and had found no weapons by then. A boarding team from the frigate "
                + "De Ruyter went aboard the Panama-flagged Golden Tern late on Monday."), EventType.SEIZURE);
        assertTrue(seizures.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), seizures.toString());
    }

    @Test
    void testimonyToInvestigatorsIsAClaim() {
        List<Event> transfers = ofType(events("A deckhand told prosecutors in Naples that the ship had carried "
                + "howitzers and armoured vehicles to Libya in January."), EventType.TRANSFER);
        assertTrue(transfers.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), transfers.toString());
    }

    @Test
    void anAccountSaidToBeUnverifiedIsHypothetical() {
        List<Event> transfers = ofType(events("Rebel commanders said Sudan had delivered rocket launchers to "
                + "Chad last year. The claim could not be independently verified."), EventType.TRANSFER);
        assertEquals(1, transfers.size(), transfers.toString());
        assertEquals(Modality.HYPOTHETICAL, transfers.get(0).modality());
    }

    @Test
    void aProposedSaleIsNotADelivery() {
        List<Event> transfers = ofType(events("Washington approved the possible sale of 12 Apache helicopters to "
                + "Morocco on Friday."), EventType.TRANSFER);
        assertTrue(transfers.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), transfers.toString());
    }

    @Test
    void aShipThatStopsItselfIsNotSeized() {
        List<Event> seizures = ofType(events("The freighter Lucky Wind, carrying rifles for a private buyer, ran "
                + "from the patrol boat, stopping only after warning shots."), EventType.SEIZURE);
        assertTrue(seizures.isEmpty(), seizures.toString());
    }

    @Test
    void aShipStoppedByTheNavyIsSeized() {
        List<Event> seizures = ofType(events("The navy stopped the freighter Lucky Wind and seized 200 rifles."),
                EventType.SEIZURE);
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals(Modality.ASSERTED, seizures.get(0).modality());
    }

    @Test
    void aShipHeldOverOilIsNoArmsSeizure() {
        List<Event> events = events("South Korean customs impounded the Panama-flagged tanker Ocean Star, which is "
                + "accused of transferring 600 tonnes of refined petroleum to North Korean ships.");
        assertEquals(List.of(), ofType(events, EventType.SEIZURE));
    }

    @Test
    void aSummaryOfIncidentsToldOneByOneIsNoIncident() {
        List<Event> events = events("Between May 2019 and March 2020, naval forces in the Arabian Sea intercepted four "
                + "vessels carrying weapons for Somalia. On 3 May 2019 the French frigate Aconit seized 300 AK-47 "
                + "rifles from a stateless dhow.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("2019-05-03", events.get(0).date().value());
    }

    @Test
    void reportsReceivedOrNotConfirmedAreNotFindings() {
        for (String text : List.of(
                "The Panel also received reports that armoured vehicles made in Jordan were supplied to the LNA.",
                "Iran delivered drones to Sudan in 2023. The Group has not yet been able to confirm these reports.",
                "According to the indictment, the defendants shipped 40 servo motors from Houston to Iran.")) {
            List<Event> transfers = ofType(events(text), EventType.TRANSFER);
            assertEquals(1, transfers.size(), text);
            assertEquals(Modality.HYPOTHETICAL, transfers.get(0).modality(), text);
        }
    }

    @Test
    void theDoubtOfALaterCaseStaysWithIt() {
        List<Event> seizures = ofType(events("Case 2: In March 2022, Ugandan police at the Mpondwe border post "
                + "recovered 6 RPG-7 launchers from a truck. Case 3: Officers said a boat carrying ammunition could be "
                + "intercepted on Lake Albert, but the Group has not been able to confirm this."), EventType.SEIZURE);
        assertEquals(Modality.ASSERTED, seizures.get(0).modality());
    }

    @Test
    void powerTakenASaleHaltedAndABattlefieldCaptureAreNoSeizures() {
        for (String text : List.of(
                "The military bought the jets in 2018, three years before it seized power, and arms kept flowing.",
                "Last year the State Department halted the planned sale of 26,000 assault rifles to the police.",
                "During the fighting around Sake, M23 captured mortars and rifles from positions abandoned by the army.",
                "Argentina's search for new fighters dragged on: a purchase of FA-50 jets collapsed in 2022.",
                "US firearms account for most guns recovered at crime scenes in Mexico, prosecutors said.")) {
            assertEquals(List.of(), ofType(events(text), EventType.SEIZURE), text);
        }
    }

    @Test
    void papersThatDeclaredNothingElseDoNotMakeTheSearchFruitless() {
        List<Event> seizures = ofType(events("Panamanian police stopped the Chong Chon Gang in July 2013. Its manifest "
                + "listed 10,000 tons of sugar and nothing else. Beneath the sacks, inspectors found two MiG-21 fighter "
                + "jets."), EventType.SEIZURE);
        assertEquals(List.of(Modality.ASSERTED), seizures.stream().map(Event::modality).toList());
    }

    @Test
    void aVerdictIsNoFind() {
        assertEquals(List.of(), events("A jury found Bout guilty in November of conspiring to acquire and use "
                + "anti-aircraft missiles."));
        assertEquals(List.of(), events("The Panel found Eritrea in breach of the embargo on small arms."));
    }

    @Test
    void aShipThatOffloadsGoodsDeliversThemOnlyAuthoritiesOffloadToSeize() {
        assertEquals(List.of(), ofType(events("Investigators said the same dhow had offloaded a consignment of ammunition "
                + "for al-Shabaab at a beach near Qandala in July."), EventType.SEIZURE));
        assertEquals(1, ofType(events("The Monchegorsk was diverted to Limassol, where the Cypriot authorities offloaded "
                + "98 containers of ammunition components."), EventType.SEIZURE).size());
    }

    @Test
    void aSearchedPlaneThatHeldOnlyCivilGoodsIsAFruitlessSearchAndNoCargo() {
        List<Event> seizures = ofType(events("Turkish officials searched the An-12 at Erzurum; the search turned up only "
                + "flour and rice."), EventType.SEIZURE);
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals(Modality.NEGATED, seizures.get(0).modality());
        // the plane searched is the aircraft, not the goods
        assertTrue(seizures.get(0).cargo().isEmpty(), seizures.get(0).cargo().toString());
    }

    @Test
    void aPlaneCarryingAidIsNoTransferOfThePlane() {
        List<Event> events = events("An Antonov An-12 of Air Armenia carrying humanitarian aid to Aleppo landed at Erzurum "
                + "for an inspection.");
        assertTrue(ofType(events, EventType.TRANSFER).isEmpty(), events.toString());
    }

    @Test
    void whatWasNotSaidMissingPapersAndACaseTakenOverNegateNoSeizure() {
        List<Event> unsaid = ofType(events("The Australian frigate HMAS Darwin seized 1,989 rifles from a fishing vessel "
                + "off Oman. The boat had been heading for Somalia. The statement did not say when the boarding took place, "
                + "who the crew were or where the weapons had been loaded."), EventType.SEIZURE);
        assertEquals(List.of(Modality.ASSERTED), unsaid.stream().map(Event::modality).toList(), unsaid.toString());
        List<Event> charts = ofType(events("Greek coast guard officers seized the Andromeda off Crete and found detonators. "
                + "The master said he was told to sail to Misrata, and officers found no charts of the waters around "
                + "Djibouti on the bridge."), EventType.SEIZURE);
        assertEquals(List.of(Modality.ASSERTED), charts.stream().map(Event::modality).toList(), charts.toString());
        assertTrue(events("Special agents of Homeland Security Investigations have taken over the inquiry into the "
                + "weapons.").isEmpty());
    }

    @Test
    void findingNoneOfOneKindAfterAFindDeniesOnlyThatPart() {
        List<Event> seizures = ofType(events("In nine of the containers Greek officers found cartridges for Kalashnikov "
                + "rifles and rounds for anti-aircraft guns, and the cargo was seized. Although the bill of lading also "
                + "listed AK-47 rifles, no rifles were found on board."), EventType.SEIZURE);
        assertEquals(1, seizures.size(), seizures.toString());
        assertEquals(Modality.ASSERTED, seizures.get(0).modality());
        List<Event> empty = ofType(events("Greek officers searched the containers of the Nour M on Friday. No weapons were "
                + "found on board."), EventType.SEIZURE);
        assertEquals(Modality.NEGATED, empty.get(0).modality(), empty.toString());
    }
}
