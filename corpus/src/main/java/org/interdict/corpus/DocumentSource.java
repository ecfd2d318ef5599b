package org.interdict.corpus;

import java.io.Closeable;
import java.util.function.Consumer;
import org.interdict.Document;

/**
 * A stream of documents read one at a time, never the whole archive in memory. Documents that cannot be
 * read are reported to the problem handler and skipped; they never stop the stream.
 */
public interface DocumentSource extends Closeable {

    /**
     * Reads every document in order, handing each to {@code documents} and each unreadable one to
     * {@code problems}.
     */
    void forEach(Consumer<Document> documents, Consumer<SourceProblem> problems);

    @Override
    default void close() {
    }
}
