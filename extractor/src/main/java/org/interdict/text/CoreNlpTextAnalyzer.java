package org.interdict.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokens and sentences from CoreNLP's English PTB tokenizer and its rule-based sentence splitter.
 * Thread-safe: the annotator keeps no per-document state, and each call builds its own annotation.
 */
public final class CoreNlpTextAnalyzer implements TextAnalyzer {

    private final TokenizerAnnotator tokenizer;

    public CoreNlpTextAnalyzer() {
        Properties props = new Properties();
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // invertible keeps the original text of each token, so offsets and surface forms stay exact;
        // quotes and brackets are left as written rather than turned into PTB escapes
        props.setProperty("tokenize.options",
                "invertible=true,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                        + "untokenizable=noneKeep,splitHyphenated=false");
        // since CoreNLP 4.5 the tokenize annotator also splits sentences (the ssplit.* properties still apply)
        this.tokenizer = new TokenizerAnnotator(false, props);
    }

    @Override
    public AnalyzedText analyze(String text) {
        Annotation annotation = new Annotation(text);
        tokenizer.annotate(annotation);
        List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            int start = label.beginPosition();
            int end = label.endPosition();
            tokens.add(new Token(text.substring(start, end), start, end));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new Sentence(
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    sentence.get(CoreAnnotations.TokenBeginAnnotation.class),
                    sentence.get(CoreAnnotations.TokenEndAnnotation.class)));
        }
        return new AnalyzedText(text, tokens, sentences);
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
