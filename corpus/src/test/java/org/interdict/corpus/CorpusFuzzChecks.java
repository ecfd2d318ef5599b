package org.interdict.corpus;

import java.util.ArrayList;
import java.util.List;
import org.interdict.Document;

/**
 * Collects what a reader emits under small caps and checks every document against them: an id, text no
 * longer than the cap, no run of non-whitespace longer than the longest run. Shared by the reader fuzz
 * tests.
 */
final class CorpusFuzzChecks {

    /** Small caps, so that fuzzed inputs reach the over-the-cap and long-run paths. */
    static final ReadOptions OPTIONS = ReadOptions.defaults().withMaxChars(2_000).withMaxRun(40);

    final List<Document> documents = new ArrayList<>();
    final List<SourceProblem> problems = new ArrayList<>();

    Emitter emitter() {
        return new Emitter(OPTIONS, documents::add, problems::add);
    }

    void checkDocuments(String source) {
        for (Document document : documents) {
            if (document.id().isBlank()) {
                throw new AssertionError("document without an id from " + source);
            }
            String text = document.text();
            if (text.length() > OPTIONS.maxChars()) {
                throw new AssertionError("document " + document.id() + " over the cap: " + text.length());
            }
            int run = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                run = Character.isWhitespace(codePoint) ? 0 : run + Character.charCount(codePoint);
                if (run > OPTIONS.maxRun()) {
                    throw new AssertionError("document " + document.id() + ": run of " + run + " at " + i);
                }
                i += Character.charCount(codePoint);
            }
        }
        for (SourceProblem problem : problems) {
            if (!source.equals(problem.source()) || problem.reason() == null || problem.reason().isBlank()) {
                throw new AssertionError("problem without its source or reason: " + problem);
            }
        }
    }
}
