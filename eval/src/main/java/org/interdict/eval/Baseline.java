package org.interdict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interdict.Document;

/** A reference system: one SCHEMA.md output object (every field present) for a document. */
public interface Baseline {

    /** The prediction for one document: {@code docId}, {@code published}, {@code entities}, {@code events}. */
    JsonNode predict(Document document);

    /** Predictions for all documents, keyed by docId in the order given, ready for {@link Scorer#score}. */
    default Map<String, JsonNode> predictAll(Collection<Document> documents) {
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        for (Document document : documents) {
            predictions.put(document.id(), predict(document));
        }
        return predictions;
    }
}
