package org.interdict.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.interdict.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Challenge sets written without looking at the rules: paraphrases (144 short reports, 136 expected events
 * in many constructions, 16 distractors) and multi-incident reports (40 reports of 2 to 4 incidents each,
 * 112 expected events: recaps of one incident, two incidents in a sentence, series, distractor sentences).
 * The extractor must find the events, with the right type and modality, however they are phrased and
 * however many a report tells. Matching per report by type and modality only; the figures are printed so
 * a change can be compared, and floors keep a regression from passing unnoticed.
 */
class ChallengeSetTest {

    @Test
    void eventsAreFoundHoweverTheyArePhrased() throws IOException {
        score("/org/interdict/event/challenge.jsonl", 140, 0.80, 0.80);
    }

    @Test
    void eachIncidentOfAReportOfSeveralIsFound() throws IOException {
        score("/org/interdict/event/challenge-multi.jsonl", 40, 0.85, 0.70);
    }

    /**
     * Single-incident reports with every slot annotated (session 5): written blind, then used to tune the
     * slot rules; its events are scored here.
     */
    @Test
    void theIncidentOfAReportWithHardSlotsIsFound() throws IOException {
        score("/org/interdict/event/challenge-slots.jsonl", 40, 0.75, 0.75);
    }

    /** A second set of the same kind, written blind in session 5 and kept out of tuning: a held-out check. */
    @Test
    void eachIncidentOfAHeldOutReportOfSeveralIsFound() throws IOException {
        score("/org/interdict/event/challenge-multi2.jsonl", 40, 0.80, 0.60);
    }

    /**
     * Multi-incident reports with every slot annotated, written blind in session 6 (first run P 0.930 R 0.688 on
     * asserted events), then used to tune multi-incident assembly.
     */
    @Test
    void eachIncidentOfAFullyAnnotatedReportOfSeveralIsFound() throws IOException {
        score("/org/interdict/event/challenge-multi3.jsonl", 40, 0.85, 0.65);
    }

    /**
     * Transfers told many ways (deliveries under contract, handovers by shipyards, donations, airlifts, Panel
     * findings, approvals and cancelled sales), written blind in session 6 (first run P 0.674 R 0.604 on asserted
     * events), then used to tune the transfer rules.
     */
    @Test
    void transfersAreFoundHoweverTheyAreTold() throws IOException {
        score("/org/interdict/event/challenge-transfers.jsonl", 40, 0.85, 0.55);
    }

    /**
     * Reports whose destinations, origins and instruments are told in many ways, written blind in session 6
     * (first run P 0.844 R 0.905 on asserted events, 209 of 298 slot values), then used to tune those slots.
     */
    @Test
    void routesAndInstrumentsHoweverTheyAreTold() throws IOException {
        score("/org/interdict/event/challenge-routes.jsonl", 40, 0.75, 0.70);
    }

