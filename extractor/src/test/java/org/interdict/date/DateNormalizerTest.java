package org.interdict.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {

    private static final SuTimeDateNormalizer DATES = new SuTimeDateNormalizer();
    private static final CoreNlpTextAnalyzer TEXT = new CoreNlpTextAnalyzer();

    private static List<String> values(String text, LocalDate published) {
        AnalyzedText analyzed = TEXT.analyze(text);
        return DATES.find(analyzed, analyzed.sentences(), published).stream()
                .map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void writtenOutDatesTakeTheFastPath() {
        assertEquals(List.of("May 2012=2012-05", "12 March 2014=2014-03-12", "March 5, 2014=2014-03-05", "1999=1999"),
                values("In May 2012 and on 12 March 2014 and March 5, 2014, as in 1999.", null));
        assertEquals(List.of(), values("Resolution 1874 was adopted; IMO 9144718.", null));
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        assertEquals(List.of("last week=2013-W30"), values("The ship was seized last week.", LocalDate.of(2013, 8, 1)));
    }

    @Test
    void datesWithoutAYearLieBeforeThePublicationDate() {
        assertEquals(List.of("November=2009-11"), values("In November, inspectors found rifles.", LocalDate.of(2010, 6, 1)));
        assertEquals("2014-03-04", SuTimeDateNormalizer.pastBias("2014-03-11", "on Tuesday", LocalDate.of(2014, 3, 6)));
        assertEquals("2013-03-05", SuTimeDateNormalizer.pastBias("2014-03-05", "March 5", LocalDate.of(2014, 3, 1)));
        assertEquals("2014-03-05", SuTimeDateNormalizer.pastBias("2014-03-05", "March 5, 2014", LocalDate.of(2014, 3, 1)));
    }

    @Test
    void aTimeOfDayOnAKnownDayIsThatDay() {
        // published on a Tuesday: "Saturday evening" is the Saturday before
        assertEquals(List.of("Saturday evening=2021-08-28"),
                values("Officers stopped the truck on Saturday evening.", LocalDate.of(2021, 8, 31)));
    }

    @Test
    void aTimeOfDayAloneNamesNoDay() {
        // published on a Saturday: "dawn" alone is not the publication date; the Thursday is
        assertEquals(List.of("Thursday=2002-01-03"),
                values("Commandos took the ship before dawn on Thursday.", LocalDate.of(2002, 1, 5)));
        assertEquals(List.of(), values("The raid began at dawn.", LocalDate.of(2002, 1, 5)));
    }
}
