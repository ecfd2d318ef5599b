package org.interdict.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interdict.Document;

/**
 * The documents of a benchmark with their token counts (from one {@link TokenCounter}, counted before
 * any timing). Immutable.
 *
 * @param description what the documents are, for the report ("bundled corpus", a folder, "sample of…")
 * @param documents   the documents, in input order
 * @param tokens      the token count of each document, in the same order
 */
public record BenchInput(String description, List<Document> documents, int[] tokens) {

    public BenchInput {
        Objects.requireNonNull(description, "description");
        documents = List.copyOf(documents);
        tokens = tokens.clone();
        if (tokens.length != documents.size()) {
            throw new IllegalArgumentException(documents.size() + " documents but " + tokens.length + " token counts");
        }
    }

    /** Counts the tokens of every document. */
    public static BenchInput of(String description, List<Document> documents, TokenCounter counter) {
        int[] tokens = new int[documents.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = counter.count(documents.get(i).text());
        }
        return new BenchInput(description, documents, tokens);
    }

    @Override
    public int[] tokens() {
        return tokens.clone();
    }

    public int size() {
        return documents.size();
    }

    public long totalTokens() {
        long sum = 0;
        for (int t : tokens) {
            sum += t;
        }
        return sum;
    }

    public long totalChars() {
        long sum = 0;
        for (Document document : documents) {
            sum += document.text().length();
        }
        return sum;
    }

    /** The documents at the given indices, in that order. */
    public BenchInput select(String description, int[] indices) {
        List<Document> chosen = new ArrayList<>(indices.length);
        int[] chosenTokens = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            chosen.add(documents.get(indices[i]));
            chosenTokens[i] = tokens[indices[i]];
        }
        return new BenchInput(description, chosen, chosenTokens);
    }

    /**
     * {@code n} indices out of {@code 0..total-1}, spread evenly and always starting at 0
     * ({@code i * total / n}); all of them when {@code n >= total}.
     */
    public static int[] spreadIndices(int total, int n) {
        if (total < 0 || n < 0) {
            throw new IllegalArgumentException("total " + total + " and n " + n + " must not be negative");
        }
        int size = Math.min(total, n);
        int[] indices = new int[size];
        for (int i = 0; i < size; i++) {
            indices[i] = (int) ((long) i * total / size);
        }
        return indices;
    }
}
