package org.interdict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.interdict.Document;

/**
 * The CoreNLP baseline for entities: Stanford CoreNLP's own pipeline ({@code tokenize, ssplit, pos,
 * lemma, ner}, with {@code ner.applyFineGrained=true}, {@code ner.useSUTime=false} and
 * {@code ner.applyNumericClassifiers=false}) plus a RegexNER over the caller's gazetteer phrases,
 * loaded by the {@code ner} annotator through {@code ner.additional.regexner.mapping}. No events.
 *
 * <p>The mapping file is written to a temporary file when the baseline is built (each phrase tokenised
 * with CoreNLP's own tokenizer, each token a quoted regular expression) and deleted once the pipeline
 * has read it. A gazetteer phrase overwrites CoreNLP's statistical or fine-grained label where it covers
 * a whole CoreNLP mention (RegexNER never cuts across one).
 *
 * <p>Labels map to SCHEMA.md types: COUNTRY and NATIONALITY to COUNTRY (the gold set counts adjectives
 * and demonyms as COUNTRY), LOCATION, CITY and STATE_OR_PROVINCE to LOCATION, ORGANIZATION to
 * ORGANIZATION, PERSON to PERSON (not scored), and the gazetteer's VESSEL, WEAPON and TREATY directly;
 * every other label is dropped. Entities have null id and canonical and empty attributes.
 *
 * <p>The pipeline is built once per instance, without CoreNLP's static annotator pool; it takes several
 * seconds and about 1 GB of heap. {@link #predict} is synchronized, so an instance may be shared but
 * runs one document at a time.
 */
public final class CoreNlpNerBaseline implements Baseline {

    /** How gazetteer phrases match the text. */
    public enum CaseMatching {
        /** Ignore case, as Interdict's gazetteer matcher does. The default. */
        IGNORE_CASE,
        /** Match the case as written. */
        EXACT
    }

