package org.interdict.eval;

import static org.interdict.eval.Fixtures.entity;
import static org.interdict.eval.Fixtures.event;
import static org.interdict.eval.Fixtures.gold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.interdict.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {

    private static final String TEXT = "Panamanian officials seized the Chong Chon Gang with two MiG-21 jets.";

    @TempDir
    Path dir;

    private static ObjectNode validGold(String docId, String split) {
        ObjectNode gold = gold(docId, split);
        entity(gold, "COUNTRY", "Panamanian", 0);
        entity(gold, "VESSEL", "Chong Chon Gang", 32);
        ObjectNode e = event(gold, docId + "#e1", "SEIZURE", "ASSERTED", 0, TEXT.length());
        e.set("vessel", Fixtures.vessel("the Chong Chon Gang", "Chong Chon Gang"));
        ((ArrayNode) e.get("cargo")).add(Fixtures.cargo("two MiG-21 jets", "MiG-21", 2));
        return gold;
    }

    private void write(String fileName, String content) throws IOException {
        Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
    }

    private GoldFormatException loadFails(String fileName, String content) throws IOException {
        write(fileName, content);
        return assertThrows(GoldFormatException.class, () -> GoldSet.load(dir));
    }

    private GoldFormatException loadFails(Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode gold = validGold("busan", "dev");
        breakIt.accept(gold);
        return loadFails("busan.json", gold.toString());
    }

    @Test
    void loadsADirectoryIgnoringOtherFiles() throws IOException {
        write("busan.json", validGold("busan", "dev").toString());
        write("panama.json", validGold("panama", "test").toString());
        write("README.md", "not gold");
        Files.createDirectory(dir.resolve("sub.json"));
        GoldSet gold = GoldSet.load(dir);
        assertEquals(2, gold.size());
        assertEquals(List.of("busan"), gold.documents(Split.DEV).stream().map(GoldDocument::docId).toList());
        assertEquals(List.of("panama"), gold.documents(Split.TEST).stream().map(GoldDocument::docId).toList());
        GoldDocument busan = gold.get("busan").orElseThrow();
        assertEquals(LocalDate.of(2013, 7, 16), busan.published());
        assertEquals(new Mention(EntityType.VESSEL, "Chong Chon Gang", new Span(32, 47), null), busan.entities().get(1));
        AnnotatedEvent event = busan.events().get(0);
        assertEquals("Chong Chon Gang", event.vessel().name());
        assertEquals(2.0, event.cargo().get(0).quantity());
        assertEquals(List.of(), event.origin());
    }

    @Test
    void malformedJsonNamesTheFileAndPosition() throws IOException {
        GoldFormatException e = loadFails("busan.json", "{\"docId\": \"busan\",\n \"split\": }");
        assertTrue(e.source().endsWith("busan.json"), e.source());
        assertTrue(e.reason().startsWith("not valid JSON"), e.reason());
        assertTrue(e.reason().contains("line 2"), e.reason());
        assertTrue(e.getMessage().startsWith("gold file "), e.getMessage());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("the file is empty", loadFails("busan.json", "").reason());
    }

    @Test
    void docIdMustMatchTheFileName() throws IOException {
        GoldFormatException e = loadFails("panama.json", validGold("busan", "dev").toString());
        assertEquals("docId \"busan\" does not match the file name (expected \"panama\")", e.reason());
    }

    @Test
    void splitMustBeDevOrTest() throws IOException {
        assertEquals("split: split must be \"dev\" or \"test\", got \"train\"",
                loadFails(g -> g.put("split", "train")).reason());
        assertEquals("split: expected a string, got nothing (field missing)",
                loadFails(g -> g.remove("split")).reason());
    }

    @Test
    void badPublishedDate() throws IOException {
        assertEquals("published: \"16 July 2013\" is not an ISO date (yyyy-mm-dd)",
                loadFails(g -> g.put("published", "16 July 2013")).reason());
    }

    @Test
    void entityErrorsCarryTheirPath() throws IOException {
        assertEquals("entities[1]: text \"Chong Chon Gang\" has 15 characters but start/end [32, 50) cover 18",
                loadFails(g -> ((ObjectNode) g.get("entities").get(1)).put("end", 50)).reason());
        assertEquals("entities[0]: invalid span start=10 end=5 (need 0 <= start < end, end exclusive)",
                loadFails(g -> ((ObjectNode) g.get("entities").get(0)).put("start", 10).put("end", 5)).reason());
        assertTrue(loadFails(g -> ((ObjectNode) g.get("entities").get(0)).put("type", "NATION")).reason()
                .startsWith("entities[0].type: unknown value \"NATION\""));
        assertEquals("entities[0].start: expected a whole number, got STRING \"0\"",
                loadFails(g -> ((ObjectNode) g.get("entities").get(0)).put("start", "0")).reason());
    }

    @Test
    void eventErrorsCarryTheirPath() throws IOException {
        assertEquals("events[0].cargo: missing (SCHEMA.md: fields are never omitted; use null or [])",
                loadFails(g -> ((ObjectNode) g.get("events").get(0)).remove("cargo")).reason());
        assertEquals("events[0].location.country: \"KR\" is not an ISO 3166-1 alpha-3 code (three upper-case letters)",
                loadFails(g -> ((ObjectNode) g.get("events").get(0)).set("location", Fixtures.party("Busan", "KR")))
                        .reason());
        assertEquals("events[0].date.value: \"May 2012\" is not an ISO date at year, month, week or day precision or a "
                + "range of those", loadFails(g -> ((ObjectNode) g.get("events").get(0))
                        .set("date", Fixtures.date("May 2012", "May 2012"))).reason());
        assertEquals("events[0].evidence: an event needs at least one evidence span",
                loadFails(g -> ((ObjectNode) g.get("events").get(0)).putArray("evidence")).reason());
        assertEquals("events[0].cargo[0].quantity: expected a number or null, got STRING \"two\"",
                loadFails(g -> ((ObjectNode) g.get("events").get(0).get("cargo").get(0)).put("quantity", "two"))
                        .reason());
        assertEquals("events[0].vessel: expected an object or null, got STRING \"Chong Chon Gang\"",
                loadFails(g -> ((ObjectNode) g.get("events").get(0)).put("vessel", "Chong Chon Gang")).reason());
    }

    @Test
    void acceptsDateRangesAndMissingIdAndConfidence() throws IOException {
        ObjectNode gold = validGold("busan", "dev");
        ObjectNode event = (ObjectNode) gold.get("events").get(0);
        event.remove("id");
        event.remove("confidence");
        event.set("date", Fixtures.date("in 1999 and 2000", "1999/2000"));
        write("busan.json", gold.toString());
        AnnotatedEvent read = GoldSet.load(dir).get("busan").orElseThrow().events().get(0);
        assertEquals("busan#events[0]", read.id());
        assertEquals("1999/2000", read.date().value());
    }

    @Test
    void missingDirectory() {
        assertThrows(NoSuchFileException.class, () -> GoldSet.load(dir.resolve("nowhere")));
    }

    @Test
    void duplicateDocIdsInMemory() throws IOException {
        GoldDocument a = GoldDocument.fromJson(validGold("busan", "dev"), "a");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldSet.of(List.of(a, a)));
        assertEquals("two gold documents with docId busan", e.getMessage());
    }

    @Test
    void loadsFromAClasspathFolderAndFromAJar() throws IOException {
        Path classes = dir.resolve("classes");
        Path folder = Files.createDirectories(classes.resolve("org/interdict/eval/goldtest"));
        Files.writeString(folder.resolve("busan.json"), validGold("busan", "dev").toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertEquals(1, GoldSet.fromClassLoader(loader, "org/interdict/eval/goldtest/").size());
        }

        Path jar = dir.resolve("gold.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folderEntry : List.of("org/", "org/interdict/", "org/interdict/eval/",
                    "org/interdict/eval/goldtest/")) {
                out.putNextEntry(new JarEntry(folderEntry));
                out.closeEntry();
            }
            putEntry(out, "org/interdict/eval/goldtest/busan.json", validGold("busan", "dev").toString());
            putEntry(out, "org/interdict/eval/goldtest/panama.json", validGold("panama", "test").toString());
            putEntry(out, "org/interdict/eval/goldtest/broken/ignored.txt", "x");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            GoldSet gold = GoldSet.fromClassLoader(loader, "org/interdict/eval/goldtest/");
            assertEquals(List.of("busan", "panama"), gold.documents().stream().map(GoldDocument::docId).toList());
            assertThrows(NoSuchFileException.class, () -> GoldSet.fromClassLoader(loader, "org/interdict/none/"));
        }

        Path badJar = dir.resolve("bad.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(badJar))) {
            out.putNextEntry(new JarEntry("gold/"));
            out.closeEntry();
            putEntry(out, "gold/x.json", "[1, 2]");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {badJar.toUri().toURL()}, null)) {
            GoldFormatException e = assertThrows(GoldFormatException.class,
                    () -> GoldSet.fromClassLoader(loader, "gold/"));
            assertEquals("bad.jar!/gold/x.json", e.source());
            assertEquals("(root): expected an object, got ARRAY [1,2]", e.reason());
        }
    }

    private static void putEntry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void checkAgainstTheReports() throws IOException {
        ObjectNode gold = validGold("busan", "dev");
        entity(gold, "WEAPON", "MiG-21", 56); // off by one: the report has " MiG-2"
        entity(gold, "COUNTRY", "Panamanian", 0); // annotated twice
        ((ArrayNode) gold.get("events").get(0).get("origin")).add(Fixtures.party("Cuba", "CUB"));
        ObjectNode stray = validGold("elsewhere", "test");
        GoldSet set = Fixtures.goldSet(gold, stray);
        Document report = new Document("busan", TEXT, LocalDate.of(2013, 7, 15), null);

        List<String> problems = set.checkAgainst(List.of(report)).stream().map(GoldProblem::toString).toList();
        assertEquals(List.of(
                "busan published: gold says 2013-07-16 but the report says 2013-07-15",
                "busan entities[2]: text \"MiG-21\" but the report has \" MiG-2\" at [56, 62)",
                "busan entities[3]: duplicate mention COUNTRY [0, 10)",
                "busan events[0].origin[0]: text \"Cuba\" does not occur in the report",
                "elsewhere docId: no report with this id"), problems);
        assertEquals(List.of("other"), set.uncovered(List.of(report, Document.of("other", "text"))));
    }
}
