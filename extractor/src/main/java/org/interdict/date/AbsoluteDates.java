package org.interdict.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path for the dates news reports write out in full ("12 March 2014", "March 12, 2014",
 * "May 2012", "1999"): these need no context, so they are read here in microseconds and SUTime only sees
 * what needs the publication date or a calendar ("last week", "in May", "on Tuesday").
 */
final class AbsoluteDates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    // a year, but not a resolution, an IMO or a flight number ("Resolution 1874")
    private static final Pattern YEAR = Pattern.compile("(?i)(?<!resolution |resolutions |no\\. |imo |number |flight )"
            + "(?<![\\d$\u20ac\u00a3.,-])(19\\d\\d|20\\d\\d)(?![\\d%]|,\\d|\\.\\d)");
    private static final Pattern ANY_MONTH = Pattern.compile("\\b" + MONTH + "(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|tomorrow|tonight|last|ago|earlier|"
            + "later|next|this|previous|recent|recently|week|weekend|month|months|year|years|monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|day|days|decade|century)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private AbsoluteDates() {
    }

    /** Whether the span can be read without SUTime: no relative words, and every month comes with a year. */
    static boolean canRead(String span) {
        if (RELATIVE.matcher(span).find()) {
            return false;
        }
        int months = count(ANY_MONTH, span);
        int withYear = count(DAY_MONTH_YEAR, span) + count(MONTH_DAY_YEAR, span);
        String rest = DAY_MONTH_YEAR.matcher(MONTH_DAY_YEAR.matcher(span).replaceAll(" ")).replaceAll(" ");
        withYear += count(MONTH_YEAR, rest);
        return months == withYear;
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    /** The dates in {@code text.substring(from, to)}, with document offsets, in text order. */
    static List<DateMention> read(String text, int from, int to) {
        String span = text.substring(from, to);
        List<DateMention> found = new ArrayList<>();
        boolean[] taken = new boolean[span.length()];
        Matcher m = DAY_MONTH_YEAR.matcher(span);
        while (m.find()) {
            add(found, taken, text, from, m.start(), m.end(), iso(m.group(3), m.group(2), m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(span);
        while (m.find()) {
            add(found, taken, text, from, m.start(), m.end(), iso(m.group(3), m.group(1), m.group(2)));
        }
        m = MONTH_YEAR.matcher(span);
        while (m.find()) {
            add(found, taken, text, from, m.start(), m.end(), iso(m.group(2), m.group(1), null));
        }
        m = YEAR.matcher(span);
        while (m.find()) {
            add(found, taken, text, from, m.start(), m.end(), m.group(1));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void add(List<DateMention> found, boolean[] taken, String text, int offset, int start, int end,
            String value) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        found.add(new DateMention(text.substring(offset + start, offset + end), offset + start, offset + end, value));
    }

    private static String iso(String year, String month, String day) {
        Integer m = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
        if (m == null) {
            return null;
        }
        if (day == null) {
            return String.format("%s-%02d", year, m);
        }
        try {
            return LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
