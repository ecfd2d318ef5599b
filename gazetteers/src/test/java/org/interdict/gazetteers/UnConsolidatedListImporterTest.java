package org.interdict.gazetteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The importer over a small list written for this test (invented names, the public format of the list). */
class UnConsolidatedListImporterTest {

    private static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2024-01-02T00:00:00Z">
              <INDIVIDUALS>
                <INDIVIDUAL>
                  <DATAID>100</DATAID>
                  <FIRST_NAME>EXAMPLE</FIRST_NAME>
                  <SECOND_NAME>PERSON</SECOND_NAME>
                  <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER>
                  <LISTED_ON>2016-03-02</LISTED_ON>
                </INDIVIDUAL>
              </INDIVIDUALS>
              <ENTITIES>
                <ENTITY>
                  <DATAID>200</DATAID>
                  <VERSIONNUM>1</VERSIONNUM>
                  <FIRST_NAME>NORTHWIND   TRADING
                     CORPORATION</FIRST_NAME>
                  <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>KPe.900</REFERENCE_NUMBER>
                  <LISTED_ON>2016-03-02</LISTED_ON>
                  <COMMENTS1>Operates the vessels of the network; its ships sailed under IMO 9123453.</COMMENTS1>
                  <NAME_ORIGINAL_SCRIPT>북풍무역회사</NAME_ORIGINAL_SCRIPT>
                  <ENTITY_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>NORTHWIND TRADING CO.; NWTC</ALIAS_NAME></ENTITY_ALIAS>
                  <ENTITY_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>NORTHWIND</ALIAS_NAME></ENTITY_ALIAS>
                  <ENTITY_ADDRESS><CITY>Pyongyang</CITY><COUNTRY>Democratic People's Republic of Korea</COUNTRY></ENTITY_ADDRESS>
                  <LAST_DAY_UPDATED><VALUE>2017-08-05</VALUE></LAST_DAY_UPDATED>
                </ENTITY>
                <ENTITY>
                  <DATAID>201</DATAID>
                  <FIRST_NAME>Bureau of Example Exports</FIRST_NAME>
                  <UN_LIST_TYPE>Libya</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>LYe.901</REFERENCE_NUMBER>
                  <COMMENTS1 />
                </ENTITY>
                <ENTITY>
                  <DATAID>202</DATAID>
                  <FIRST_NAME>MV SEA SPARROW 7</FIRST_NAME>
                  <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>KPe.902</REFERENCE_NUMBER>
                  <LISTED_ON>2018-03-30</LISTED_ON>
                  <COMMENTS1>General cargo vessel. IMO number: 9123453. Flag: unknown.</COMMENTS1>
                  <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>GULL 3</ALIAS_NAME></ENTITY_ALIAS>
                </ENTITY>
                <ENTITY>
                  <DATAID>203</DATAID>
                  <FIRST_NAME>HERON</FIRST_NAME>
                  <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>KPe.903</REFERENCE_NUMBER>
                  <LISTED_ON>2018-03-30</LISTED_ON>
                  <COMMENTS1>Tanker, IMO 9123454.</COMMENTS1>
                </ENTITY>
              </ENTITIES>
            </CONSOLIDATED_LIST>
            """;

    private static UnConsolidatedListImporter.Result read(String xml) {
        return UnConsolidatedListImporter.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "sample.xml");
    }

    @Test
    void entitiesBecomeOrganisationsAndShipsVessels() {
        UnConsolidatedListImporter.Result result = read(SAMPLE);
        assertEquals("2024-01-02T00:00:00Z", result.dateGenerated());
        assertEquals(1, result.individualsSkipped());
        List<GazetteerEntry> entries = result.entries();
        assertEquals(List.of("org:un-kpe.900", "org:un-lye.901", "vessel:un-kpe.902", "vessel:un-kpe.903"),
                entries.stream().map(GazetteerEntry::id).toList());

        // a company whose comments speak of ships and an IMO number stays a company
        GazetteerEntry company = entries.get(0);
        assertEquals(EntityType.ORGANIZATION, company.type());
        assertEquals("NORTHWIND TRADING CORPORATION", company.canonical());
        assertEquals(List.of("NORTHWIND TRADING CO.", "NWTC", "북풍무역회사"), company.aliases());
        assertEquals(Map.of(), company.attributes());
        assertEquals("UN SC Consolidated List KPe.900, listed 2016-03-02", company.source());
        assertEquals(Set.of(), company.flags());

        GazetteerEntry bureau = entries.get(1);
        assertEquals(EntityType.ORGANIZATION, bureau.type());
        assertEquals("UN SC Consolidated List LYe.901", bureau.source());

        GazetteerEntry vessel = entries.get(2);
        assertEquals(EntityType.VESSEL, vessel.type());
        assertEquals("SEA SPARROW 7", vessel.canonical());
        assertEquals(List.of("GULL 3"), vessel.aliases());
        assertEquals(Map.of("imo", "9123453", "formerNames", "GULL 3"), vessel.attributes());
        assertEquals("UN SC Consolidated List KPe.902, listed 2018-03-30", vessel.source());
        assertEquals(Set.of(), vessel.flags());

        // a bad check digit: still a ship, without the number; a one-word name needs a cue
        GazetteerEntry tanker = entries.get(3);
        assertEquals(EntityType.VESSEL, tanker.type());
        assertEquals(Map.of(), tanker.attributes());
        assertEquals(Set.of(MatchFlag.NEEDS_CUE), tanker.flags());

        assertEquals(List.of("KPe.900: 1 alias(es) of quality Low left out", "KPe.903: IMO 9123454 fails its check digit; left out"),
                result.notes());
    }

    @Test
    void writtenEntriesLoadBackUnchanged() {
        List<GazetteerEntry> entries = read(SAMPLE).entries();
        StringWriter out = new StringWriter();
        GazetteerWriter.write(entries, out);
        List<GazetteerEntry> loaded = GazetteerLoader.load(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "written.jsonl");
        assertEquals(entries, loaded);
        assertEquals(entries.size(), out.toString().lines().count());
        assertTrue(out.toString().startsWith("{\"id\":\"org:un-kpe.900\",\"type\":\"ORGANIZATION\",\"canonical\":"),
                out.toString());
    }

    @Test
    void badInputNamesFileLineAndReason() {
        assertFailure("<sdnList/>", "sample.xml:1: not a UN consolidated list: the root element is sdnList");
        assertFailure("<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>X</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>",
                "sample.xml:1: ENTITY without REFERENCE_NUMBER");
        assertFailure("<CONSOLIDATED_LIST>\n<ENTITIES>\n<ENTITY><REFERENCE_NUMBER>A</REFERENCE_NUMBER></ENTITY>",
                "sample.xml:3: ENTITY A without FIRST_NAME");
        assertFailure("<CONSOLIDATED_LIST>\n<ENTITIES><ENTITY>\n</ENTITIES>", "sample.xml:3: not well-formed XML");
        String twice = "<ENTITY><REFERENCE_NUMBER>A.1</REFERENCE_NUMBER><FIRST_NAME>X</FIRST_NAME></ENTITY>";
        assertFailure("<CONSOLIDATED_LIST><ENTITIES>" + twice + twice + "</ENTITIES></CONSOLIDATED_LIST>",
                "sample.xml:1: reference number listed twice: org:un-a.1");
        assertFailure("", "sample.xml:1: not well-formed XML");
    }

    @Test
    void aDoctypeIsRefusedBeforeAnythingIsRead() {
        GazetteerFormatException e = assertFailure("""
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY name "EXPANDED">]>
                <CONSOLIDATED_LIST><ENTITIES><ENTITY><REFERENCE_NUMBER>A</REFERENCE_NUMBER>
                <FIRST_NAME>&name;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>
                """, "sample.xml:2: refused: DOCTYPE declarations are refused");
        assertTrue(e.getCause() instanceof UnsafeXmlException, String.valueOf(e.getCause()));
        assertFalse(e.getMessage().contains("EXPANDED"));
    }

    @Test
    void imoCheckDigit() {
        assertTrue(ImoNumber.isValid("9123453"));
        assertTrue(ImoNumber.isValid("7937317"));
        assertFalse(ImoNumber.isValid("9123454"));
        assertFalse(ImoNumber.isValid("912345"));
        assertFalse(ImoNumber.isValid("91234530"));
        assertFalse(ImoNumber.isValid("912345x"));
        assertFalse(ImoNumber.isValid(null));
    }

    private static GazetteerFormatException assertFailure(String xml, String prefix) {
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> read(xml));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e;
    }
}
