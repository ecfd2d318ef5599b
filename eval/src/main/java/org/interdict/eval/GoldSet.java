package org.interdict.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.interdict.Document;

/**
 * The gold annotations: one {@link GoldDocument} per report, from a directory of {@code <docId>.json}
 * files or from the classpath. Immutable and safe to share between threads.
 */
public final class GoldSet {

    /** Classpath folder of the bundled gold files. */
    public static final String BUNDLED_ROOT = "org/interdict/eval/gold/";

    private final Map<String, GoldDocument> byId;

    private GoldSet(Map<String, GoldDocument> byId) {
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    }

    /**
     * A gold set of the given documents.
     *
     * @throws IllegalArgumentException if two documents share a docId
     */
    public static GoldSet of(Collection<GoldDocument> documents) {
        Map<String, GoldDocument> byId = new HashMap<>();
        for (GoldDocument document : documents) {
            if (byId.putIfAbsent(document.docId(), document) != null) {
                throw new IllegalArgumentException("two gold documents with docId " + document.docId());
            }
        }
        return new GoldSet(byId);
    }

    /**
     * Every {@code *.json} file directly inside {@code dir} (other files and sub-folders are ignored).
     * Each file must be named after its {@code docId}.
     *
     * @throws NoSuchFileException   if {@code dir} does not exist
     * @throws NotDirectoryException if it is not a directory
     * @throws GoldFormatException   for the first malformed file, naming it and the reason
     */
    public static GoldSet load(Path dir) throws IOException {
        return load(dir, dir.toString());
    }

    /**
     * The gold files bundled under {@code /org/interdict/eval/gold/} on the classpath, from a folder
     * (a {@code file:} URL, as in an IDE or Maven's {@code target/classes}) or from inside a jar (a
     * {@code jar:} URL, opened with a zip {@link FileSystem}). When several classpath entries hold the
     * folder, the first one wins.
     *
     * @throws NoSuchFileException if the folder is not on the classpath
     * @throws GoldFormatException for the first malformed file
     */
    public static GoldSet bundled() throws IOException {
        ClassLoader loader = GoldSet.class.getClassLoader();
        return fromClassLoader(loader == null ? ClassLoader.getSystemClassLoader() : loader, BUNDLED_ROOT);
    }

