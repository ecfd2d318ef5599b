package org.interdict.gazetteer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.gazetteers.MatchFlag;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.Token;

/**
 * How the compiled {@link GazetteerMatcher} scales with the number of entries: build time, retained heap
 * and matching speed over the same text, for synthetic gazetteers of 1,000, 100,000 and 1,000,000
 * entries. Not a test (timings belong to no build); run it by hand from the project root, with the
 * extractor built and its test classpath written out:
 * <pre>
 * mvn -q -o -pl extractor test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx8g -cp extractor/target/test-classes:extractor/target/classes:$(cat /tmp/cp.txt) \
 *     org.interdict.gazetteer.MatcherBenchmark [SIZE...]
 * </pre>
 * The text is the bundled corpus (read from {@code corpus/src/main/resources}, since the extractor cannot
 * depend on the corpus module) repeated to about one million characters, tokenized once. Names are one
 * to four words drawn uniformly from a vocabulary of 100,000 words, unique, of mixed types, one in twenty
 * vessels flagged NEEDS_CUE. Two vocabularies: synthetic words only (none in the text: the trie's own
 * cost), and the text's words plus synthetic ones (the trie is walked deep and matches grow with the
 * gazetteer). Fixed seeds: every run builds the same gazetteers. Median of nine timed runs after ten
 * warm-up runs.
 */
public final class MatcherBenchmark {

    private static final Path CORPUS = Path.of("corpus/src/main/resources/org/interdict/corpus/reports");
    private static final int TEXT_CHARS = 1_000_000;
    private static final int VOCABULARY = 100_000;
    private static final int WARMUP_RUNS = 10;
    private static final int TIMED_RUNS = 9;
    private static final EntityType[] TYPES = {EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.WEAPON,
            EntityType.VESSEL};

    private record Figures(String vocabulary, int entries, double gazetteerSeconds, double matcherSeconds, long heapBytes,
            long matcherHeapBytes, double tokensPerSecond, double nanosPerToken, double fastestNanosPerToken, int mentions) {
    }

    private MatcherBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {1_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        CoreNlpTextAnalyzer analyzer = new CoreNlpTextAnalyzer();
        String text = text();
        long start = System.nanoTime();
        AnalyzedText analyzed = analyzer.analyze(text);
        List<TermNormalizer.Piece> pieces = GazetteerMatcher.pieces(analyzed);
        System.out.printf(Locale.ROOT, "text: %,d chars, %,d tokens, %,d pieces (tokenized once in %.1f s); max heap %,d MB%n",
                text.length(), analyzed.tokens().size(), pieces.size(), (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
        Set<String> textWords = textWords(analyzed);

        List<Figures> all = new ArrayList<>();
        // "synthetic": no name word occurs in the text, so nearly every lookup misses at the root: the cost
        // of the trie itself as it grows. "text": names are built from the text's own words as well, so the
        // bigger the gazetteer the more of the text it matches: the cost of walking and reporting matches.
        for (String kind : List.of("synthetic", "text")) {
            List<String> vocabulary = vocabulary(kind.equals("text") ? textWords : Set.of(), textWords);
            for (int size : sizes) {
                all.add(run(kind, size, vocabulary, analyzer, analyzed, pieces));
            }
        }
        System.out.println();
        System.out.println("| name words | entries | gazetteer build s | matcher build s | heap after build MB | of which matcher MB | tokens/s | ns/token (median) | ns/token (fastest) | mentions |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %,d | %,d | %,.0f | %.1f | %.1f | %,d |%n", f.vocabulary(),
                    f.entries(), f.gazetteerSeconds(), f.matcherSeconds(), f.heapBytes() >> 20, f.matcherHeapBytes() >> 20,
                    f.tokensPerSecond(), f.nanosPerToken(), f.fastestNanosPerToken(), f.mentions());
        }
        for (String kind : List.of("synthetic", "text")) {
            List<Figures> runs = all.stream().filter(f -> f.vocabulary().equals(kind)).toList();
            Figures first = runs.get(0);
            Figures last = runs.get(runs.size() - 1);
            double ratio = last.nanosPerToken() / first.nanosPerToken();
            System.out.printf(Locale.ROOT, "%s names: per-token cost %,d vs %,d entries: %.2fx median, %.2fx fastest "
                            + "(target: within 1.5x) %s%n", kind, last.entries(), first.entries(), ratio,
                    last.fastestNanosPerToken() / first.fastestNanosPerToken(), ratio <= 1.5 ? "OK" : "OVER TARGET");
        }
    }

    private static Figures run(String kind, int size, List<String> vocabulary, CoreNlpTextAnalyzer analyzer, AnalyzedText analyzed,
            List<TermNormalizer.Piece> pieces) {
        long baseline = usedHeap();
        List<GazetteerEntry> entries = entries(size, vocabulary, new Random(42));
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.builder().addAll(entries).build();
        long t1 = System.nanoTime();
        entries = null;
        long withGazetteer = usedHeap();
        long t2 = System.nanoTime();
        GazetteerMatcher matcher = new GazetteerMatcher(gazetteer, analyzer);
        long t3 = System.nanoTime();
        long withMatcher = usedHeap();

        String text = analyzed.text();
        int mentions = 0;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            mentions = matcher.match(text, pieces).size();
        }
        long[] runs = new long[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long s = System.nanoTime();
            List<Entity> found = matcher.match(text, pieces);
            runs[i] = System.nanoTime() - s;
            mentions = found.size();
        }
        Arrays.sort(runs);
        double median = runs[TIMED_RUNS / 2] / 1e9;
        int tokens = analyzed.tokens().size();
        Figures figures = new Figures(kind, size, (t1 - t0) / 1e9, (t3 - t2) / 1e9, withMatcher - baseline,
                withMatcher - withGazetteer, tokens / median, median * 1e9 / tokens, runs[0] / (double) tokens, mentions);
        System.out.printf(Locale.ROOT, "%s names, %,d entries (%d conflicts): gazetteer %.2f s, matcher %.2f s, heap %,d MB "
                        + "(matcher %,d MB); match runs %s ms; %,.0f tokens/s; %,d mentions%n", kind, size,
                gazetteer.conflicts().size(), figures.gazetteerSeconds(), figures.matcherSeconds(),
                figures.heapBytes() >> 20, figures.matcherHeapBytes() >> 20,
                Arrays.toString(Arrays.stream(runs).map(r -> r / 1_000_000).toArray()), figures.tokensPerSecond(), mentions);
        if (matcher.entryCount() != size) {
            throw new IllegalStateException("matcher holds " + matcher.entryCount() + " entries, expected " + size);
        }
        return figures;
    }

