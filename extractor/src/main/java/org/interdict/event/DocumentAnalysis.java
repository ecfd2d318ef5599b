package org.interdict.event;

import java.util.List;
import java.util.Map;
import org.interdict.Document;
import org.interdict.date.DateMention;
import org.interdict.model.Entity;
import org.interdict.pattern.RuleMatch;
import org.interdict.text.AnalyzedText;

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

    /** The entities that lie inside the character span (binary search: entities are in text order). */
    public List<Entity> entitiesIn(int start, int end) {
        List<Entity> found = new java.util.ArrayList<>();
        for (int i = firstStartingAtOrAfter(start); i < entities.size() && entities.get(i).start() < end; i++) {
            if (entities.get(i).end() <= end) {
                found.add(entities.get(i));
            }
        }
        return found;
    }

    /** The entities that overlap the character span. */
    public List<Entity> entitiesOverlapping(int start, int end) {
        List<Entity> found = new java.util.ArrayList<>();
        // entities are short: look back from the first one that starts inside the span
        for (int i = Math.max(0, firstStartingAtOrAfter(start) - 8); i < entities.size() && entities.get(i).start() < end; i++) {
            if (entities.get(i).overlaps(start, end)) {
                found.add(entities.get(i));
            }
        }
        return found;
    }

    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = entities.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entities.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
