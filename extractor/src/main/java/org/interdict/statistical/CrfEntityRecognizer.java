package org.interdict.statistical;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entities;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreLabels;
import org.interdict.text.Sentence;
import org.interdict.text.Token;

/**
 * CoreNLP's statistical named-entity recogniser (the CRF model for people, organisations and places),
 * run on chosen sentences only. It adds what the gazetteers cannot know: a port town, a customs agency
 * or a spokesman missing from the lists. Gazetteer entities win: a span that overlaps one is dropped.
 *
 * <p>Immutable and thread-safe (CoreNLP shares one classifier between threads in its own annotators);
 * loading the model takes a few seconds and about 400 MB of heap, so build one and share it.
 */
public final class CrfEntityRecognizer {

    /** The three-class English model shipped in the CoreNLP models jar. */
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** The attribute that marks an entity found by the model rather than by a gazetteer. */
    public static final String SOURCE_ATTRIBUTE = "source";
    public static final String SOURCE_VALUE = "ner";

    private final CRFClassifier<CoreLabel> classifier;

    public CrfEntityRecognizer() {
        this(MODEL);
    }

    public CrfEntityRecognizer(String model) {
        try {
            this.classifier = CRFClassifier.getClassifier(model);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("cannot load the CoreNLP NER model " + model + ": " + e, e);
        }
    }

    /**
     * The entities the model finds in the given sentences that no entity of {@code existing} overlaps,
     * in text order. {@code existing} must be sorted by start offset.
     */
    public List<Entity> recognize(AnalyzedText analyzed, Iterable<Integer> sentenceIndexes, List<Entity> existing) {
        List<Entity> found = new ArrayList<>();
        for (int index : sentenceIndexes) {
            Sentence sentence = analyzed.sentences().get(index);
            List<CoreLabel> labels = new ArrayList<>(sentence.endToken() - sentence.firstToken());
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                labels.add(CoreLabels.of(analyzed.tokens().get(t)));
            }
            List<CoreLabel> answers = classifier.classifySentence(labels);
            int t = 0;
            while (t < answers.size()) {
                EntityType type = typeOf(answers.get(t).get(CoreAnnotations.AnswerAnnotation.class));
                int end = t + 1;
                while (type != null && end < answers.size()
                        && type == typeOf(answers.get(end).get(CoreAnnotations.AnswerAnnotation.class))) {
                    end++;
                }
                if (type != null) {
                    Token first = analyzed.tokens().get(sentence.firstToken() + t);
                    Token last = analyzed.tokens().get(sentence.firstToken() + end - 1);
                    if (!Entities.overlapsAny(existing, first.start(), last.end())) {
                        found.add(new Entity(type, analyzed.text().substring(first.start(), last.end()),
                                first.start(), last.end(), null, null, Map.of(SOURCE_ATTRIBUTE, SOURCE_VALUE)));
                    }
                }
                t = end;
            }
        }
        return found;
    }

    private static EntityType typeOf(String answer) {
        if (answer == null) {
            return null;
        }
        return switch (answer) {
            case "LOCATION" -> EntityType.LOCATION;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "PERSON" -> EntityType.PERSON;
            default -> null;
        };
    }
}