    /** Unique names of one to four words; the same seed gives the same entries. */
    private static List<GazetteerEntry> entries(int size, List<String> vocabulary, Random random) {
        List<GazetteerEntry> entries = new ArrayList<>(size);
        Set<String> names = new HashSet<>(size * 2);
        StringBuilder name = new StringBuilder();
        while (entries.size() < size) {
            name.setLength(0);
            int words = 1 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    name.append(' ');
                }
                name.append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            String canonical = name.toString();
            if (!names.add(canonical.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int n = entries.size();
            EntityType type = TYPES[n % TYPES.length];
            Set<MatchFlag> flags = type == EntityType.VESSEL && n % 20 == 3 ? Set.of(MatchFlag.NEEDS_CUE) : Set.of();
            entries.add(new GazetteerEntry("synthetic:" + n, type, canonical, List.of(), Map.of(), "synthetic", flags));
        }
        return entries;
    }

    /** The text's words of two or more letters. */
    private static Set<String> textWords(AnalyzedText analyzed) {
        Set<String> words = new LinkedHashSet<>();
        for (Token token : analyzed.tokens()) {
            String word = token.text();
            if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return words;
    }

    /** {@code fromText}, then synthetic capitalised words that are not in the text, up to the size. */
    private static List<String> vocabulary(Set<String> fromText, Set<String> textWords) {
        Set<String> words = new LinkedHashSet<>(fromText);
        Set<String> excluded = new HashSet<>();
        textWords.forEach(word -> excluded.add(TermNormalizer.key(word)));
        Random random = new Random(7);
        String consonants = "bdfghjklmnprstvz";
        String vowels = "aeiou";
        while (words.size() < VOCABULARY) {
            // consonant-vowel syllables: 80 of them, two to four per word, far more words than needed
            StringBuilder word = new StringBuilder();
            int parts = 2 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                word.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
            if (!excluded.contains(TermNormalizer.key(word.toString()))) {
                words.add(word.toString());
            }
        }
        System.out.printf(Locale.ROOT, "vocabulary: %,d words, %,d of them from the text%n", words.size(), fromText.size());
        return List.copyOf(words);
    }

    /** The bundled reports joined and repeated to about {@link #TEXT_CHARS} characters. */
    private static String text() throws IOException {
        Path dir = Files.isDirectory(CORPUS) ? CORPUS : Path.of("..").resolve(CORPUS);
        if (!Files.isDirectory(dir)) {
            throw new IOException("run from the project root: no " + CORPUS);
        }
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder one = new StringBuilder();
        for (String file : Files.readAllLines(dir.resolve("index.txt"), StandardCharsets.UTF_8)) {
            if (file.isBlank() || file.startsWith("#")) {
                continue;
            }
            for (String line : Files.readAllLines(dir.resolve(file.strip()), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    one.append(mapper.readTree(line).path("text").asText()).append("\n\n");
                }
            }
        }
        StringBuilder text = new StringBuilder(TEXT_CHARS + one.length());
        while (text.length() < TEXT_CHARS) {
            text.append(one);
        }
        return text.toString();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