    private static final Set<String> GAZETTEER_TYPES =
            Set.of("VESSEL", "WEAPON", "TREATY", "COUNTRY", "LOCATION", "ORGANIZATION");
    private static final String OVERWRITABLE =
            "PERSON,ORGANIZATION,LOCATION,MISC,COUNTRY,CITY,STATE_OR_PROVINCE,NATIONALITY,TITLE,IDEOLOGY,RELIGION";
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("COUNTRY", "COUNTRY"), Map.entry("NATIONALITY", "COUNTRY"),
            Map.entry("LOCATION", "LOCATION"), Map.entry("CITY", "LOCATION"),
            Map.entry("STATE_OR_PROVINCE", "LOCATION"), Map.entry("ORGANIZATION", "ORGANIZATION"),
            Map.entry("PERSON", "PERSON"), Map.entry("VESSEL", "VESSEL"), Map.entry("WEAPON", "WEAPON"),
            Map.entry("TREATY", "TREATY"));

    /** Words after a hyphen that CoreNLP's ner annotator does not join ("Chicago-based"). */
    private static final Set<String> NER_TOKENIZATION_EXCEPTIONS = Set.of("based", "area", "registered",
            "headquartered", "native", "born", "raised", "backed", "controlled", "owned", "resident", "trained",
            "educated");

    private final AnnotationPipeline pipeline;

    /** A baseline over the given gazetteer phrases, matched ignoring case. */
    public CoreNlpNerBaseline(Map<String, String> gazetteer) throws IOException {
        this(gazetteer, CaseMatching.IGNORE_CASE);
    }

    /**
     * A baseline over the given gazetteer phrases.
     *
     * @param gazetteer    phrase to type (VESSEL, WEAPON, TREATY, COUNTRY, LOCATION or ORGANIZATION)
     * @param caseMatching how phrases match
     * @throws IllegalArgumentException if a phrase is blank or a type is not one of the six
     * @throws IOException              if the temporary mapping file cannot be written
     */
    public CoreNlpNerBaseline(Map<String, String> gazetteer, CaseMatching caseMatching) throws IOException {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(caseMatching, "caseMatching");
        for (Map.Entry<String, String> entry : gazetteer.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isBlank()) {
                throw new IllegalArgumentException("gazetteer has a blank phrase (type " + entry.getValue() + ")");
            }
            if (!GAZETTEER_TYPES.contains(entry.getValue())) {
                throw new IllegalArgumentException("gazetteer phrase \"" + entry.getKey() + "\" has type \""
                        + entry.getValue() + "\"; expected one of " + GAZETTEER_TYPES);
            }
        }
        Properties props = new Properties();
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.additional.regexner.ignorecase",
                String.valueOf(caseMatching == CaseMatching.IGNORE_CASE));

        AnnotatorImplementations annotators = new AnnotatorImplementations();
        Annotator tokenizer = annotators.tokenizer(props);
        Path mapping = Files.createTempFile("interdict-regexner-", ".tsv");
        try {
            writeMapping(mapping, gazetteer, tokenizer);
            props.setProperty("ner.additional.regexner.mapping", mapping.toString());
            // since CoreNLP 4.5 the tokenizer splits sentences itself: a separate ssplit only logs an error
            this.pipeline = new AnnotationPipeline(List.of(tokenizer,
                    annotators.posTagger(props), annotators.morpha(props, false), annotators.ner(props)));
        } finally {
            Files.deleteIfExists(mapping);
        }
    }

    private static void writeMapping(Path file, Map<String, String> gazetteer, Annotator tokenizer) throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : gazetteer.entrySet()) {
            Annotation phrase = new Annotation(entry.getKey().strip());
            tokenizer.annotate(phrase);
            List<CoreLabel> tokens = phrase.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null || tokens.isEmpty()) {
                throw new IllegalArgumentException("gazetteer phrase \"" + entry.getKey() + "\" has no tokens");
            }
            StringBuilder pattern = new StringBuilder();
            for (String word : nerWords(tokens)) {
                if (pattern.length() > 0) {
                    pattern.append(' ');
                }
                pattern.append(quote(word));
            }
            lines.putIfAbsent(pattern.toString(), entry.getValue());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> line : lines.entrySet()) {
                out.write(line.getKey() + "\t" + line.getValue() + "\t" + OVERWRITABLE + "\t1.0\n");
            }
        }
    }

    /**
     * The words the {@code ner} annotator matches against: CoreNLP's tokenizer splits "MiG-21" into
     * "MiG", "-", "21", but {@code ner} (with its default {@code ner.useNERSpecificTokenization=true})
     * joins hyphen-split pieces written without spaces back into one token before RegexNER runs, except
     * before a few words such as "based" or "owned". This repeats that joining for a gazetteer phrase.
     */
    static List<String> nerWords(List<CoreLabel> tokens) {
        List<String> words = new ArrayList<>();
        boolean lastAfterEmpty = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String word = token.word();
            boolean afterEmpty = token.after() != null && token.after().isEmpty();
            boolean merge = false;
            if (!words.isEmpty() && lastAfterEmpty) {
                String last = words.get(words.size() - 1);
                if (word.equals("-")) {
                    merge = i + 1 < tokens.size() && !NER_TOKENIZATION_EXCEPTIONS.contains(tokens.get(i + 1).word());
                } else {
                    merge = last.endsWith("-") && !NER_TOKENIZATION_EXCEPTIONS.contains(word);
                }
            }
            if (merge) {
                words.set(words.size() - 1, words.get(words.size() - 1) + word);
            } else {
                words.add(word);
            }
            lastAfterEmpty = afterEmpty;
        }
        return words;
    }

    /** A token as a regular expression that matches exactly it: non-alphanumerics escaped, spaces as \s. */
    static String quote(String token) {
        StringBuilder out = new StringBuilder();
        token.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append("\\s");
            } else {
                if (!Character.isLetterOrDigit(c)) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The SCHEMA.md type for a CoreNLP or gazetteer label, or null when the label is dropped. */
    static String schemaType(String label) {
        return label == null ? null : LABELS.get(label.toUpperCase(Locale.ROOT));
    }

    @Override
    public synchronized JsonNode predict(Document document) {
        ObjectNode prediction = PredictionJson.document(document);
        String text = document.text();
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        for (CoreEntityMention mention : new CoreDocument(annotation).entityMentions()) {
            String type = schemaType(mention.entityType());
            int start = mention.charOffsets().first();
            int end = mention.charOffsets().second();
            if (type != null && 0 <= start && start < end && end <= text.length()) {
                PredictionJson.addEntity(prediction, type, text.substring(start, end), start, end);
            }
        }
        return prediction;
    }
}
