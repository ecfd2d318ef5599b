package org.interdict.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates told relative to the story rather than to the publication day ("a month earlier", "the year
 * before", "five days after", "the following week"). SUTime reads them against the publication date; a
 * report means them against the date it told last. Stateless.
 */
public final class NarrativeDates {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final String AMOUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
    private static final String UNIT = "(day|week|month|year)s?";
    /** "six months earlier", "five days after", "two weeks later". */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)^(?:some |about |nearly |almost |just )?" + AMOUNT + " " + UNIT + " (earlier|later|before|after|afterwards|previously)$");
    /** "months later", "years earlier": counted from the story, but by an amount nobody gave. */
    private static final Pattern UNCOUNTED = Pattern.compile(
            "(?i)^(?:some |several |a few |many )?" + UNIT + " (earlier|later|before|after|afterwards|previously)$");
    /** "the year before", "the day after", "the following week", "the previous month", "that same month". */
    private static final Pattern NAMED = Pattern.compile(
            "(?i)^(?:the|that) (?:(following|next|previous|preceding|same) )?(day|week|month|year)(?: (before|after|earlier|later))?$");

    private NarrativeDates() {
    }

    /** Whether the expression counts from the story's last date rather than from the publication date. */
    public static boolean isNarrative(String text) {
        String t = text.strip();
        if (COUNTED.matcher(t).matches() || UNCOUNTED.matcher(t).matches()) {
            return true;
        }
        Matcher named = NAMED.matcher(t);
        return named.matches() && (named.group(1) != null || named.group(3) != null || t.toLowerCase(Locale.ROOT).startsWith("that"));
    }

    /**
     * The ISO value of a narrative expression counted from {@code anchor} (an ISO day, month or year), at the
     * precision of both; null when the expression or the anchor cannot be read.
     */
    public static String resolve(String text, String anchor) {
        if (anchor == null) {
            return null;
        }
        String t = text.strip();
        int amount;
        String unit;
        int sign;
        Matcher counted = COUNTED.matcher(t);
        Matcher named = NAMED.matcher(t);
        if (counted.matches()) {
            String a = counted.group(1).toLowerCase(Locale.ROOT);
            amount = WORDS.containsKey(a) ? WORDS.get(a) : Integer.parseInt(a);
            unit = counted.group(2).toLowerCase(Locale.ROOT);
            sign = direction(counted.group(3));
        } else if (named.matches()) {
            unit = named.group(2).toLowerCase(Locale.ROOT);
            String which = named.group(1) == null ? named.group(3) : named.group(1);
            amount = which == null || which.equalsIgnoreCase("same") ? 0 : 1;
            sign = which == null || which.equalsIgnoreCase("same") ? 1 : direction(which);
        } else {
            return null;
        }
        try {
            return shift(anchor, unit, sign * amount);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** A counted narrative expression anywhere in a sentence ("Five days later, officers found …"). */
    private static final Pattern COUNTED_IN_TEXT = Pattern.compile(
            "(?i)\\b" + AMOUNT + " " + UNIT + " (earlier|later|afterwards|previously)\\b");

    /**
     * The first counted narrative expression in a text, as [start, end), or null. SUTime does not always
     * mark these ("Five days later" opening a sentence); the caller resolves the match with {@link #resolve}.
     */
    public static int[] findCounted(String text) {
        Matcher matcher = COUNTED_IN_TEXT.matcher(text);
        return matcher.find() ? new int[] {matcher.start(), matcher.end()} : null;
    }

    /** "at the weekend", "over the weekend", "last weekend": SUTime leaves them without a value. */
    private static final Pattern WEEKEND = Pattern.compile("(?i)^(?:(?:at|over|during|on) )?(?:the|last|this|past) weekend$");

    /**
     * The Saturday-to-Sunday range a news report means by "the weekend": the last one that began on or
     * before the publication day. Null when the text is no such expression or there is no publication day.
     */
    public static String weekend(String text, LocalDate published) {
        if (published == null || !WEEKEND.matcher(text.strip()).matches()) {
            return null;
        }
        LocalDate saturday = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
        return saturday + "/" + saturday.plusDays(1);
    }

    /** "eight days before ", "two weeks after ", "three days prior to ": an offset told before a date. */
    private static final Pattern OFFSET_BEFORE = Pattern.compile(
            "(?i)\\b" + AMOUNT + " " + UNIT + " (before|after|prior to|ahead of)\\s+(?:the\\s+)?$");

    /**
     * The value of a date told with an offset before it ("eight days before Friday's attacks": the Friday less
     * eight days), or null when the text before the date gives none.
     */
    public static String offsetBy(String textBefore, String value) {
        Matcher offset = OFFSET_BEFORE.matcher(textBefore);
        if (value == null || !offset.find()) {
            return null;
        }
        String a = offset.group(1).toLowerCase(Locale.ROOT);
        int amount = WORDS.containsKey(a) ? WORDS.get(a) : Integer.parseInt(a);
        String which = offset.group(3).toLowerCase(Locale.ROOT);
        int sign = which.equals("after") ? 1 : -1;
        try {
            return shift(value, offset.group(2).toLowerCase(Locale.ROOT), sign * amount);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static int direction(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("earlier") || w.equals("before") || w.equals("previously") || w.equals("previous")
                || w.equals("preceding") ? -1 : 1;
    }

    private static String shift(String anchor, String unit, int amount) {
        if (anchor.length() == 10) {
            LocalDate day = LocalDate.parse(anchor);
            return switch (unit) {
                case "day" -> day.plusDays(amount).toString();
                case "week" -> day.plusWeeks(amount).toString();
                case "month" -> YearMonth.from(day.plusMonths(amount)).toString();
                default -> Integer.toString(day.plusYears(amount).getYear());
            };
        }
        if (anchor.length() == 7 && !unit.equals("day") && !unit.equals("week")) {
            YearMonth month = YearMonth.parse(anchor);
            return unit.equals("month") ? month.plusMonths(amount).toString() : Integer.toString(month.plusYears(amount).getYear());
        }
        if (anchor.length() == 4 && unit.equals("year")) {
            return Integer.toString(Integer.parseInt(anchor) + amount);
        }
        return null;
    }
}
