package org.interdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interdict.cli.batch.CsvCells;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void prefixesCellsThatASpreadsheetWouldRun() {
        assertEquals("'=SUM(A1:A9)", CsvCells.escape("=SUM(A1:A9)"));
        assertEquals("'+1", CsvCells.escape("+1"));
        assertEquals("'-2+3", CsvCells.escape("-2+3"));
        assertEquals("'@cmd", CsvCells.escape("@cmd"));
        assertEquals("'\tx", CsvCells.escape("\tx"));
        assertEquals("'\rx", CsvCells.escape("\rx"));
        assertEquals("''quoted", CsvCells.escape("'quoted"));
    }

    @Test
    void leavesOtherCellsAlone() {
        assertEquals("", CsvCells.escape(null));
        assertEquals("", CsvCells.escape(""));
        assertEquals("Chong Chon Gang", CsvCells.escape("Chong Chon Gang"));
        assertEquals("a=b", CsvCells.escape("a=b"));
        assertEquals("0.82", CsvCells.escape("0.82"));
        assertEquals(" =x", CsvCells.escape(" =x"));
    }

    @Test
    void unescapeGivesBackTheCell() {
        for (String cell : new String[] {"=1", "+", "-", "@", "\t", "\r", "'", "''", "'=", "plain", "'plain", "", "x'"}) {
            assertEquals(cell, CsvCells.unescape(CsvCells.escape(cell)), cell);
        }
    }
}
