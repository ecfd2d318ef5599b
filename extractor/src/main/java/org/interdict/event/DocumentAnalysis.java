package org.interdict.event;

import java.util.List;
import java.util.Map;
import org.interdict.Document;
import org.interdict.date.DateMention;
import org.interdict.model.Entities;
import org.interdict.model.Entity;
import org.interdict.pattern.RuleMatch;
import org.interdict.text.AnalyzedText;
import org.interdict.text.Sentence;

/**
 * Everything the earlier stages found in one document, which event assembly reads: the text analysis,
 * the entities in text order, the dates, and the rule matches of each candidate sentence.
 */
public record DocumentAnalysis(Document document, AnalyzedText analyzed, List<Entity> entities,
        DateLookup dates, Map<Integer, List<RuleMatch>> matchesBySentence) {

    /**
     * The dates of a sentence, computed on demand: date normalisation is costly, and only sentences that
     * open an event need it.
     */
    @FunctionalInterface
    public interface DateLookup {
        List<DateMention> datesIn(int sentence);
    }

    public DocumentAnalysis {
        entities = List.copyOf(entities);
        matchesBySentence = Map.copyOf(matchesBySentence);
    }

    public List<RuleMatch> matches(int sentence) {
        return matchesBySentence.getOrDefault(sentence, List.of());
    }

    /** The character offset where a token range starts. */
    public int charStart(RuleMatch.TokenRange range) {
        return analyzed.tokens().get(range.start()).start();
    }

    /** The character offset where a token range ends. */
    public int charEnd(RuleMatch.TokenRange range) {
        return analyzed.tokens().get(range.end() - 1).end();
    }

    /** The text of a token range as written. */
    public String text(RuleMatch.TokenRange range) {
        return analyzed.text().substring(charStart(range), charEnd(range));
    }

    /** The text of a sentence as written. */
    public String text(Sentence sentence) {
        return analyzed.text().substring(sentence.start(), sentence.end());
    }

    /** The entities that lie inside the character span. */
    public List<Entity> entitiesIn(int start, int end) {
        return Entities.inside(entities, start, end);
    }

    /** The entities that overlap the character span. */
    public List<Entity> entitiesOverlapping(int start, int end) {
        return Entities.overlapping(entities, start, end);
    }
}
