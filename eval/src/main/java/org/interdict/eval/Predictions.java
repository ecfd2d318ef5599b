package org.interdict.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@code docId -> prediction} map that {@link Scorer#score} takes. Stateless. */
public final class Predictions {

    private Predictions() {
    }

    /**
     * The predictions keyed by their {@code docId}, in the order given.
     *
     * @throws PredictionFormatException if one has no string {@code docId} or two share one
     */
    public static Map<String, JsonNode> byDocId(Collection<? extends JsonNode> predictions) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode prediction : predictions) {
            JsonNode docId = prediction == null ? null : prediction.get("docId");
            if (docId == null || !docId.isTextual()) {
                throw new PredictionFormatException("#" + index, "no string docId");
            }
            if (byId.putIfAbsent(docId.textValue(), prediction) != null) {
                throw new PredictionFormatException(docId.textValue(), "two predictions for this docId");
            }
            index++;
        }
        return Collections.unmodifiableMap(byId);
    }

    /**
     * Reads a JSON Lines file of predictions (the output of {@code interdict extract}), skipping blank
     * lines, keyed by {@code docId}.
     *
     * @throws IOException               if the file cannot be read, or a line is not JSON (the message
     *                                   names the file and line)
     * @throws PredictionFormatException if a line has no docId or two lines share one
     */
    public static Map<String, JsonNode> readJsonLines(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> predictions = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    predictions.add(mapper.readTree(line));
                } catch (JsonProcessingException e) {
                    throw new IOException(file + " line " + lineNumber + ": not valid JSON: " + e.getOriginalMessage(), e);
                }
            }
        }
        return byDocId(predictions);
    }
}
