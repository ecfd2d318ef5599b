package org.interdict.corpus;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.interdict.Document;

/**
 * The last step of every reader: applies the size cap and breaks long runs, then hands the document on;
 * or reports a problem. Not thread-safe (one per {@code forEach}).
 */
final class Emitter {

    private final ReadOptions options;
    private final Consumer<Document> documents;
    private final Consumer<SourceProblem> problems;

    Emitter(ReadOptions options, Consumer<Document> documents, Consumer<SourceProblem> problems) {
        this.options = options;
        this.documents = documents;
        this.problems = problems;
    }

    ReadOptions options() {
        return options;
    }

    /** Hands on a document, or reports it when its text is over the size cap. */
    void document(String source, String position, String id, String text, LocalDate published, String title) {
        if (id == null || id.isBlank()) {
            problem(source, position, "no document id");
            return;
        }
        if (text.length() > options.maxChars()) {
            problem(source, position, overCap(text.length() + " characters"));
            return;
        }
        documents.accept(new Document(id, LongRuns.breakLongRuns(text, options.maxRun()), published, title));
    }

    void problem(String source, String position, String reason) {
        problems.accept(new SourceProblem(source, position, reason));
    }

    /** The reason for a document over the cap; {@code size} says how big it is ("12 MB of markup"). */
    String overCap(String size) {
        return "over the size cap (" + size + "; the cap is " + options.maxChars() + " characters of text)";
    }
}
