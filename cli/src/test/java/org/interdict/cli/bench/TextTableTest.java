package org.interdict.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsFiguresRightAndWordsLeft() {
        String table = new TextTable("", "Interdict", "CoreNLP pipeline")
                .row("tokens/s", "41,000", "1,200")
                .row("start-up", "1.905 s", "-")
                .row("output", "3 events", "none")
                .toString();
        assertEquals(String.join("\n",
                "          Interdict  CoreNLP pipeline",
                "-------------------------------------",
                "tokens/s     41,000             1,200",
                "start-up    1.905 s                 -",
                "output     3 events  none",
                ""), table);
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        TextTable table = new TextTable("a", "b");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
        assertEquals("row has 1 cells, table has 2 columns: [only one]", e.getMessage());
    }

    @Test
    void formatsNumbers() {
        assertEquals("0.764 s", TextTable.seconds(764_000_000L));
        assertEquals("12.3 s", TextTable.seconds(12_345_000_000L));
        assertEquals("-", TextTable.seconds(-1));
        assertEquals("3,410", TextTable.rate(3410.4));
        assertEquals("13.1", TextTable.rate(13.06));
        assertEquals("0.028", TextTable.rate(12 / 428.3));
        assertEquals("-", TextTable.rate(Double.NaN));
        assertEquals("1,024 MB", TextTable.megabytes(1024L * 1024 * 1024));
        assertEquals("41.67x", TextTable.ratio(41.666));
    }
}
