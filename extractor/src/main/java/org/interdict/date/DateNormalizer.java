package org.interdict.date;

import java.time.LocalDate;
import java.util.List;
import org.interdict.text.AnalyzedText;
import org.interdict.text.Sentence;

/** Finds and normalises date expressions in chosen sentences. Implementations are thread-safe. */
public interface DateNormalizer {

    /**
     * The dates in the given sentences of the text, in text order.
     *
     * @param published the document's publication date, anchoring relative expressions; null when unknown
     */
    List<DateMention> find(AnalyzedText analyzed, List<Sentence> sentences, LocalDate published);
}
