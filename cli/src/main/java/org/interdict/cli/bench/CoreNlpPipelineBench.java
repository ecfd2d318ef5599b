package org.interdict.cli.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.interdict.Document;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.pattern.PatternEngine;
import org.interdict.pattern.RuleSet;
import org.interdict.text.Sentence;

/**
 * The pipeline a user builds today with plain CoreNLP for the same job: {@code new StanfordCoreNLP(props)}
 * with {@code tokenize,pos,lemma,ner} (ner at its defaults, so with SUTime dates; since CoreNLP 4.5
 * {@code tokenize} also splits sentences), RegexNER loaded with the same gazetteer phrases through
 * {@code ner.additional.regexner.mapping}, then the same TokensRegex rules, run by Interdict's own
 * {@link PatternEngine} on every sentence of CoreNLP's tokens (no candidate-sentence cascade).
 */
public final class CoreNlpPipelineBench {

    /** The annotators of the baseline pipeline. */
    public static final String ANNOTATORS = "tokenize,pos,lemma,ner";

    /** CoreNLP labels a gazetteer phrase may replace, as in the eval module's baseline. */
    private static final String OVERWRITABLE =
            "PERSON,ORGANIZATION,LOCATION,MISC,COUNTRY,CITY,STATE_OR_PROVINCE,NATIONALITY,TITLE,IDEOLOGY,RELIGION";

    /**
     * The pipeline's figures and how its timed pass splits between CoreNLP's annotators and the rules.
     *
     * @param figures         the system figures
     * @param annotatorsNanos the timed pass's time in {@code StanfordCoreNLP.annotate}
     * @param rulesNanos      the timed pass's time in the TokensRegex rules
     */
    public record Result(SystemFigures figures, long annotatorsNanos, long rulesNanos) {
    }

    private CoreNlpPipelineBench() {
    }

    /** Every name of every gazetteer entry with the entry's type; the first type wins for a shared name. */
    public static Map<String, String> phrases(Gazetteer gazetteer) {
        Map<String, String> phrases = new LinkedHashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            for (String name : entry.names()) {
                phrases.putIfAbsent(name.strip(), entry.type().name());
            }
        }
        return phrases;
    }

    /**
     * One line of a RegexNER mapping file: the phrase's space-separated words, each a regular expression
     * that matches exactly it (non-alphanumerics escaped), a tab, the type, the labels it may overwrite and
     * a priority.
     */
    static String mappingLine(String phrase, String type) {
        StringBuilder pattern = new StringBuilder();
        for (String word : phrase.strip().split("\\s+")) {
            if (pattern.length() > 0) {
                pattern.append(' ');
            }
            word.codePoints().forEach(c -> {
                if (!Character.isLetterOrDigit(c)) {
                    pattern.append('\\');
                }
                pattern.appendCodePoint(c);
            });
        }
        return pattern + "\t" + type + "\t" + OVERWRITABLE + "\t1.0";
    }

    /**
     * Builds the pipeline and times it on the sample: start-up, the first document, {@code warmupDocuments}
     * untimed documents (the first ones of the sample, cycling if it is shorter) so that the JIT compiles
     * CoreNLP's code, then one pass over the whole sample.
     */
    public static Result run(String system, BenchInput sample, Map<String, String> phrases, int warmupDocuments,
            Consumer<String> progress) throws IOException {
        if (sample.size() == 0) {
            throw new IllegalArgumentException("no documents for the CoreNLP baseline");
        }
        long before = HeapMonitor.settledUsedBytes();
        try (HeapMonitor heap = HeapMonitor.start(10)) {
            long start = System.nanoTime();
            Path mapping = Files.createTempFile("interdict-bench-regexner-", ".tsv");
            StanfordCoreNLP pipeline;
            PatternEngine patterns;
            try {
                try (BufferedWriter out = Files.newBufferedWriter(mapping, StandardCharsets.UTF_8)) {
                    for (Map.Entry<String, String> phrase : phrases.entrySet()) {
                        out.write(mappingLine(phrase.getKey(), phrase.getValue()));
                        out.write('\n');
                    }
                }
                Properties props = new Properties();
                props.setProperty("annotators", ANNOTATORS);
                props.setProperty("ner.additional.regexner.mapping", mapping.toString());
                props.setProperty("ner.additional.regexner.ignorecase", "true");
                pipeline = new StanfordCoreNLP(props);
                patterns = new PatternEngine(RuleSet.bundled());
            } finally {
                Files.deleteIfExists(mapping);
            }
            long ready = System.nanoTime();
            process(pipeline, patterns, sample.documents().get(0));
            long firstResult = System.nanoTime();
            long retained = HeapMonitor.settledUsedBytes() - before;
            progress.accept(system + ": " + warmupDocuments + " warm-up documents");
            for (int i = 0; i < warmupDocuments; i++) {
                process(pipeline, patterns, sample.documents().get(i % sample.size()));
            }
            progress.accept(system + ": timed pass over " + sample.size() + " documents, " + sample.totalTokens()
                    + " tokens");
            long[] totals = new long[4];
            long runStart = System.nanoTime();
            long cpuStart = CpuClock.now();
            long tokens = 0;
            int[] tokenCounts = sample.tokens();
            for (int i = 0; i < sample.size(); i++) {
                long[] found = process(pipeline, patterns, sample.documents().get(i));
                for (int k = 0; k < totals.length; k++) {
                    totals[k] += found[k];
                }
                tokens += tokenCounts[i];
                if ((i + 1) % 5 == 0 || i + 1 == sample.size()) {
                    progress.accept(String.format(Locale.ROOT, "%s: %d of %d documents, %.0f tokens/s so far",
                            system, i + 1, sample.size(), tokens / ((System.nanoTime() - runStart) / 1e9)));
                }
            }
            long runCpu = CpuClock.orUnknown(CpuClock.now() - cpuStart);
            long run = System.nanoTime() - runStart;
            heap.close();
            StanfordCoreNLP.clearAnnotatorPool();
            return new Result(new SystemFigures(system, sample.description(), sample.size(), sample.totalTokens(),
                    sample.totalChars(), ready - start, firstResult - start, -1, run, runCpu, retained, heap.peakUsedBytes(),
                    heap.peakAfterGcBytes(), totals[0] + " entity mentions, " + totals[1] + " rule matches"),
                    totals[2], totals[3]);
        }
    }

    /**
     * Annotates one document and runs every rule on every sentence; returns {mentions, rule matches,
     * annotators nanos, rules nanos}.
     */
    private static long[] process(StanfordCoreNLP pipeline, PatternEngine patterns, Document document) {
        long start = System.nanoTime();
        Annotation annotation = new Annotation(document.text());
        pipeline.annotate(annotation);
        long annotated = System.nanoTime();
        long matches = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null || tokens.isEmpty()) {
                continue;
            }
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            matches += patterns.apply(tokens, new Sentence(begin, Math.max(begin, end), 0, tokens.size())).size();
        }
        long end = System.nanoTime();
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        return new long[] {mentions == null ? 0 : mentions.size(), matches, annotated - start, end - annotated};
    }
}
