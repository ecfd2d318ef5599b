package org.interdict.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.SharedExtractor;
import org.interdict.TestFiles;
import org.junit.jupiter.api.Test;

/** Real output validates against docs/schema.json, and no field is ever omitted. */
class JsonSchemaTest {

    private static final String REPORT = "In December 2009, Thai authorities confiscated 35 tons of North Korean "
            + "weapons, including surface-to-air missiles, from an Ilyushin Il-76 registered 4L-AWA at Don Mueang "
            + "airport. The cargo was bound for Iran, officials said.\nIn May 2012, 445 North Korean-made graphite "
            + "cylinders, declared as lead pipes, were seized in Busan. They were en route to Syria in violation of "
            + "Resolution 1874.";

    @Test
    void outputValidatesAgainstTheSchema() throws Exception {
        Path schemaFile = TestFiles.findUp("docs/schema.json").orElseThrow();
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ExtractionResult result = SharedExtractor.get().extract(new Document("schema-test", REPORT,
                LocalDate.of(2012, 6, 1), null));
        assertFalse(result.events().isEmpty());
        JsonNode json = JsonCodec.mapper().readTree(JsonCodec.toJsonLine(result));
        Set<ValidationMessage> problems = schema.validate(json);
        assertTrue(problems.isEmpty(), problems::toString);
        JsonNode event = json.path("events").get(0);
        for (String field : new String[] {"id", "type", "modality", "date", "authority", "location", "vessel",
                "aircraft", "cargo", "declaredCargo", "origin", "destination", "instruments", "attribution",
                "evidence", "confidence"}) {
            assertTrue(event.has(field), "field never omitted: " + field);
        }
        for (JsonNode entity : json.path("entities")) {
            assertEquals(REPORT.substring(entity.path("start").asInt(), entity.path("end").asInt()),
                    entity.path("text").asText());
        }
    }

    @Test
    void aSkippedDocumentValidatesAndSaysItWasSkipped() throws Exception {
        ExtractionResult result = SharedExtractor.get().extract(Document.of("quiet", "The weather was fine."));
        JsonNode json = JsonCodec.mapper().readTree(JsonCodec.toJsonLine(result));
        assertEquals("NO_ARMS_WORD", json.path("skipped").asText());
        Set<ValidationMessage> problems = schema().validate(json);
        assertTrue(problems.isEmpty(), problems::toString);
        // a result that claims to be skipped but holds entities is not valid
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.path("entities")).addObject().put("type", "COUNTRY");
        assertFalse(schema().validate(json).isEmpty());
    }

    private static JsonSchema schema() throws Exception {
        Path schemaFile = TestFiles.findUp("docs/schema.json").orElseThrow();
        try (InputStream in = Files.newInputStream(schemaFile)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void aDocumentWithoutEventsStillHasEveryField() throws Exception {
        ExtractionResult result = SharedExtractor.get().extract(Document.of("quiet", "The weather on the ship was "
                + "fine."));
        JsonNode json = JsonCodec.mapper().readTree(JsonCodec.toJsonLine(result));
        assertTrue(json.has("published") && json.path("published").isNull());
        assertTrue(json.has("skipped") && json.path("skipped").isNull(), "analysed: skipped is null, not omitted");
        assertTrue(schema().validate(json).isEmpty());
        assertEquals(0, json.path("events").size());
    }
}
