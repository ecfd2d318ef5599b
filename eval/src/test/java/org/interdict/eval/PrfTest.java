package org.interdict.eval;

import static org.interdict.eval.Fixtures.assertPrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrfTest {

    @Test
    void figuresFromCounts() {
        assertPrf("3/1/2", 3, 1, 2, 0.75, 0.6, 6.0 / 9.0, new Prf(3, 1, 2));
    }

    @Test
    void emptyDenominatorsAreUndefinedNotZero() {
        assertPrf("nothing at all", 0, 0, 0, null, null, null, Prf.ZERO);
        assertPrf("nothing predicted", 0, 0, 4, null, 0.0, 0.0, new Prf(0, 0, 4));
        assertPrf("nothing to find", 0, 2, 0, 0.0, null, 0.0, new Prf(0, 2, 0));
    }

    @Test
    void microSumsCountsBeforeDividing() {
        Prf micro = Prf.micro(List.of(new Prf(1, 0, 0), new Prf(0, 0, 0), new Prf(1, 3, 1)));
        // macro over the defined rows would be P = (1 + 0.25) / 2; micro is 2 / 5
        assertPrf("micro", 2, 3, 1, 0.4, 2.0 / 3.0, 0.5, micro);
        assertEquals(3, micro.gold());
        assertEquals(5, micro.predicted());
    }

    @Test
    void rejectsNegativeCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Prf(1, -1, 0));
        assertEquals("negative count: tp=1 fp=-1 fn=0", e.getMessage());
    }

    @Test
    void formatsUndefinedAsNa() {
        assertEquals("n/a", Prf.format(Prf.ZERO.precision()));
        assertEquals("0.667", Prf.format(new Prf(2, 1, 0).precision()));
    }
}
