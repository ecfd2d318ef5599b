package org.interdict.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NarrativeDatesTest {

    @Test
    void countedExpressionsShiftTheAnchorAtTheirOwnPrecision() {
        assertEquals("2016-07", NarrativeDates.resolve("A month earlier", "2016-08-14"));
        assertEquals("2012", NarrativeDates.resolve("The year before", "2013-07-15"));
        assertEquals("2002-12", NarrativeDates.resolve("Six months earlier", "2003-06"));
        assertEquals("2012-10-10", NarrativeDates.resolve("five days after", "2012-10-05"));
        assertEquals("2019-03-19", NarrativeDates.resolve("two weeks later", "2019-03-05"));
        assertEquals("2015", NarrativeDates.resolve("the following year", "2014"));
        assertEquals("2014-05", NarrativeDates.resolve("that same month", "2014-05-02"));
    }

    @Test
    void theWeekendIsTheLastOneThatBeganByThePublicationDay() {
        // published on a Monday, a Saturday and a Sunday
        assertEquals("2016-12-10/2016-12-11", NarrativeDates.weekend("at the weekend", java.time.LocalDate.of(2016, 12, 12)));
        assertEquals("2016-12-10/2016-12-11", NarrativeDates.weekend("this weekend", java.time.LocalDate.of(2016, 12, 10)));
        assertEquals("2016-12-10/2016-12-11", NarrativeDates.weekend("over the weekend", java.time.LocalDate.of(2016, 12, 11)));
        assertNull(NarrativeDates.weekend("the weekend market", java.time.LocalDate.of(2016, 12, 12)));
        assertNull(NarrativeDates.weekend("the weekend", null));
    }

    @Test
    void aCountedExpressionIsFoundInsideASentence() {
        String text = "Five days later, officers found another 9 rifles.";
        int[] found = NarrativeDates.findCounted(text);
        assertEquals("Five days later", text.substring(found[0], found[1]));
        assertNull(NarrativeDates.findCounted("Officers found 9 rifles later that day."));
    }

    @Test
    void anAnchorTooCoarseForTheUnitGivesNoValue() {
        assertNull(NarrativeDates.resolve("five days later", "2012-10"));
        assertNull(NarrativeDates.resolve("a month earlier", "2012"));
        assertNull(NarrativeDates.resolve("a month earlier", null));
        assertTrue(NarrativeDates.isNarrative("months later"));
        assertNull(NarrativeDates.resolve("months later", "2012-10-05"));
    }

    @Test
    void onlyStoryRelativeExpressionsAreNarrative() {
        assertTrue(NarrativeDates.isNarrative("The year before"));
        assertTrue(NarrativeDates.isNarrative("the following week"));
        assertFalse(NarrativeDates.isNarrative("last week"));
        assertFalse(NarrativeDates.isNarrative("two years ago"));
        assertFalse(NarrativeDates.isNarrative("the year"));
        assertFalse(NarrativeDates.isNarrative("12 March 2014"));
    }

    @Test
    void anOffsetToldBeforeADateShiftsIt() {
        assertEquals("2015-11-05", NarrativeDates.offsetBy("near Rosenheim eight days before ", "2015-11-13"));
        assertEquals("2019-02-12", NarrativeDates.offsetBy("two weeks after the ", "2019-01-29"));
        assertEquals(null, NarrativeDates.offsetBy("on the motorway on ", "2015-11-13"));
    }
}