    /** The gold files in the folder {@code root} ("a/b/", no leading slash) of {@code loader}'s classpath. */
    static GoldSet fromClassLoader(ClassLoader loader, String root) throws IOException {
        String folder = root.endsWith("/") ? root : root + "/";
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new NoSuchFileException("classpath:/" + folder, null, "no such folder on the classpath");
        }
        try {
            switch (url.getProtocol()) {
                case "file":
                    return load(Path.of(url.toURI()));
                case "jar":
                    URLConnection connection = url.openConnection();
                    if (!(connection instanceof JarURLConnection)) {
                        throw new IOException("cannot open " + url + " as a jar");
                    }
                    JarURLConnection jarConnection = (JarURLConnection) connection;
                    URL jarFile = jarConnection.getJarFileURL();
                    if (!"file".equals(jarFile.getProtocol())) {
                        throw new IOException("cannot read bundled gold from " + url
                                + ": only jars on the file system are supported");
                    }
                    Path jar = Path.of(jarFile.toURI());
                    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                        return load(zip.getPath("/" + folder), jar.getFileName() + "!/" + folder);
                    }
                default:
                    throw new IOException("cannot read bundled gold from " + url + ": unsupported URL scheme "
                            + url.getProtocol());
            }
        } catch (URISyntaxException e) {
            throw new IOException("bad classpath URL " + url, e);
        }
    }

    private static GoldSet load(Path dir, String displayName) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(displayName);
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(displayName);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, GoldDocument> byId = new HashMap<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String source = displayName.endsWith("/") ? displayName + fileName : displayName + "/" + fileName;
            JsonNode node;
            try {
                node = mapper.readTree(Files.readAllBytes(file));
            } catch (JsonProcessingException e) {
                throw new GoldFormatException(source, "not valid JSON: " + e.getOriginalMessage()
                        + locationOf(e), e);
            }
            if (node == null || node.isMissingNode()) {
                throw new GoldFormatException(source, "the file is empty");
            }
            GoldDocument document = GoldDocument.fromJson(node, source);
            String expected = fileName.substring(0, fileName.length() - ".json".length());
            if (!document.docId().equals(expected)) {
                throw new GoldFormatException(source, "docId \"" + document.docId()
                        + "\" does not match the file name (expected \"" + expected + "\")");
            }
            byId.put(document.docId(), document);
        }
        return new GoldSet(byId);
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** All documents, ordered by docId. */
    public List<GoldDocument> documents() {
        return List.copyOf(byId.values());
    }

    /** The documents that {@code split} selects, ordered by docId. */
    public List<GoldDocument> documents(Split split) {
        Objects.requireNonNull(split, "split");
        return byId.values().stream().filter(d -> split.selects(d.split())).toList();
    }

    /** The gold document with this id, if any. */
    public Optional<GoldDocument> get(String docId) {
        return Optional.ofNullable(byId.get(docId));
    }

    public int size() {
        return byId.size();
    }

    /**
     * Checks every gold document against its report: the report exists, the publication dates agree,
     * each entity's text is {@code text.substring(start, end)}, evidence lies inside the text, every
     * slot text occurs in the text, and no mention is annotated twice.
     *
     * @param reports the reports (for the bundled gold: {@code BundledCorpus.documents()})
     * @return the problems found, in docId order; empty when the gold set is consistent
     */
    public List<GoldProblem> checkAgainst(Collection<Document> reports) {
        Map<String, Document> reportsById = new HashMap<>();
        for (Document report : reports) {
            reportsById.put(report.id(), report);
        }
        List<GoldProblem> problems = new ArrayList<>();
        for (GoldDocument gold : byId.values()) {
            Document report = reportsById.get(gold.docId());
            if (report == null) {
                problems.add(new GoldProblem(gold.docId(), "docId", "no report with this id"));
                continue;
            }
            check(gold, report, problems);
        }
        return List.copyOf(problems);
    }

    /** Ids of the reports that have no gold document, in the order given. */
    public List<String> uncovered(Collection<Document> reports) {
        return reports.stream().map(Document::id).filter(id -> !byId.containsKey(id)).toList();
    }

    private static void check(GoldDocument gold, Document report, List<GoldProblem> problems) {
        String docId = gold.docId();
        String text = report.text();
        if (gold.published() != null && report.published() != null && !gold.published().equals(report.published())) {
            problems.add(new GoldProblem(docId, "published", "gold says " + gold.published()
                    + " but the report says " + report.published()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < gold.entities().size(); i++) {
            Mention mention = gold.entities().get(i);
            String where = "entities[" + i + "]";
            Span span = mention.span();
            if (span.end() > text.length()) {
                problems.add(new GoldProblem(docId, where, "span " + span + " ends after the text ("
                        + text.length() + " characters)"));
            } else if (!text.substring(span.start(), span.end()).equals(mention.text())) {
                problems.add(new GoldProblem(docId, where, "text \"" + mention.text() + "\" but the report has \""
                        + text.substring(span.start(), span.end()) + "\" at " + span));
            }
            if (!seen.add(mention.type() + "@" + span)) {
                problems.add(new GoldProblem(docId, where, "duplicate mention " + mention.type() + " " + span));
            }
        }
        for (int i = 0; i < gold.events().size(); i++) {
            AnnotatedEvent event = gold.events().get(i);
            String where = "events[" + i + "]";
            for (Span span : event.evidence()) {
                if (span.end() > text.length()) {
                    problems.add(new GoldProblem(docId, where + ".evidence", "span " + span
                            + " ends after the text (" + text.length() + " characters)"));
                }
            }
            for (Map.Entry<String, String> slot : slotTexts(event).entrySet()) {
                if (!text.contains(slot.getValue())) {
                    problems.add(new GoldProblem(docId, where + "." + slot.getKey(), "text \"" + slot.getValue()
                            + "\" does not occur in the report"));
                }
            }
        }
    }

    private static Map<String, String> slotTexts(AnnotatedEvent event) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        if (event.date() != null) {
            texts.put("date", event.date().text());
        }
        if (event.authority() != null) {
            texts.put("authority", event.authority().text());
        }
        if (event.location() != null) {
            texts.put("location", event.location().text());
        }
        if (event.vessel() != null) {
            texts.put("vessel", event.vessel().text());
        }
        if (event.aircraft() != null) {
            texts.put("aircraft", event.aircraft().text());
        }
        for (int j = 0; j < event.cargo().size(); j++) {
            texts.put("cargo[" + j + "]", event.cargo().get(j).text());
        }
        for (int j = 0; j < event.declaredCargo().size(); j++) {
            texts.put("declaredCargo[" + j + "]", event.declaredCargo().get(j));
        }
        for (int j = 0; j < event.origin().size(); j++) {
            texts.put("origin[" + j + "]", event.origin().get(j).text());
        }
        for (int j = 0; j < event.destination().size(); j++) {
            texts.put("destination[" + j + "]", event.destination().get(j).text());
        }
        for (int j = 0; j < event.instruments().size(); j++) {
            texts.put("instruments[" + j + "]", event.instruments().get(j).text());
        }
        if (event.attribution() != null) {
            texts.put("attribution", event.attribution());
        }
        return texts;
    }
}
