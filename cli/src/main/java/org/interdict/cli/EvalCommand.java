package org.interdict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.interdict.Document;
import org.interdict.Extractor;
import org.interdict.corpus.BundledCorpus;
import org.interdict.corpus.Sources;
import org.interdict.eval.CoreNlpNerBaseline;
import org.interdict.eval.EvalReport;
import org.interdict.eval.GoldSet;
import org.interdict.eval.KeywordSentenceBaseline;
import org.interdict.eval.Scorer;
import org.interdict.eval.Split;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.json.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Interdict against a gold set (the bundled one by default) and, side by side, the "
                + "baselines: CoreNLP's NER with RegexNER over the same gazetteers (entities) and a keyword-sentence "
                + "baseline (events). Prints tables and writes Markdown and JSON reports.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", description = "A folder of gold files (default: the bundled gold set).")
    Path gold;

    @Option(names = "--input", paramLabel = "FILE", description = "The reports as JSON Lines (default: the bundled corpus).")
    Path input;

    @Option(names = "--split", paramLabel = "SPLIT", description = "DEV, TEST or ALL; default: TEST and DEV both.")
    Split split;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("eval-report");

    @Option(names = "--no-baselines", description = "Skip the baselines (CoreNLP's NER takes about a minute to start and run).")
    boolean noBaselines;

    @Option(names = "--compare-statistical",
            description = "Also score Interdict with CoreNLP's statistical NER switched on (system interdict-statistical-ner), side by side.")
    boolean compareStatistical;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Mixin
    ExtractorOptions extractorOptions = new ExtractorOptions();

    @Override
    public Integer call() throws Exception {
        GoldSet goldSet = gold == null ? GoldSet.bundled() : GoldSet.load(gold);
        List<Document> documents = input == null ? BundledCorpus.documents() : readAll(input);
        Extractor extractor = extractorOptions.build();
        long start = System.nanoTime();
        Map<String, JsonNode> predictions = new HashMap<>();
        for (Document document : documents) {
            predictions.put(document.id(), JsonCodec.mapper().valueToTree(extractor.extract(document)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Map<String, JsonNode>> systems = new LinkedHashMap<>();
        systems.put("interdict", predictions);
        if (compareStatistical) {
            Extractor statistical = extractorOptions.builder().enable(org.interdict.Feature.STATISTICAL_NER).build();
            Map<String, JsonNode> withNer = new HashMap<>();
            for (Document document : documents) {
                withNer.put(document.id(), JsonCodec.mapper().valueToTree(statistical.extract(document)));
            }
            systems.put("interdict-statistical-ner", withNer);
        }
        if (!noBaselines) {
            systems.put("keyword-baseline", predict(new KeywordSentenceBaseline(), documents));
            Map<String, String> phrases = new HashMap<>();
            for (GazetteerEntry entry : extractor.gazetteer().entries()) {
                for (String name : entry.names()) {
                    phrases.putIfAbsent(name, entry.type().name());
                }
            }
            systems.put("corenlp-ner-baseline", predict(new CoreNlpNerBaseline(phrases), documents));
        }
        Files.createDirectories(out);
        Scorer scorer = new Scorer().withDocuments(documents);
        List<Split> splits = split == null ? List.of(Split.TEST, Split.DEV) : List.of(split);
        for (Split s : splits) {
            for (Map.Entry<String, Map<String, JsonNode>> system : systems.entrySet()) {
                EvalReport report = scorer.score(goldSet, system.getValue(), s);
                String name = system.getKey() + "-" + s.label();
                System.out.println("== " + name + " ==");
                System.out.println(report.toTable());
                Files.writeString(out.resolve(name + ".md"), report.toMarkdown(), StandardCharsets.UTF_8);
                Files.writeString(out.resolve(name + ".json"), JsonCodec.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(report.toJson()), StandardCharsets.UTF_8);
            }
        }
        System.err.printf("interdict: %d documents in %.2f s; reports in %s%n", documents.size(), seconds, out);
        return 0;
    }

    private static Map<String, JsonNode> predict(org.interdict.eval.Baseline baseline, List<Document> documents) {
        Map<String, JsonNode> predictions = new HashMap<>();
        for (Document document : documents) {
            predictions.put(document.id(), baseline.predict(document));
        }
        return predictions;
    }

    private static List<Document> readAll(Path file) {
        List<Document> documents = new ArrayList<>();
        Sources.open(file, null).forEach(documents::add,
                problem -> System.err.println("interdict: skipped " + problem));
        return documents;
    }
}
