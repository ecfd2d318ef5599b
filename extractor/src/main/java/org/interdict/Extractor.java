package org.interdict;

import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.date.DateMention;
import org.interdict.date.DateNormalizer;
import org.interdict.date.SuTimeDateNormalizer;
import org.interdict.event.DocumentAnalysis;
import org.interdict.event.EventAssembler;
import org.interdict.event.InstrumentResolver;
import org.interdict.gazetteer.GazetteerMatcher;
import org.interdict.gazetteer.GroupAnaphora;
import org.interdict.gazetteer.PlaceNamesakes;
import org.interdict.gazetteer.WorldPlaceRecognizer;
import org.interdict.gazetteers.WorldPlaces;
import org.interdict.gazetteer.TermNormalizer;
import org.interdict.gazetteer.VesselCueRecognizer;
import org.interdict.gazetteer.WeaponShapeRecognizer;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerLoader;
import org.interdict.model.Entities;
import org.interdict.model.Entity;
import org.interdict.pattern.PatternEngine;
import org.interdict.pattern.RuleMatch;
import org.interdict.pattern.RuleSet;
import org.interdict.prefilter.DocumentPrefilter;
import org.interdict.statistical.CrfEntityRecognizer;
import org.interdict.text.AnalyzedText;
import org.interdict.text.Sentence;
import org.interdict.text.TextAnalyzer;
import org.interdict.text.TextBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts seizure and transfer events from documents. Build one with {@link #builder()}, then share it:
 * an {@code Extractor} is immutable and thread-safe, and every call to {@link #extract(Document)} is
 * independent. Building it loads the gazetteers, compiles the matcher and the rules and starts SUTime
 * (about a second); extraction itself is cheap.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().build();
 * ExtractionResult result = extractor.extract(new Document("busan", text, LocalDate.of(2012, 5, 20), null));
 * }</pre>
 */
public final class Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);
    /**
     * The slot relations event assembly may take from anywhere in a report about one incident, the cover
     * story, which may be told a few sentences after the event's window, and the counts of an inventory
     * told after it ("The list includes: six C-704 anti-ship missiles; two launchers; …") with the goods its
     * rules say are no cargo.
     */
    private static final Set<org.interdict.pattern.Relation> ROUTE_RELATIONS = EnumSet.of(
            org.interdict.pattern.Relation.ORIGIN, org.interdict.pattern.Relation.DESTINATION,
            org.interdict.pattern.Relation.INSTRUMENT, org.interdict.pattern.Relation.DECLARED_CARGO,
            org.interdict.pattern.Relation.QUANTITY, org.interdict.pattern.Relation.NOT_CARGO);
    static final Set<String> ARMS_WORDS = Set.of("weapon", "arm", "arms", "munition", "ammunition", "missile",
            "rocket", "explosive", "rifle", "gun", "ship", "vessel", "cargo", "shipment", "freighter", "dhow",
            "tanker", "aircraft", "plane", "container", "haul", "cache", "technology", "materiel", "consignment",
            "equipment", "fighter", "jet", "helicopter", "drone", "frigate", "submarine", "warship", "corvette",
            "howitzer");

    /**
     * Words that let a document through the pre-filter without making a sentence a candidate: "arms" (whose key
     * is not "arm") and "military" name what a report about arms is about even without a weapon's name.
     */
    private static final Set<String> PREFILTER_EXTRA_WORDS = Set.of("arms", "military", "materiel",
            "embargo", "sanction");

    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "last", "ago", "earlier", "week", "month",
            "year", "recently", "weekend", "spring", "summer", "autumn", "fall", "winter", "tonight", "previous",
            "next", "this");

    private final Gazetteer gazetteer;
    private final PlaceNamesakes namesakes;
    private final WorldPlaceRecognizer worldPlaces;
    private final GazetteerMatcher matcher;
    private final VesselCueRecognizer vesselCues = new VesselCueRecognizer();
    private final WeaponShapeRecognizer weaponShapes = new WeaponShapeRecognizer();
    private final TextAnalyzer textAnalyzer;
    private final PatternEngine patterns;
    private final DateNormalizer dates;
    private final EventAssembler assembler;
    private final CrfEntityRecognizer statisticalNer;
    private final Set<Feature> features;
    private final DocumentPrefilter prefilter;
    private final StageTimer timer;
    private final GroupAnaphora groupAnaphora = new GroupAnaphora();

    private Extractor(Builder builder) {
        this.features = EnumSet.copyOf(builder.features);
        // SUTime takes about half a second to load its rules: load it while the gazetteers compile
        java.util.concurrent.CompletableFuture<DateNormalizer> dateLoader = features.contains(Feature.DATES)
                ? java.util.concurrent.CompletableFuture.supplyAsync(SuTimeDateNormalizer::new)
                : java.util.concurrent.CompletableFuture.completedFuture(null);
        Gazetteer.Builder gazetteers = Gazetteer.builder();
        if (builder.bundledGazetteers) {
            gazetteers.addGazetteer(Gazetteer.bundled());
        }
        builder.extraGazetteers.forEach(file -> gazetteers.replace(GazetteerLoader.load(file)));
        this.gazetteer = gazetteers.build();
        gazetteer.conflicts().forEach(conflict -> LOG.debug("gazetteer: {}", conflict));
        // the world place table takes about a second to read: on its own thread while the rest starts
        java.util.concurrent.CompletableFuture<WorldPlaces> worldLoad = java.util.concurrent.CompletableFuture.supplyAsync(
                WorldPlaces::bundled, task -> {
                    Thread thread = new Thread(task, "interdict-world-places");
                    thread.setDaemon(true);
                    thread.start();
                });
        RuleSet.Builder rules = RuleSet.builder();
        if (builder.bundledRules) {
            rules.addBundled();
        }
        builder.extraRules.forEach(rules::add);
        this.patterns = new PatternEngine(rules.build());
        // the pre-filter's automaton takes a few tenths of a second: build it on its own thread while the
        // matcher compiles (not the common pool, where it would wait for SUTime on a two-core machine)
        java.util.concurrent.CompletableFuture<DocumentPrefilter> prefilterBuild = features.contains(Feature.PREFILTER)
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> DocumentPrefilter.builder()
                        .rules(patterns.rules())
                        // weapons and vessels make candidate sentences; treaties (embargoes, sanctions
                        // resolutions, export regimes) and the words below do not, but mark a document as about
                        // arms, whose mentions are worth the analysis even without an event
                        .gazetteer(gazetteer, Set.of(EntityType.WEAPON, EntityType.VESSEL, EntityType.TREATY))
                        .armsWords(ARMS_WORDS)
                        .armsWords(PREFILTER_EXTRA_WORDS)
                        .armsWords(VesselCueRecognizer.cueWords())
                        .capitalCueWords(VesselCueRecognizer.upperCasePrefixes())
                        .candidateSentencesOnly(features.contains(Feature.CANDIDATE_SENTENCES))
                        .build(), task -> {
                            Thread thread = new Thread(task, "interdict-prefilter-build");
                            thread.setDaemon(true);
                            thread.start();
                        })
                : java.util.concurrent.CompletableFuture.completedFuture(null);
        this.textAnalyzer = builder.textAnalyzer != null ? builder.textAnalyzer : builder.backend.create();
        this.matcher = new GazetteerMatcher(gazetteer, textAnalyzer);
        this.namesakes = new PlaceNamesakes(gazetteer);
        try {
            this.dates = dateLoader.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("cannot start SUTime: " + e.getCause(), e.getCause());
        }
        WorldPlaces world;
        try {
            world = worldLoad.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("cannot read the world place table: " + e.getCause(), e.getCause());
        }
        this.worldPlaces = new WorldPlaceRecognizer(world);
        this.assembler = new EventAssembler(new InstrumentResolver(gazetteer), world);
        this.statisticalNer = features.contains(Feature.STATISTICAL_NER) ? new CrfEntityRecognizer() : null;
        try {
            this.prefilter = prefilterBuild.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("cannot build the pre-filter: " + e.getCause(), e.getCause());
        }
        if (prefilter != null && !prefilter.candidateSentencesOnly() && !prefilter.unfilterableTriggerRules().isEmpty()) {
            LOG.info("pre-filter: trigger rules {} have no word anchor it can read, so with rules on every sentence "
                    + "it skips nothing", prefilter.unfilterableTriggerRules());
        }
        this.timer = builder.timer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The gazetteer entries in use. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public RuleSet rules() {
        return patterns.rules();
    }

    public String textBackend() {
        return textAnalyzer.name();
    }

    /** The features switched on. */
    public Set<Feature> features() {
        return java.util.Collections.unmodifiableSet(features);
    }

    /** The document pre-filter, when {@link Feature#PREFILTER} is on. */
    public java.util.Optional<DocumentPrefilter> prefilter() {
        return java.util.Optional.ofNullable(prefilter);
    }

    /** Two entity lists as one, in text order; the first itself when the second is empty. */
    private static List<Entity> inTextOrder(List<Entity> entities, List<Entity> more) {
        if (more.isEmpty()) {
            return entities;
        }
        List<Entity> all = new ArrayList<>(entities);
        all.addAll(more);
        all.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return all;
    }

    /**
     * Extracts the entities and events of one document. With {@link Feature#PREFILTER} on, a document that can
     * hold neither an event nor a weapon or vessel mention is not analysed: its result has no entities and no events and says why in
     * {@link ExtractionResult#skipped()}.
     */
    public ExtractionResult extract(Document document) {
        String stage = "pre-filter";
        // the clock is read only when a timer was given: without one, timing costs a null check per stage
        long lap = timer == null ? 0 : System.nanoTime();
        try {
            if (prefilter != null) {
                java.util.Optional<SkipReason> skip = prefilter.skipReason(document.text());
                lap = lap(Stage.PREFILTER, lap);
                if (skip.isPresent()) {
                    if (timer != null) {
                        timer.countDocument(true);
                    }
                    return ExtractionResult.skipped(document.id(), document.published(), skip.get());
                }
            }
            stage = "text analysis";
            AnalyzedText analyzed = textAnalyzer.analyze(document.text());
            lap = lap(Stage.TEXT_ANALYSIS, lap);
            stage = "gazetteer matching";
            List<TermNormalizer.Piece> pieces = GazetteerMatcher.pieces(analyzed);
            List<Entity> entities = worldPlaces.apply(analyzed, namesakes.resolve(analyzed.text(), weaponShapes.apply(analyzed,
                    vesselCues.apply(analyzed, matcher.match(analyzed.text(), pieces)))));
            lap = lap(Stage.GAZETTEER, lap);
            stage = "candidate selection";
            List<Integer> candidates = candidateSentences(analyzed, entities);
            // "supplied the weapons to the group": anaphors of armed groups, for the rules and assembly only (not
            // the output); only a document with candidate sentences can use them
            List<Entity> anaphors = candidates.isEmpty() ? List.of() : groupAnaphora.resolve(analyzed.text(), entities);
            List<Entity> forRules = inTextOrder(entities, anaphors);
            stage = "rules";
            // two passes: trigger rules on every candidate sentence, slot rules only where an event opens
            // (its sentence and its neighbours, which may complete it); slot rules are most of the rule set
            Map<Integer, List<RuleMatch>> matches = new HashMap<>();
            if (!candidates.isEmpty()) {
                List<CoreLabel> labels = PatternEngine.labels(analyzed, forRules);
                BitSet slotSentences = new BitSet();
                for (int index : candidates) {
                    List<RuleMatch> found = patterns.apply(labels, analyzed.sentences().get(index),
                            rule -> rule.relation().isTrigger());
                    matches.put(index, new ArrayList<>(found));
                    if (!found.isEmpty()) {
                        // the sentence before and the two after may complete the event (EventAssembler)
                        slotSentences.set(Math.max(0, index - 1), Math.min(analyzed.sentences().size(), index + 3));
                    }
                }
                BitSet routeSentences = new BitSet();
                if (!slotSentences.isEmpty()) {
                    // a report about one incident may state its origin, destination or instrument anywhere
                    // (EventAssembler): those rules alone also run on the other candidate sentences
                    candidates.forEach(routeSentences::set);
                    routeSentences.andNot(slotSentences);
                }
                if (statisticalNer != null && !slotSentences.isEmpty()) {
                    stage = "statistical NER";
                    List<Entity> recognized = statisticalNer.recognize(analyzed, slotSentences.stream()::iterator,
                            entities);
                    if (!recognized.isEmpty()) {
                        entities = inTextOrder(entities, recognized);
                        forRules = inTextOrder(entities, anaphors);
                        labels = PatternEngine.labels(analyzed, forRules);
                    }
                    stage = "rules";
                }
                for (int index = slotSentences.nextSetBit(0); index >= 0; index = slotSentences.nextSetBit(index + 1)) {
                    matches.computeIfAbsent(index, i -> new ArrayList<>()).addAll(patterns.apply(labels,
                            analyzed.sentences().get(index), rule -> !rule.relation().isTrigger()));
                }
                for (int index = routeSentences.nextSetBit(0); index >= 0; index = routeSentences.nextSetBit(index + 1)) {
                    matches.computeIfAbsent(index, i -> new ArrayList<>()).addAll(patterns.apply(labels,
                            analyzed.sentences().get(index), rule -> ROUTE_RELATIONS.contains(rule.relation())));
                }
            }
            lap = lap(Stage.RULES, lap);
            List<DateMention> dateMentions = new ArrayList<>();
            Map<Integer, List<DateMention>> datesBySentence = new HashMap<>();
            // the dates are asked for during assembly: their time is kept apart and taken out of assembly's
            long[] dateNanos = new long[1];
            DocumentAnalysis.DateLookup dateLookup = s -> datesBySentence.computeIfAbsent(s, i -> {
                if (dates == null) {
                    return List.of();
                }
                long dateStart = timer == null ? 0 : System.nanoTime();
                // SUTime is the slowest stage (about 2,000 tokens/s): it sees only short windows around
                // date-like words, and only in sentences that open an event
                List<Sentence> windows = new ArrayList<>();
                dateWindows(analyzed, analyzed.sentences().get(i), windows);
                List<DateMention> found = windows.isEmpty() ? List.of()
                        : dates.find(analyzed, windows, document.published());
                dateMentions.addAll(found);
                if (timer != null) {
                    dateNanos[0] += System.nanoTime() - dateStart;
                }
                return found;
            });
            stage = "event assembly";
            EventAssembler.Assembly assembly = assembler.assemble(
                    new DocumentAnalysis(document, analyzed, forRules, dateLookup, matches));
            List<Entity> all = new ArrayList<>(entities);
            List<Entity> extra = new ArrayList<>(assembly.addedEntities());
            if (features.contains(Feature.DATE_ENTITIES)) {
                for (DateMention date : dateMentions) {
                    extra.add(new Entity(EntityType.DATE, date.text(), date.start(), date.end(), null, date.value(), Map.of()));
                }
            }
            for (Entity added : extra) {
                if (!Entities.overlapsAny(entities, added.start(), added.end())) {
                    all.add(added);
                }
            }
            all.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
            if (timer != null) {
                timer.add(Stage.DATES, dateNanos[0]);
                lap(Stage.ASSEMBLY, lap + dateNanos[0]);
                timer.countDocument(false);
            }
            return new ExtractionResult(document.id(), document.published(), all, assembly.events());
        } catch (RuntimeException e) {
            throw new ExtractionException(document.id(), stage, e);
        }
    }

    /** Adds the time since {@code since} to the stage and returns now; does nothing without a timer. */
    private long lap(Stage stage, long since) {
        if (timer == null) {
            return 0;
        }
        long now = System.nanoTime();
        timer.add(stage, now - since);
        return now;
    }

    /** Sentences that may hold an event, with their neighbours (for slots stated in the next sentence). */
    private List<Integer> candidateSentences(AnalyzedText analyzed, List<Entity> entities) {
        List<Sentence> sentences = analyzed.sentences();
        if (!features.contains(Feature.CANDIDATE_SENTENCES)) {
            return java.util.stream.IntStream.range(0, sentences.size()).boxed().toList();
        }
        BitSet candidate = new BitSet(sentences.size());
        for (Entity entity : entities) {
            if (entity.type() == EntityType.WEAPON || entity.type() == EntityType.VESSEL) {
                int token = firstTokenAt(analyzed, entity.start());
                int s = analyzed.sentenceOfToken(token);
                if (s >= 0) {
                    candidate.set(s);
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            if (candidate.get(s)) {
                continue;
            }
            Sentence sentence = sentences.get(s);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                String key = TermNormalizer.key(analyzed.tokens().get(t).text());
                if (ARMS_WORDS.contains(key)) {
                    candidate.set(s);
                    break;
                }
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (candidate.get(s) || candidate.get(Math.max(0, s - 1)) || candidate.get(Math.min(sentences.size() - 1, s + 1))) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    /**
     * Windows of a few tokens around each date-like word of the sentence (a number, a month, a weekday, a
     * relative word), merged where they touch; these are all SUTime needs to see.
     */
    private static void dateWindows(AnalyzedText analyzed, Sentence sentence, List<Sentence> out) {
        int windowStart = -1;
        int windowEnd = -1;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            String word = analyzed.tokens().get(t).text();
            // "Feb." and "Sept." as well as "February"
            String key = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!Character.isDigit(word.charAt(0)) && !DATE_WORDS.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int from = Math.max(sentence.firstToken(), t - 4);
            int to = Math.min(sentence.endToken(), t + 5);
            if (windowStart >= 0 && from <= windowEnd) {
                windowEnd = Math.max(windowEnd, to);
            } else {
                addWindow(analyzed, windowStart, windowEnd, out);
                windowStart = from;
                windowEnd = to;
            }
        }
        addWindow(analyzed, windowStart, windowEnd, out);
    }

    private static void addWindow(AnalyzedText analyzed, int firstToken, int endToken, List<Sentence> out) {
        if (firstToken >= 0 && endToken > firstToken) {
            out.add(new Sentence(analyzed.tokens().get(firstToken).start(), analyzed.tokens().get(endToken - 1).end(),
                    firstToken, endToken));
        }
    }

    private static int firstTokenAt(AnalyzedText analyzed, int charOffset) {
        int low = 0;
        int high = analyzed.tokens().size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (analyzed.tokens().get(mid).end() <= charOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Configures an {@link Extractor}. Every setting has a default: the bundled gazetteers and rules, the
     * CoreNLP text backend, every {@link Feature} at its default. Calls may come in any order.
     */
    public static final class Builder {
        private boolean bundledGazetteers = true;
        private boolean bundledRules = true;
        private final List<Path> extraGazetteers = new ArrayList<>();
        private final List<Path> extraRules = new ArrayList<>();
        private TextBackend backend = TextBackend.CORENLP;
        private TextAnalyzer textAnalyzer;
        private final EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        private StageTimer timer;

        private Builder() {
            for (Feature feature : Feature.values()) {
                if (feature.enabledByDefault()) {
                    features.add(feature);
                }
            }
        }

        /** Adds a gazetteer file; its entries replace bundled entries with the same id. */
        public Builder addGazetteer(Path file) {
            extraGazetteers.add(file);
            return this;
        }

        /** Whether to load the bundled gazetteers (default true). */
        public Builder bundledGazetteers(boolean load) {
            this.bundledGazetteers = load;
            return this;
        }

        /** Adds a rule file, loaded after the bundled rules, so it may use their macros. */
        public Builder addRules(Path file) {
            extraRules.add(file);
            return this;
        }

        /** Whether to load the bundled rules (default true). */
        public Builder bundledRules(boolean load) {
            this.bundledRules = load;
            return this;
        }

        public Builder textBackend(TextBackend backend) {
            this.backend = backend;
            this.textAnalyzer = null;
            return this;
        }

        /** Uses an already built text analyzer (to share one between extractors). */
        public Builder textAnalyzer(TextAnalyzer analyzer) {
            this.textAnalyzer = analyzer;
            return this;
        }

        public Builder enable(Feature feature) {
            features.add(feature);
            return this;
        }

        public Builder disable(Feature feature) {
            features.remove(feature);
            return this;
        }

        /**
         * Adds the time of each stage of every extraction to {@code timer} (null, the default: no timing). One
         * timer may serve several threads and extractors.
         */
        public Builder stageTimer(StageTimer timer) {
            this.timer = timer;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}