    /**
     * Full-length reports in the five styles of the corpus (wire, analysis, press release, Panel, court), written
     * blind in session 7 (first run P 0.796 R 0.765 on asserted events, 183 of 279 slot values), then used for tuning.
     */
    @Test
    void fullLengthReportsInEveryStyleAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles.jsonl", 36, 0.70, 0.65);
    }

    /**
     * Inventories, cover stories and airborne shipments, written blind in session 7 (first run P 0.850 R 0.919 on
     * asserted events, 186 of 277 slot values), then used for tuning.
     */
    @Test
    void inventoriesCoverStoriesAndFlightsAreRead() throws IOException {
        score("/org/interdict/event/challenge-cargo.jsonl", 36, 0.75, 0.80);
    }

    /**
     * Destinations, recipients and breached instruments in Panel and sanctions-monitoring prose, written blind in
     * session 7 (first run P 0.821 R 0.852 on asserted events, 257 of 367 slot values), then used for tuning.
     */
    @Test
    void recipientsAndBreachedInstrumentsAreRead() throws IOException {
        score("/org/interdict/event/challenge-sanctions.jsonl", 36, 0.72, 0.75);
    }

    /**
     * A second set of full-length reports in every style, written blind in session 7 and kept out of tuning: a
     * held-out check (P 0.792 R 0.737 on the session's starting code, P 0.786 R 0.772 when it arrived).
     */
    @Test
    void fullLengthReportsOfAHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles2.jsonl", 36, 0.70, 0.68);
    }

    /**
     * Full-length reports weighted toward wire news and press releases, with deliveries beside seizures and
     * follow-ups of earlier seizures, written blind in session 7 (first run P 0.750 R 0.800), then used for tuning.
     */
    @Test
    void seizuresBesideDeliveriesAndFollowUpsAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles3.jsonl", 36, 0.65, 0.70);
    }

    /**
     * Full-length reports written blind in session 8, each on one weak spot of the test part, scored once on the
     * session's starting code and then used for tuning: where goods were going and which instrument was breached
     * (routes2), inventories, units and flights (cargo2), wire stories and press releases (wire2), and Panel of
     * Experts excerpts and court filings (panel2). On the starting code: P 0.646 R 0.705, P 0.741 R 0.851, P 0.810
     * R 0.791 and P 0.636 R 0.525; at the end of the session P 0.727 R 0.727, P 0.769 R 0.851, P 0.854 R 0.814 and
     * P 0.697 R 0.575.
     */
    @Test
    void routesAndBreachedInstrumentsOfFullLengthReportsAreRead() throws IOException {
        score("/org/interdict/event/challenge-routes2.jsonl", 30, 0.68, 0.68);
    }

    @Test
    void inventoriesAndCargoFlightsOfFullLengthReportsAreRead() throws IOException {
        score("/org/interdict/event/challenge-cargo2.jsonl", 30, 0.72, 0.80);
    }

    @Test
    void wireStoriesAndPressReleasesOfSeizuresAreRead() throws IOException {
        score("/org/interdict/event/challenge-wire2.jsonl", 30, 0.80, 0.76);
    }

    @Test
    void panelExcerptsAndCourtFilingsAreRead() throws IOException {
        score("/org/interdict/event/challenge-panel2.jsonl", 30, 0.62, 0.52);
    }

    /**
     * Full-length reports of every style written blind in session 8 and kept out of tuning: a held-out check (P 0.818
     * R 0.776 on the session's starting code and at its end; slot values 275 -> 278 of 431, slot FPs 118 -> 113).
     */
    @Test
    void fullLengthReportsOfASecondHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles4.jsonl", 30, 0.76, 0.72);
    }

    /**
     * Full-length reports written blind in session 9 and used for tuning: routes told across a long report, often
     * with two or three incidents (routes3); cargo flights and fruitless searches (air3); inventories and goods
     * named back (cargo3); instruments told in many ways beside background ones (breach3). Events on the session's
     * starting code -> at its end: routes3 P 0.830 R 0.830 -> the same (slot values 280 -> 296 of 401), air3 P 0.718
     * R 0.651 -> P 0.763 R 0.674, cargo3 P 0.625 R 0.857 -> P 0.698 R 0.857, breach3 P 0.889 R 0.696 -> P 0.892 R 0.717.
     */
    @Test
    void routesToldAcrossLongMultiIncidentReportsAreRead() throws IOException {
        score("/org/interdict/event/challenge-routes3.jsonl", 30, 0.78, 0.78);
    }

    @Test
    void cargoFlightsAndFruitlessSearchesAreRead() throws IOException {
        score("/org/interdict/event/challenge-air3.jsonl", 30, 0.68, 0.60);
    }

    @Test
    void inventoriesOfFullLengthReportsAreReadWithoutDistractors() throws IOException {
        score("/org/interdict/event/challenge-cargo3.jsonl", 30, 0.64, 0.80);
    }

    @Test
    void breachedInstrumentsBesideBackgroundOnesAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach3.jsonl", 30, 0.84, 0.66);
    }

    /**
     * Full-length reports of every style written blind in session 9 and kept out of tuning: a held-out check (P 0.667
     * R 0.780 on the session's starting code, P 0.711 R 0.780 at its end; slot values 173 -> 174 of 331, slot FPs
     * 109 -> 107).
     */
    @Test
    void fullLengthReportsOfAThirdHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles5.jsonl", 30, 0.66, 0.72);
    }

    /**
     * Full-length reports written blind in session 10 and used for tuning: destinations and origins phrased in many
     * ways (dest4), breached instruments phrased in many ways beside decoys (breach4), goods, aircraft and ships
     * (cargo4). Events on the session's first commit (edd5fb7) -> at its end: dest4 P 0.711 R 0.794 -> P 0.730 R 0.794
     * (slot values 200 -> 202 of 304), breach4 P 0.651 R 0.778 -> P 0.700 R 0.778 (205 -> 208 of 308), cargo4 P 0.653
     * R 0.842 -> P 0.711 R 0.842 (214 -> 216 of 354).
     */
    @Test
    void destinationsAndOriginsPhrasedInManyWaysAreRead() throws IOException {
        score("/org/interdict/event/challenge-dest4.jsonl", 30, 0.68, 0.74);
    }

    @Test
    void breachedInstrumentsPhrasedInManyWaysAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach4.jsonl", 30, 0.65, 0.72);
    }

    @Test
    void goodsAircraftAndShipsPhrasedInManyWaysAreRead() throws IOException {
        score("/org/interdict/event/challenge-cargo4.jsonl", 30, 0.66, 0.78);
    }

    /**
     * Reports of every kind written blind in session 10 and kept out of tuning: a held-out check (P 0.786 R 0.846,
     * slot values 168 of 289 with 74 slot FPs, on the session's first commit and at its end).
     */
    @Test
    void reportsOfAFourthHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles6.jsonl", 30, 0.73, 0.79);
    }

    /**
     * A second round written blind in session 10, scored first on 776d017 and then used for tuning: news-wire items
     * as an archive holds them (wire3), Panel and court documents with several incidents each (panel3), routes
     * with several parties and transfers stated as facts (routes4). First run -> end of the session: wire3 P 0.688
     * R 0.943 -> P 0.750 R 0.943 (slot values 218 -> 225 of 301), panel3 P 0.821 R 0.742 -> P 0.825 R 0.758 (271 ->
     * 281 of 454), routes4 P 0.649 R 0.649 -> P 0.667 R 0.703 (155 -> 164 of 353).
     */
    @Test
    void newsWireItemsAsAnArchiveHoldsThemAreRead() throws IOException {
        score("/org/interdict/event/challenge-wire3.jsonl", 30, 0.70, 0.89);
    }

    @Test
    void panelAndCourtDocumentsWithSeveralIncidentsAreRead() throws IOException {
        score("/org/interdict/event/challenge-panel3.jsonl", 30, 0.77, 0.70);
    }

    @Test
    void routesWithSeveralPartiesAndTransfersAreRead() throws IOException {
        score("/org/interdict/event/challenge-routes4.jsonl", 30, 0.61, 0.65);
    }

    /**
     * Sets written blind in session 11 and used for tuning: who the goods were for (dest5), which resolution or
     * law was breached, beside decoys (breach5), what was seized, with decoy numbers (cargo5), the rest of the
     * world (world2), Middle East and North Korea cases as a sanctions monitor's archive holds them (nkme). First
     * run -> end of the session: dest5 P 0.643 R 0.794 -> P 0.675 R 0.794 (slot values 208 -> 215 of 303, slot FPs
     * 119 -> 108), breach5 P 0.674 R 0.838 -> P 0.660 R 0.838 (179 -> 183 of 296, FPs 132 -> 126), world2 P 0.718
     * R 0.651 (136 -> 141 of 275, FPs 76 -> 74), cargo5 P 0.681 R 0.800 -> P 0.711 R 0.800 (206 -> 209 of 396,
     * FPs 104 -> 96), nkme P 0.692 R 0.720 -> P 0.706 R 0.720 (219 -> 224 of 359, FPs 129 -> 127).
     */
    @Test
    void recipientsToldInManyWaysAreRead() throws IOException {
        score("/org/interdict/event/challenge-dest5.jsonl", 30, 0.62, 0.74);
    }

    @Test
    void breachedInstrumentsBesideDecoysAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach5.jsonl", 30, 0.61, 0.78);
    }

    @Test
    void goodsListedWithDecoyNumbersAreRead() throws IOException {
        score("/org/interdict/event/challenge-cargo5.jsonl", 30, 0.64, 0.75);
    }

    @Test
    void seizuresAcrossTheRestOfTheWorldAreRead() throws IOException {
        score("/org/interdict/event/challenge-world2.jsonl", 30, 0.66, 0.60);
    }

    @Test
    void middleEastAndNorthKoreaCasesAreRead() throws IOException {
        score("/org/interdict/event/challenge-nkme.jsonl", 30, 0.65, 0.67);
    }

    /**
     * Two sets of every kind written blind in session 11 and kept out of tuning, scored only in aggregate: styles7
     * P 0.865 R 0.762 (slot values 192 of 344, 68 slot FPs) on a81ffab -> 193 of 344 (67 FPs) at the end; styles8
     * P 0.778 R 0.795 (225 of 324, 94 FPs) on 4531b7b -> 226 of 324 at the end.
     */
    @Test
    void reportsOfAFifthAndSixthHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles7.jsonl", 30, 0.81, 0.71);
        score("/org/interdict/event/challenge-styles8.jsonl", 30, 0.72, 0.74);
    }

    /**
     * Sets written blind in session 12 and used for tuning: where the goods were going and for whom, mostly outside
     * the Middle East (dest6), which resolution, embargo or law was breached, beside decoys (breach6), what was
     * seized, with parts, counts and decoys (cargo6), arms moved by air and over land (air4). First run (648f68d)
     * -> end of the session: dest6 P 0.692 R 0.871 -> P 0.730 R 0.871 (slot values 186 -> 191 of 278, slot FPs 97 ->
     * 97), breach6 P 0.714 R 0.698 (169 -> 174 of 327, FPs 127 -> 126), cargo6 P 0.741 R 0.851 (274 -> 283 of 467,
     * FPs 122 -> 119), air4 P 0.717 R 0.702 (174 -> 177 of 327, FPs 100 -> 98).
     */
    @Test
    void destinationsOutsideTheMiddleEastAreRead() throws IOException {
        score("/org/interdict/event/challenge-dest6.jsonl", 30, 0.68, 0.82);
    }

    @Test
    void regimesAndNationalLawsBreachedBesideDecoysAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach6.jsonl", 30, 0.66, 0.65);
    }

    @Test
    void partsCountsAndDecoyNumbersAreRead() throws IOException {
        score("/org/interdict/event/challenge-cargo6.jsonl", 30, 0.69, 0.80);
    }

    @Test
    void armsMovedByAirAndOverLandAreRead() throws IOException {
        score("/org/interdict/event/challenge-air4.jsonl", 30, 0.66, 0.65);
    }

    /**
     * A set of every kind written blind in session 12 and kept out of tuning, scored only in aggregate: styles9
     * P 0.762 R 0.653 (slot values 194 of 364, 83 slot FPs) on 648f68d and at the end.
     */
    @Test
    void reportsOfASeventhHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles9.jsonl", 30, 0.71, 0.60);
    }

    /**
     * Sets written blind in session 13 and used for tuning, with short wire items among the long reports: where the
     * goods were going, phrased other than "bound for" (dest7), which text was breached, with inspection-authorising
     * resolutions annotated as invoked (breach7), what was seized and on what aircraft (cargo7). Session start
     * (aa3f536) -> end: dest7 P 0.719 R 0.742 (slot values 173 -> 175 of 248, slot FPs 92 -> 90), breach7 P 0.757 ->
     * 0.778 R 0.718 (172 -> 174 of 266, FPs 75 -> 70), cargo7 P 0.721 -> 0.756 R 0.861 (225 -> 234 of 352, FPs 96 ->
     * 83).
     */
    @Test
    void destinationsPhrasedOtherThanBoundForAreRead() throws IOException {
        score("/org/interdict/event/challenge-dest7.jsonl", 30, 0.67, 0.69);
    }

    @Test
    void breachedTextsInShortAndLongReportsAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach7.jsonl", 30, 0.72, 0.66);
    }

    @Test
    void goodsAndTheAircraftThatCarriedThemAreRead() throws IOException {
        score("/org/interdict/event/challenge-cargo7.jsonl", 30, 0.70, 0.81);
    }

    /**
     * A set of every kind and length written blind in session 13 and kept out of tuning, scored only in aggregate:
     * styles10 P 0.750 R 0.789 (slot values 187 of 309, 82 slot FPs) on aa3f536, P 0.732 R 0.789 (188, 78 FPs) at the
     * end.
     */
    @Test
    void reportsOfAnEighthHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles10.jsonl", 30, 0.68, 0.73);
    }

    /**
     * Sets written blind in session 14 and used for tuning: destinations told as consignees, buyers, uses and last
     * legs (dest8), instruments named indirectly ("the sanctions adopted in October 2006", "the Council's 2007
     * prohibition") with inspection-authorising resolutions annotated as invoked (breach8), goods and the aircraft
     * that carried or delivered them (cargo8). Session start (e3bbd4d) -> end, by the session's own scorer: dest8
     * events P 0.867 R 0.722, slot values 184 -> 191 of 304 (FPs 65 -> 57); breach8 P 0.690 -> 0.769 R 0.806 ->
     * 0.833 (196 -> 223 of 296, FPs 97 -> 77); cargo8 P 0.837 R 0.837 (219 -> 236 of 352, FPs 87 -> 83).
     */
    @Test
    void destinationsToldAsConsigneesBuyersAndLastLegsAreRead() throws IOException {
        score("/org/interdict/event/challenge-dest8.jsonl", 30, 0.82, 0.68);
    }

    @Test
    void instrumentsNamedIndirectlyAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach8.jsonl", 30, 0.70, 0.78);
    }

    @Test
    void goodsAndTheAircraftThatCarriedOrDeliveredThemAreRead() throws IOException {
        score("/org/interdict/event/challenge-cargo8.jsonl", 30, 0.79, 0.79);
    }

    /**
     * A set of every kind and length written blind in session 14 and kept out of tuning, scored only in aggregate:
     * styles11 P 0.718 R 0.683 (slot values 157 of 300, 103 slot FPs) on e3bbd4d, the same events and 158 values
     * (102 FPs) at the end.
     */
    @Test
    void reportsOfANinthHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles11.jsonl", 30, 0.67, 0.63);
    }

    /**
     * Sets written blind in session 15 and used for tuning: destinations told as wire services and encyclopaedic
     * summaries tell them (dest9), resolutions, embargoes and laws named by number, by target or as the legal
     * basis of a boarding (breach9), arms carried by air with the aircraft named by type, registration, flight or
     * a generic word (air9). Events by type and modality, session start (213d10c) -> end, by the session's own
     * scorer: dest9 P 0.780 -> 0.791 R 0.821 -> 0.872, breach9 P 0.686 -> 0.722 R 0.727 -> 0.788, air9 P 0.758 ->
     * 0.765 R 0.694 -> 0.722.
     */
    @Test
    void destinationsToldByWireServicesAreRead() throws IOException {
        score("/org/interdict/event/challenge-dest9.jsonl", 30, 0.76, 0.84);
    }

    @Test
    void instrumentsNamedByNumberTargetOrLegalBasisAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach9.jsonl", 30, 0.69, 0.75);
    }

    @Test
    void armsCarriedByAirAreRead() throws IOException {
        score("/org/interdict/event/challenge-air9.jsonl", 30, 0.73, 0.69);
    }

    /**
     * A set of every kind and length written blind in session 15 and kept out of tuning, scored only in aggregate:
     * styles12 P 0.674 R 0.689 at 213d10c (session start) and at the end (slot values 161 of 286 at both).
     */
    @Test
    void reportsOfATenthHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles12.jsonl", 30, 0.64, 0.66);
    }

    /**
     * Sets written blind in session 16 and used for tuning: destinations told as background in retrospectives,
     * follow-ups and analysts' notes (dest10), resolutions and laws named by analysts and UN panel summaries, often in
     * another paragraph than the seizure (breach10), arms that travelled by air with the plane named away from the
     * seizure verb (air10). Events by type and modality, session start (ac27713) -> end, by the session's own scorer:
     * dest10 P 0.794 -> 0.829 R 0.659 -> 0.707, breach10 P 0.769 R 0.833 (both), air10 P 0.742 R 0.575 (both).
     */
    @Test
    void destinationsToldAsBackgroundAreRead() throws IOException {
        score("/org/interdict/event/challenge-dest10.jsonl", 30, 0.78, 0.66);
    }

    @Test
    void instrumentsNamedByAnalystsAndPanelsAreRead() throws IOException {
        score("/org/interdict/event/challenge-breach10.jsonl", 30, 0.72, 0.78);
    }

    @Test
    void armsThatTravelledByAirAreRead() throws IOException {
        score("/org/interdict/event/challenge-air10.jsonl", 30, 0.69, 0.52);
    }

    /**
     * A set of every kind and length written blind in session 16 and kept out of tuning, scored only in aggregate:
     * styles13 P 0.791 R 0.791 at ac27713 (session start) and at the end (slot values 210 of 358 at both).
     */
    @Test
    void reportsOfAnEleventhHeldOutSetAreRead() throws IOException {
        score("/org/interdict/event/challenge-styles13.jsonl", 30, 0.74, 0.74);
    }

    private void score(String resource, int minimumReports, double minimumPrecision, double minimumRecall)
            throws IOException {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int reports = 0;
        for (JsonNode report : ChallengeReports.read(resource)) {
            reports++;
            List<String> expected = new ArrayList<>();
            report.path("expect").forEach(e -> expected.add(e.path("type").asText() + "/" + e.path("modality").asText()));
            for (Event event : ChallengeReports.events(report)) {
                if (expected.remove(event.type() + "/" + event.modality())) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
            falseNegatives += expected.size();
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf(java.util.Locale.ROOT, "challenge set %s: %d reports, events by type and modality TP %d FP %d "
                + "FN %d, P %.3f R %.3f%n", resource, reports, truePositives, falsePositives, falseNegatives, precision, recall);
        assertTrue(reports >= minimumReports, "challenge set incomplete: " + reports);
        assertTrue(precision >= minimumPrecision && recall >= minimumRecall, "precision " + precision + ", recall " + recall);
    }
}
