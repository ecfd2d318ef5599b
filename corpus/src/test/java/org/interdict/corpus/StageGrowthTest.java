package org.interdict.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.date.SuTimeDateNormalizer;
import org.interdict.event.DocumentAnalysis;
import org.interdict.event.EventAssembler;
import org.interdict.event.InstrumentResolver;
import org.interdict.gazetteer.GazetteerMatcher;
import org.interdict.gazetteer.VesselCueRecognizer;
import org.interdict.gazetteer.WeaponShapeRecognizer;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.WorldPlaces;
import org.interdict.json.JsonCodec;
import org.interdict.model.Entity;
import org.interdict.model.Event;
import org.interdict.pattern.PatternEngine;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleSet;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.OpenNlpTextAnalyzer;
import org.interdict.text.Sentence;
import org.interdict.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Growth tests instead of timeouts: for every stage, hostile inputs that double in size (runs of one
 * character, text without whitespace, unbalanced brackets, one huge URL, one endless sentence, deep or
 * unclosed markup) must cost at most about {@value Growth#MAX_RATIO} times as much per doubling
 * ({@link Growth}). A quadratic stage costs 4 times as much and fails.
 *
 * <p>The batch path ({@link Sources}) breaks runs of more than {@link ReadOptions#DEFAULT_MAX_RUN}
 * characters without whitespace before the extractor sees them. OpenNLP's tokenizer is quadratic in the
 * length of such a run, so its inputs go through that same cap ({@link LongRuns}); every other stage is
 * measured on the raw input. The tests live in this module because the cap and the readers do.
 */
class StageGrowthTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2015, 6, 30);

    /** Hostile texts of a given length, by name: the inputs every text stage sees. */
    private static final Map<String, IntFunction<String>> HOSTILE = new java.util.LinkedHashMap<>();

    static {
        HOSTILE.put("run of one character", n -> "a".repeat(n));
        HOSTILE.put("no whitespace", n -> Growth.repeat("weapons,seized;MV-Example.", n));
        HOSTILE.put("unbalanced brackets", n -> Growth.repeat("(([{<", n));
        HOSTILE.put("one long URL", n -> "see http://example.org/" + Growth.repeat("a1/b2?c=3&d=%20", n));
        HOSTILE.put("one endless sentence", n -> Growth.repeat("the navy seized weapons aboard the ship and ", n));
    }

    private static TextAnalyzer coreNlp;
    private static Gazetteer gazetteer;
    private static GazetteerMatcher matcher;
    private static PatternEngine patterns;

    @BeforeAll
    static void load() {
        coreNlp = new CoreNlpTextAnalyzer();
        gazetteer = Gazetteer.bundled();
        matcher = new GazetteerMatcher(gazetteer, coreNlp);
        patterns = new PatternEngine(RuleSet.bundled());
    }

    @Test
    void coreNlpTokenizerAndSentenceSplitter() {
        HOSTILE.forEach((name, text) -> Growth.check("tokenizer CoreNLP", name, text, coreNlp::analyze, 4_096, 1 << 20));
    }

    @Test
    void openNlpTokenizerThroughTheBatchCap() {
        TextAnalyzer openNlp = new OpenNlpTextAnalyzer();
        HOSTILE.forEach((name, text) -> Growth.check("tokenizer OpenNLP (capped)", name,
                n -> LongRuns.breakLongRuns(text.apply(n), ReadOptions.DEFAULT_MAX_RUN), openNlp::analyze,
                2 * ReadOptions.DEFAULT_MAX_RUN, 1 << 20));
    }

    @Test
    void gazetteerMatcher() {
        Map<String, IntFunction<String>> inputs = new java.util.LinkedHashMap<>(HOSTILE);
        inputs.put("names back to back", n -> Growth.repeat("North Korea MV Chong Chon Gang AK-47 rifles Iran ", n));
        inputs.put("prefixes of long names", n -> Growth.repeat("Islamic Republic of Islamic Republic ", n));
        VesselCueRecognizer vessels = new VesselCueRecognizer();
        WeaponShapeRecognizer weapons = new WeaponShapeRecognizer();
        inputs.forEach((name, text) -> Growth.check("gazetteer matcher", name, n -> coreNlp.analyze(text.apply(n)),
                analyzed -> weapons.apply(analyzed, vessels.apply(analyzed, matcher.match(analyzed))), 4_096, 1 << 18));
    }

    @Test
    void dateNormaliser() {
        SuTimeDateNormalizer dates = new SuTimeDateNormalizer();
        Map<String, IntFunction<String>> inputs = new java.util.LinkedHashMap<>();
        inputs.put("one endless sentence of dates", n -> Growth.repeat("on Monday 12 May 2012 and last week ", n));
        inputs.put("ISO dates back to back", n -> Growth.repeat("2012-05-20 ", n));
        inputs.put("numbers without dates", n -> Growth.repeat("1 22 333 4444 ", n));
        // the extractor hands SUTime windows around date words, merged where they touch: in such text one
        // window covers the whole sentence, as here
        inputs.forEach((name, text) -> Growth.check("date normaliser", name, n -> coreNlp.analyze(text.apply(n)),
                analyzed -> dates.find(analyzed, analyzed.sentences(), PUBLISHED), 1_024, 1 << 16));
    }

    @Test
    void patternEngine() {
        Map<String, IntFunction<String>> inputs = new java.util.LinkedHashMap<>(HOSTILE);
        inputs.put("endless sentence of triggers", n -> Growth.repeat(
                "police seized 40 rifles and the navy intercepted weapons bound for Yemen from Iran , ", n));
        inputs.put("anchor words only", n -> Growth.repeat("seized ", n));
        inputs.forEach((name, text) -> Growth.check("pattern engine", name, n -> labelled(text.apply(n)),
                doc -> {
                    for (Sentence sentence : doc.analyzed().sentences()) {
                        patterns.apply(doc.labels(), sentence);
                    }
                }, 1_024, 1 << 17));
    }

    @Test
    void eventAssembly() {
        EventAssembler assembler = new EventAssembler(new InstrumentResolver(gazetteer), WorldPlaces.bundled());
        Map<String, IntFunction<String>> inputs = new java.util.LinkedHashMap<>();
        inputs.put("one event per sentence", n -> Growth.repeat(
                "Police seized 40 AK-47 rifles from the MV Victoria in Busan, bound for Syria. ", n));
        inputs.put("triggers without goods", n -> Growth.repeat("Police seized it. They intercepted it. ", n));
        inputs.forEach((name, text) -> Growth.check("event assembly", name, n -> analysis(text.apply(n)),
                assembler::assemble, 1_024, 1 << 17));
    }

    /**
     * One sentence holding thousands of seizures: cargo collection finds the weapons inside each quantity
     * phrase by binary search and checks covered spans through an index, so this stays linear too.
     */
    @Test
    void eventAssemblyWithinOneEndlessSentence() {
        EventAssembler assembler = new EventAssembler(new InstrumentResolver(gazetteer), WorldPlaces.bundled());
        Growth.check("event assembly", "one endless sentence of events", n -> analysis(Growth.repeat(
                "police seized 40 rifles from the MV Victoria in Busan bound for Syria and ", n)),
                assembler::assemble, 1_024, 1 << 17);
    }

    @Test
    void jsonWriter() {
        Growth.check("JSON writer", "many entities", n -> {
            List<Entity> entities = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                entities.add(new Entity(EntityType.WEAPON, "AK-47", 10 * i, 10 * i + 5, "ak47", "AK-47",
                        Map.of("category", "SMALL_ARMS")));
            }
            return new ExtractionResult("doc", PUBLISHED, entities, List.of());
        }, JsonCodec::toJsonLine, 1_024, 1 << 20);
        Growth.check("JSON writer", "one text to escape", n -> {
            String text = Growth.repeat("\"\\\u0001\n\u2028", n);
            return new ExtractionResult("doc", PUBLISHED, List.of(new Entity(EntityType.VESSEL, text, 0, n, null,
                    null, Map.of())), List.of());
        }, JsonCodec::toJsonLine, 4_096, 1 << 22);
        EventAssembler assembler = new EventAssembler(new InstrumentResolver(gazetteer), WorldPlaces.bundled());
        DocumentAnalysis sample = analysis(Growth.repeat(
                "Police seized 40 AK-47 rifles from the MV Victoria in Busan, bound for Syria. ", 4_000));
        List<Event> events = assembler.assemble(sample).events();
        Growth.check("JSON writer", "many events", n -> {
            List<Event> copies = new ArrayList<>();
            for (int i = 0; copies.size() < n; i++) {
                Event event = events.get(i % events.size());
                copies.add(new Event("doc-" + i, event.type(), event.modality(), event.date(), event.authority(),
                        event.location(), event.vessel(), event.aircraft(), event.cargo(), event.declaredCargo(),
                        event.origin(), event.destination(), event.instruments(), event.attribution(),
                        event.evidence(), event.confidence()));
            }
            return new ExtractionResult("doc", PUBLISHED, List.of(), copies);
        }, JsonCodec::toJsonLine, 256, 1 << 16);
    }

    @Test
    void htmlText() {
        Map<String, IntFunction<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("paragraphs", n -> "<html><body>" + Growth.repeat("<p>Police seized rifles.</p>", n));
        pages.put("unclosed formatting tags", n -> "<body>" + Growth.repeat("<b><i>x", n));
        pages.put("deep nesting", n -> "<body>" + Growth.repeat("<div><span>", n));
        pages.put("unbalanced end tags", n -> "<body>" + Growth.repeat("</p></div>x", n));
        pages.put("one long URL attribute", n -> "<body><a href=\"http://example.org/" + "a".repeat(n) + "\">x</a>");
        pages.put("run of one character", n -> "<body><p>" + "a".repeat(n));
        pages.put("unterminated comment", n -> "<body><p>x</p><!--" + Growth.repeat("-- > <p>", n));
        pages.put("table cells", n -> "<body><table>" + Growth.repeat("<tr><td>1<td>2", n));
        pages.forEach((name, page) -> Growth.check("HTML text (jsoup)", name,
                n -> page.apply(n).getBytes(StandardCharsets.UTF_8),
                bytes -> parse(bytes), 4_096, 1 << 22));
    }

    @Test
    void jsonLinesReader() {
        Growth.check("JSON Lines reader", "one long line", n -> ("{\"id\":\"a\",\"text\":\""
                + "word\\n\\u0041 ".repeat(n / 13) + "\"}\n").getBytes(StandardCharsets.UTF_8),
                bytes -> readJsonLines(bytes), 4_096, 1 << 22);
        String line = "{\"id\":\"a\",\"text\":\"Police seized rifles.\",\"published\":\"2014-03-02\"}\n";
        Growth.check("JSON Lines reader", "many lines", n -> line.repeat(n / line.length())
                .getBytes(StandardCharsets.UTF_8), bytes -> readJsonLines(bytes), 4_096, 1 << 22);
        Growth.check("long-run breaking", "run of one character", n -> "a".repeat(n),
                text -> LongRuns.breakLongRuns(text, ReadOptions.DEFAULT_MAX_RUN), 4_096, 1 << 24);
    }

    @Test
    void warcReader(@TempDir Path dir) {
        Growth.check("WARC reader", "one page", n -> warc(dir, n, "<p>" + Growth.repeat("Police seized rifles. ", n)),
                file -> WarcSource.read(file, new Emitter(ReadOptions.defaults(), d -> { }, p -> {
                    throw new AssertionError(p.toString());
                })), 4_096, 1 << 22);
        Growth.check("WARC reader", "garbage between records", n -> warc(dir, n, Growth.repeat("WARC/1.0\r\nx\r\n", n)),
                file -> WarcSource.read(file, new Emitter(ReadOptions.defaults(), d -> { }, p -> { })), 4_096, 1 << 22);
    }

    private record Labelled(AnalyzedText analyzed, List<org.interdict.model.Entity> entities,
            List<edu.stanford.nlp.ling.CoreLabel> labels) {
    }

    private static Labelled labelled(String text) {
        AnalyzedText analyzed = coreNlp.analyze(text);
        List<Entity> entities = matcher.match(analyzed);
        return new Labelled(analyzed, entities, PatternEngine.labels(analyzed, entities));
    }

    /** Everything event assembly reads, made as the extractor makes it, with every rule on every sentence. */
    private static DocumentAnalysis analysis(String text) {
        Labelled doc = labelled(text);
        Map<Integer, List<RuleMatch>> matches = new HashMap<>();
        for (int s = 0; s < doc.analyzed().sentences().size(); s++) {
            matches.put(s, patterns.apply(doc.labels(), doc.analyzed().sentences().get(s)));
        }
        return new DocumentAnalysis(new Document("growth", text, PUBLISHED, null), doc.analyzed(), doc.entities(),
                sentence -> List.of(), matches);
    }

    private static HtmlText.Page parse(byte[] bytes) {
        try {
            return HtmlText.parse(new ByteArrayInputStream(bytes), "UTF-8", "http://example.org/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readJsonLines(byte[] bytes) {
        try {
            // no size cap: the cost of reading is measured, not the cap
            Sources.readJsonLines(new ByteArrayInputStream(bytes), "growth.jsonl",
                    new Emitter(ReadOptions.defaults().withMaxChars(1 << 30), d -> { }, p -> {
                        throw new AssertionError(p.toString());
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A WARC file holding one response record whose HTML body is {@code html}, as {@code dir/n.warc}. */
    private static Path warc(Path dir, int n, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        byte[] header = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-"
                + "1234567890ab>\r\nWARC-Date: 2014-03-02T10:00:00Z\r\nWARC-Target-URI: http://example.org/" + n
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve(n + ".warc");
        try {
            Files.write(file, concat(header, http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
