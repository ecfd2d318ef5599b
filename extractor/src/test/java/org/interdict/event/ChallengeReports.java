package org.interdict.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interdict.Document;
import org.interdict.SharedExtractor;
import org.interdict.model.Event;

/** The reports of a challenge set (JSON Lines of id, published, text, expect) and the events extracted from one. */
final class ChallengeReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChallengeReports() {
    }

    static List<JsonNode> read(String resource) throws IOException {
        List<JsonNode> reports = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ChallengeReports.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                reports.add(JSON.readTree(line));
            }
        }
        return reports;
    }

    static List<Event> events(JsonNode report) {
        return SharedExtractor.get().extract(new Document(report.path("id").asText(), report.path("text").asText(),
                LocalDate.parse(report.path("published").asText()), null)).events();
    }
}
