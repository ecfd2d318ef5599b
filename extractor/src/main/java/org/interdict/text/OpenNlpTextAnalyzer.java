package org.interdict.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens and sentences from Apache OpenNLP's maximum-entropy sentence detector and tokenizer, with the
 * UD English EWT models of {@code opennlp-models-*-en} 1.3.0. The models are loaded once; the
 * thread-safe wrappers keep one decoder per thread, so one instance serves all threads.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;

    public OpenNlpTextAnalyzer() {
        try (InputStream sentences = open(SENTENCE_MODEL); InputStream tokens = open(TOKEN_MODEL)) {
            this.sentenceDetector = new ThreadSafeSentenceDetectorME(new SentenceModel(sentences));
            this.tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(tokens));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpTextAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0)");
        }
        return in;
    }

    @Override
    public AnalyzedText analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Span sentenceSpan : sentenceDetector.sentPosDetect(text)) {
            int first = tokens.size();
            String sentenceText = text.substring(sentenceSpan.getStart(), sentenceSpan.getEnd());
            for (Span tokenSpan : tokenizer.tokenizePos(sentenceText)) {
                int start = sentenceSpan.getStart() + tokenSpan.getStart();
                int end = sentenceSpan.getStart() + tokenSpan.getEnd();
                if (end > start) {
                    tokens.add(new Token(text.substring(start, end), start, end));
                }
            }
            sentences.add(new Sentence(sentenceSpan.getStart(), sentenceSpan.getEnd(), first, tokens.size()));
        }
        return new AnalyzedText(text, tokens, sentences);
    }

    @Override
    public String name() {
        return "opennlp";
    }
}
