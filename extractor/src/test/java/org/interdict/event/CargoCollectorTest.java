package org.interdict.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Reading the count of an item of cargo from the words before it. */
class CargoCollectorTest {

    @Test
    void digitsAndNumberWordsCount() {
        assertEquals(1989, CargoCollector.number("1,989").intValue());
        assertEquals(12, CargoCollector.number("twelve").intValue());
        assertEquals(3000, CargoCollector.number("three thousand").intValue());
    }

    @Test
    void aCalibreAfterTheCountIsNotPartOfIt() {
        assertEquals(20, CargoCollector.number("20 60").intValue());
        assertEquals(3, CargoCollector.number("three 40").intValue());
    }

    @Test
    void aBareScaleWordIsOneOfIt() {
        assertEquals(1_000_000, CargoCollector.number("million").intValue());
        assertEquals(2_000_000, CargoCollector.number("two million").intValue());
    }

    @Test
    void wordsThatAreNoNumberGiveNone() {
        assertNull(CargoCollector.number("several"));
    }
}
