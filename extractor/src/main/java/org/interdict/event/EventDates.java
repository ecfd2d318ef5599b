package org.interdict.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.date.DateMention;
import org.interdict.date.NarrativeDates;
import org.interdict.model.DateValue;
import org.interdict.text.Sentence;

/**
 * The date of an event from its sentence: the first resolved date mention that is no dateline, no date of
 * a statement ("said on Tuesday") and no reference point ("since June"); narrative dates ("a month
 * earlier", "December of that year") counted from the date the story told last; "the weekend" from the
 * publication day; two dates joined by "and" or "to" as a range. Stateless.
 */
final class EventDates {

    private static final Pattern STATEMENT_BEFORE = Pattern.compile(
            "\\b(said|says|announced|stated|confirmed|reported|added|disclosed|revealed|acknowledged|admitted|denied|"
            + "insisted|claimed|conceded|complained|protested|released|published|issued|unveiled|displayed|"
            + "told (reporters|journalists|\\w+))"
            + "\\s+(on|late on|early on|late|early)?\\s*$");
    private static final Pattern STATEMENT_AFTER = Pattern.compile("\\s+(said|say|says|announced|stated|confirmed|"
            + "reported|disclosed|revealed|denied|insisted|claimed|rejected|dismissed|defended|protested|complained|"
            + "told|warned|accused|put|gave|estimated|released|published|issued|unveiled|displayed|presented|paraded|"
            + "showed)\\b");
    private static final Pattern THAT_YEAR = Pattern.compile("(?i)\\s+(of\\s+)?that\\s+(same\\s+)?year\\b");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)\\b(this|last|that|the same|the previous|"
            + "the past|next) year\\b");
    private static final Pattern ADOPTION_YEAR = Pattern.compile("(?i)\\b(resolutions?|decisions?|regulations?)\\s+"
            + "[0-9/]+\\s*(\\(|of\\s+)$|\\b\\d{3,4}\\s*\\($");
    private static final Pattern EARLIER_LEG = Pattern.compile("(?i)\\bhad (?:been )?(?:left|sailed|departed|set sail|"
            + "loaded|called at|embarked)\\b");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");
    /**
     * "Resolution 1874, adopted by the Security Council in June,", "the arms embargo imposed on the North African
     * country in 2011": when a measure was made, not the event.
     */
    private static final Pattern ADOPTED = Pattern.compile("(?i)\\b(adopted|passed|enacted|approved unanimously|"
            + "unanimously approved|renewed|imposed|introduced|instituted)\\b[^;]{0,40}$");
    /** "… which the Security Council renewed last year in resolution 2244": the date of a resolution's making. */
    private static final Pattern IN_RESOLUTION_AFTER = Pattern.compile("(?i)\\s*,?\\s*(in|by|with|through)\\s+(its\\s+)?"
            + "(resolutions?|decisions?|regulations?)\\b");
    /** "the Council's 2007 prohibition on arms exports", "the 2006 UN sanctions": the year a measure was made. */
    private static final Pattern MEASURE_AFTER = Pattern.compile("(?i)\\s+(?:(?:UN|U\\.N\\.|United|Nations|Security|Council|"
            + "arms)\\s+)*(?:resolutions?|ban|prohibition|sanctions|embargo)\\b");
    /** "Resolution 1874 later widened the ban": the number of a resolution, not a year. */
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("(?i)\\bresolutions?\\s+(?:\\d{3,4}\\s*(?:\\(\\d{4}\\))?\\s*(?:,|and)\\s*)*$");
    /** Events of another kind that a date may belong to: "the nuclear test in May", "the November 2015 attacks". */
    private static final String OTHER_HAPPENING = "(?:nuclear |missile )?(?:tests?|coup|attacks?|war|elections?|invasion|"
            + "uprising|revolution|earthquake|bombings?|ceasefire|truce|summit|assassination|killings?)";
    private static final Pattern HAPPENING_BEFORE = Pattern.compile("(?i)\\b" + OTHER_HAPPENING + "\\s+(?:in|on|of)\\s+$");
    private static final Pattern HAPPENING_AFTER = Pattern.compile("(?i)\\s+" + OTHER_HAPPENING + "\\b");
    /** The dash after a dateline's date, a wire's name in brackets allowed between ("Feb 1 (Reuters) -"). */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s*(\\([^()\\n]{1,25}\\)\\s*)?[-\u2013\u2014]");
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(and|to|through|-|\u2013|until)\\s*");
    /** "In May," "in early May": the month, never the modal verb (which takes no preposition before it). */
    /** "in May", "early March": the two months SUTime takes for a verb when no day or year comes with them. */
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring)\\s+"
            + "(?:early\\s+|late\\s+)?(May|March)\\b(?!\\s+(?:be|have|not|also|well|on|through|into)\\b)");
    /** The words that measure one find by another ("larger than the …", "surpassing the …"). */
    static final String COMPARING = "than|surpassing|exceeding|eclipsing|dwarfing|outstripping|topping";
    /** "… surpassing the 60 assault weapons found at the airport in 2017": the date of the find compared with. */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(" + COMPARING
            + ")\\s+(the|those|any|that|its|their|this)\\b");
    /** How many sentences back a narrative date ("a month earlier") looks for the date it counts from. */
    private static final int NARRATIVE_LOOKBACK = 6;

    private EventDates() {
    }

    /** The event date told in sentence {@code s}: a value, a mention SUTime could not resolve, or null. */
    static DateValue date(DocumentAnalysis doc, int s) {
        return dateBefore(doc, s, Integer.MAX_VALUE);
    }

    /** The date of sentence {@code s} told before the character offset {@code end}: the date of its first clause. */
    static DateValue dateBefore(DocumentAnalysis doc, int s, int end) {
        return dateWithin(doc, s, 0, end);
    }

    /**
     * The date of sentence {@code s} told between the character offsets {@code start} and {@code end}: the
     * date of one clause ("intercepted cannabis in January, and … drones that Turkey delivered last year").
     */
    static DateValue dateWithin(DocumentAnalysis doc, int s, int start, int end) {
        String text = doc.analyzed().text();
        List<DateMention> dates = doc.dates().datesIn(s).stream()
                .filter(d -> d.start() >= start && d.end() <= end)
                .filter(d -> !isDateline(text, d) && !isStatementDate(text, d) && !isReferenceDate(text, d))
                .map(d -> resolved(doc, s, d))
                .toList();
        Sentence sentence = doc.analyzed().sentences().get(s);
        // where the part of the sentence before {@code end} stops
        int upTo = Math.max(sentence.start(), Math.min(sentence.end(), end));
        for (int i = 0; i < dates.size(); i++) {
            DateMention date = dates.get(i);
            if (date.value() == null) {
                continue;
            }
            if (i + 1 < dates.size()) {
                DateMention following = dates.get(i + 1);
                String between = text.substring(date.end(), following.start());
                if (following.value() != null && RANGE_JOIN.matcher(between).matches()
                        && date.value().length() == following.value().length()) {
                    return new DateValue(text.substring(date.start(), following.end()),
                            date.value() + "/" + following.value());
                }
            }
            if (date.value().length() == 4 && RELATIVE_YEAR.matcher(date.text()).find()) {
                // "the second such interception this year: in March, a fishing boat …": a later date inside
                // the year a relative phrase names says when ("delivered during 2021 … that October" does not)
                DateValue month = bareMonth(text.substring(date.end(), Math.max(date.end(), upTo)),
                        doc.document().published());
                if (month != null && month.value().startsWith(date.value() + "-")) {
                    return month;
                }
                for (int k = i + 1; k < dates.size(); k++) {
                    String later = dates.get(k).value();
                    if (later != null && later.startsWith(date.value() + "-") && !later.contains("W")) {
                        return new DateValue(dates.get(k).text(), later);
                    }
                }
            }
            return new DateValue(date.text(), date.value());
        }
        int from = Math.min(upTo, Math.max(sentence.start(), start));
        String sentenceText = text.substring(from, upTo);
        if (dates.stream().allMatch(d -> d.value() == null)) {
            // "In May, customs officers found …": SUTime reads "May" as the modal verb and leaves no value
            DateValue month = bareMonth(sentenceText, doc.document().published());
            if (month != null) {
                return month;
            }
        }
        if (dates.isEmpty()) {
            // "Five days later, officers found …": a counted narrative date SUTime did not mark
            int[] found = NarrativeDates.findCounted(sentenceText);
            if (found != null) {
                DateMention mention = new DateMention(text.substring(from + found[0], from + found[1]),
                        from + found[0], from + found[1], null);
                String value = NarrativeDates.resolve(mention.text(), anchor(doc, s, mention));
                return value == null ? null : new DateValue(mention.text(), value);
            }
        }
        return dates.isEmpty() ? null : new DateValue(dates.get(0).text(), null);
    }

    /** A mention with the value the story means: narrative dates and weekends counted, "that year" placed. */
    private static DateMention resolved(DocumentAnalysis doc, int s, DateMention mention) {
        if (NarrativeDates.isNarrative(mention.text())) {
            return new DateMention(mention.text(), mention.start(), mention.end(),
                    NarrativeDates.resolve(mention.text(), anchor(doc, s, mention)));
        }
        String weekend = mention.value() == null ? NarrativeDates.weekend(mention.text(), doc.document().published()) : null;
        if (weekend != null) {
            return new DateMention(mention.text(), mention.start(), mention.end(), weekend);
        }
        // "eight days before Friday's massacre": the day the offset gives, not Friday
        String offset = NarrativeDates.offsetBy(doc.analyzed().text().substring(Math.max(0, mention.start() - 40),
                mention.start()), mention.value());
        return offset != null ? new DateMention(mention.text(), mention.start(), mention.end(), offset)
                : thatYear(doc, s, mention);
    }

    /** "In December of that year": the month in the year the story told last, not in the publication year. */
    private static DateMention thatYear(DocumentAnalysis doc, int s, DateMention date) {
        String text = doc.analyzed().text();
        if (date.value() == null || date.value().length() != 7
                || !THAT_YEAR.matcher(text.substring(date.end(), Math.min(text.length(), date.end() + 16))).lookingAt()) {
            return date;
        }
        String anchor = anchor(doc, s, date);
        return anchor == null ? date : new DateMention(date.text(), date.start(), date.end(),
                anchor.substring(0, 4) + date.value().substring(4));
    }

    /**
     * The date a narrative expression ("a month earlier") counts from: the last date told before it, in
     * its sentence or the few before (not a dateline or the date of a statement).
     */
    private static String anchor(DocumentAnalysis doc, int s, DateMention mention) {
        String text = doc.analyzed().text();
        for (int k = s; k >= Math.max(0, s - NARRATIVE_LOOKBACK); k--) {
            List<DateMention> before = doc.dates().datesIn(k);
            for (int i = before.size() - 1; i >= 0; i--) {
                DateMention date = before.get(i);
                // "on Wednesday released an inventory of the weapons … commandeered a day earlier": the day of the
                // words counts too in its own sentence (not "…, the ministry said on Thursday. A week later, …")
                if (date.end() <= mention.start() && date.value() != null && !NarrativeDates.isNarrative(date.text())
                        && !isDateline(text, date) && (k == s || !isStatementDate(text, date))) {
                    return date.value();
                }
            }
        }
        return null;
    }

    /**
     * "the first seizure since the Council tightened sanctions in June", "held there since early February":
     * a date in a "since" clause dates the reference point, not the event.
     */
    static boolean isReferenceDate(String text, DateMention date) {
        String before = text.substring(Math.max(0, date.start() - 80), date.start());
        String inClause = clauseEnding(before);
        // "The ship had left North Korea in July, and … officers found …": the date of an earlier leg;
        // "resolution 1970 (2011)", "resolution 2182 of 2014": the year a resolution was adopted
        // "the sanctions tightened after Pyongyang's nuclear test in May", "the November 2015 attacks": the date
        // of something else that happened
        return SINCE.matcher(inClause).find() || EARLIER_LEG.matcher(inClause).find()
                || ADOPTION_YEAR.matcher(before).find() || HAPPENING_BEFORE.matcher(before).find()
                || RESOLUTION_NUMBER.matcher(before).find() || ADOPTED.matcher(inClause).find()
                || COMPARED.matcher(inClause).find()
                || HAPPENING_AFTER.matcher(text.substring(date.end(), Math.min(text.length(), date.end() + 30))).lookingAt()
                || IN_RESOLUTION_AFTER.matcher(text.substring(date.end(), Math.min(text.length(), date.end() + 30))).lookingAt()
                || MEASURE_AFTER.matcher(text.substring(date.end(), Math.min(text.length(), date.end() + 40))).lookingAt();
    }

    /** The clause that ends {@code before}, within its last 80 characters: what follows the last comma or stop. */
    private static String clauseEnding(String before) {
        String tail = before.substring(Math.max(0, before.length() - 80));
        int clause = Math.max(tail.lastIndexOf(','), Math.max(tail.lastIndexOf(';'), tail.lastIndexOf('.')));
        return tail.substring(clause + 1);
    }

    /** "the coast guard said on Wednesday that it had seized…": the date of the statement, not of the event. */
    static boolean isStatementDate(String text, DateMention date) {
        return STATEMENT_BEFORE.matcher(text.substring(Math.max(0, date.start() - 30), date.start())).find()
                // "Turkey on Friday rejected Russian protests over its interception …": the day of the words
                || STATEMENT_AFTER.matcher(text.substring(date.end(), Math.min(text.length(), date.end() + 30))).lookingAt();
    }

    /** "ATHENS, 10 January 2018 - …": the date a report was filed, not the date of the event. */
    static boolean isDateline(String text, DateMention date) {
        return date.start() < 80 && DATELINE_DASH.matcher(text.substring(date.end(), Math.min(text.length(),
                date.end() + 32))).lookingAt();
    }

    /** Whether an ISO day lies inside a coarser ISO value: a year, a month or a week ("2024-W02"). */
    static boolean within(String day, String coarse) {
        if (coarse.contains("-W")) {
            try {
                java.time.LocalDate date = java.time.LocalDate.parse(day);
                String week = String.format(Locale.ROOT, "%d-W%02d",
                        date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                return week.equals(coarse);
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
        return day.startsWith(coarse + "-");
    }

    /** "in May", "in March" (the last before publication), which SUTime reads as verbs; or null. */
    private static DateValue bareMonth(String span, java.time.LocalDate published) {
        Matcher month = BARE_MONTH.matcher(span);
        boolean found = month.find();
        // "after Pyongyang's nuclear test in May": another happening's month. The text up to the match and its
        // first three characters ("in ") is tested, so only "in May" after a happening counts, as the pattern wants
        // "the first such seizure since its campaign began in March": the month of the reference point
        while (found && (HAPPENING_BEFORE.matcher(span.substring(0, month.start() + 3)).find()
                || SINCE.matcher(clauseEnding(span.substring(0, month.start()))).find())) {
            found = month.find();
        }
        if (published == null || !found) {
            return null;
        }
        int number = month.group(1).equals("May") ? 5 : 3;
        int year = published.getMonthValue() >= number ? published.getYear() : published.getYear() - 1;
        return new DateValue(month.group(1), year + "-" + (number < 10 ? "0" : "") + number);
    }

    static DateValue preciseDate(DocumentAnalysis doc, int s) {
        DateValue date = date(doc, s);
        return date != null && date.value() != null && date.value().length() >= 7 ? date : null;
    }
}
