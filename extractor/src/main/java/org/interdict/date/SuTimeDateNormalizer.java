package org.interdict.date;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreLabels;
import org.interdict.text.Sentence;
import org.interdict.text.Token;

/**
 * Dates through CoreNLP's SUTime, resolved against the publication date, with a fast path
 * ({@link AbsoluteDates}) for spans whose dates are all written out in full, which SUTime would read the
 * same way at about a thousandth of the speed. Only ISO 8601 values are kept
 * ({@code 2012}, {@code 2012-05}, {@code 2012-05-20}, {@code 2013-W30}); SUTime's vague values such as
 * {@code PAST_REF} become null. SUTime's annotator is not documented as thread-safe, so calls are
 * serialised on it; the pipeline runs it only on candidate sentences, which keeps the lock cheap.
 */
public final class SuTimeDateNormalizer implements DateNormalizer {

    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\d{4}");
    private static final Pattern TIME_OF_DAY_ALONE = Pattern.compile("(?i)(the\\s+)?((early|late)\\s+)?"
            + "(dawn|dusk|daybreak|sunrise|sunset|morning|evening|night|afternoon|midday|noon|midnight|overnight)");
    private static final Pattern DAY_OF_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");

    private final TimeAnnotator annotator;

    public SuTimeDateNormalizer() {
        Properties props = new Properties();
        // no holiday binders: they pull in jollyday's calendars and add start-up time for dates reports rarely use
        props.setProperty("sutime.binders", "0");
        props.setProperty("sutime.markTimeRanges", "false");
        this.annotator = new TimeAnnotator("sutime", props, true);
    }

    /**
     * News reports about events that already happened: a date written without its year ("in November",
     * "on Tuesday") that SUTime resolves to after the publication date means the last such date before it.
     */
    static String pastBias(String iso, String text, LocalDate published) {
        if (iso == null || published == null || YEAR_IN_TEXT.matcher(text).find() || iso.contains("W")) {
            return iso;
        }
        try {
            if (iso.length() == 7) {
                java.time.YearMonth month = java.time.YearMonth.parse(iso);
                return month.isAfter(java.time.YearMonth.from(published)) ? month.minusYears(1).toString() : iso;
            }
            if (iso.length() == 10) {
                LocalDate date = LocalDate.parse(iso);
                if (!date.isAfter(published)) {
                    return iso;
                }
                return (WEEKDAY.matcher(text).find() ? date.minusWeeks(1) : date.minusYears(1)).toString();
            }
        } catch (java.time.DateTimeException e) {
            return iso;
        }
        return iso;
    }

    /** A zero-width full stop: dates never run across it. */
    private static CoreLabel separator(int at) {
        return CoreLabels.of(".", at, at);
    }

    @Override
    public List<DateMention> find(AnalyzedText analyzed, List<Sentence> sentences, LocalDate published) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        String text = analyzed.text();
        List<DateMention> dates = new ArrayList<>();
        List<Sentence> needSuTime = new ArrayList<>();
        for (Sentence span : sentences) {
            if (AbsoluteDates.canRead(text.substring(span.start(), span.end()))) {
                dates.addAll(AbsoluteDates.read(text, span.start(), span.end()));
            } else {
                needSuTime.add(span);
            }
        }
        if (!needSuTime.isEmpty()) {
            dates.addAll(suTime(analyzed, needSuTime, published));
            dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return dates;
    }

    /**
     * The most tokens SUTime sees in one call. Its cost grows much faster than its input: on one sentence
     * full of date expressions, x4.6 per doubling (StageGrowthTest), 1.3 s for 4,000 characters, all of it
     * inside the lock below. So the spans go in batches of at most this many tokens, and a longer span in
     * pieces; the windows the extractor hands over are about nine tokens, so news text is rarely cut.
     */
    static final int MAX_SUTIME_TOKENS = 100;

    private List<DateMention> suTime(AnalyzedText analyzed, List<Sentence> sentences, LocalDate published) {
        List<DateMention> dates = new ArrayList<>();
        List<Sentence> batch = new ArrayList<>();
        int tokens = 0;
        for (Sentence sentence : sentences) {
            for (int from = sentence.firstToken(); from < sentence.endToken(); from += MAX_SUTIME_TOKENS) {
                int to = Math.min(sentence.endToken(), from + MAX_SUTIME_TOKENS);
                if (tokens + (to - from) > MAX_SUTIME_TOKENS && !batch.isEmpty()) {
                    dates.addAll(suTimeOnce(analyzed, batch, published));
                    batch = new ArrayList<>();
                    tokens = 0;
                }
                batch.add(new Sentence(analyzed.tokens().get(from).start(), analyzed.tokens().get(to - 1).end(), from, to));
                tokens += to - from;
            }
        }
        if (!batch.isEmpty()) {
            dates.addAll(suTimeOnce(analyzed, batch, published));
        }
        return dates;
    }

    private List<DateMention> suTimeOnce(AnalyzedText analyzed, List<Sentence> sentences, LocalDate published) {
        String text = analyzed.text();
        Annotation annotation = new Annotation(text);
        // SUTime's cost is mostly per sentence, so all the spans go in as one sentence, cut apart by
        // separator tokens that no date expression can cross
        List<CoreLabel> labels = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!labels.isEmpty()) {
                labels.add(separator(labels.get(labels.size() - 1).endPosition()));
            }
            for (Token token : analyzed.tokens().subList(sentence.firstToken(), sentence.endToken())) {
                labels.add(CoreLabels.of(token));
            }
        }
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, labels.get(0).beginPosition());
        map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, labels.get(labels.size() - 1).endPosition());
        map.set(CoreAnnotations.TextAnnotation.class,
                text.substring(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition()));
        annotation.set(CoreAnnotations.TokensAnnotation.class, labels);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(map));
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        synchronized (annotator) {
            annotator.annotate(annotation);
        }
        List<DateMention> dates = new ArrayList<>();
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return dates;
        }
        for (CoreMap timex : timexes) {
            Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
            Integer start = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (value == null || start == null || end == null || end <= start) {
                continue;
            }
            String raw = value.value();
            if (TIME_OF_DAY_ALONE.matcher(text.substring(start, end)).matches()) {
                // "dawn", "the evening": no day named, though SUTime puts them on the publication date
                continue;
            }
            if ("TIME".equals(value.timexType())) {
                // "on Saturday evening", "before dawn on Thursday": a time of day on a known day is that day
                Matcher day = DAY_OF_TIME.matcher(raw == null ? "" : raw);
                if (!day.lookingAt()) {
                    continue;
                }
                raw = day.group(1);
            } else if (!"DATE".equals(value.timexType())) {
                continue;
            }
            String iso = raw != null && ISO.matcher(raw).matches() ? raw : null;
            iso = pastBias(iso, text.substring(start, end), published);
            dates.add(new DateMention(text.substring(start, end), start, end, iso));
        }
        return dates;
    }
}
