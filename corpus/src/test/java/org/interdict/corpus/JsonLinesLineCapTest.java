package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interdict.Document;
import org.junit.jupiter.api.Test;

/** The JSON Lines reader never holds a line longer than it needs, and splits lines as readLine does. */
class JsonLinesLineCapTest {

    @Test
    void aLineLongerThanTheCapIsReportedWithoutStoppingTheFile() throws IOException {
        ReadOptions options = ReadOptions.defaults().withMaxChars(100);
        int max = Sources.maxJsonLine(options);
        String endless = "{\"id\":\"endless\",\"text\":\"" + "x".repeat(max) + "\"}";
        String input = endless + "\n{\"id\":\"next\",\"text\":\"Police seized rifles.\"}\n";
        List<Document> documents = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        Sources.readJsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "cap.jsonl",
                new Emitter(options, documents::add, problems::add));
        assertEquals(List.of("next"), documents.stream().map(Document::id).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("line 1", problems.get(0).position());
        assertTrue(problems.get(0).reason().startsWith("over the size cap (" + endless.length() + " characters of JSON"),
                problems.get(0).reason());
    }

    @Test
    void linesEndAsReadLineEndsThem() throws IOException {
        String text = "a\r\nb\rc\n\n \t\r\n\rlast";
        BoundedLineReader reader = new BoundedLineReader(new StringReader(text), 10);
        List<String> lines = new ArrayList<>();
        List<Boolean> blank = new ArrayList<>();
        for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line.text());
            blank.add(line.blank());
        }
        assertEquals(new java.io.BufferedReader(new StringReader(text)).lines().toList(), lines);
        assertEquals(List.of(false, false, false, true, true, true, false), blank);
        BoundedLineReader tight = new BoundedLineReader(new StringReader("abcdef\nxy"), 3);
        BoundedLineReader.Line long1 = tight.next();
        assertEquals(null, long1.text());
        assertEquals(6, long1.length());
        assertEquals("xy", tight.next().text());
        assertEquals(null, tight.next());
    }
}
