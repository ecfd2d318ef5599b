package org.interdict.text;

/** The text analysis implementations that ship with Interdict. */
public enum TextBackend {
    /** Stanford CoreNLP's PTB tokenizer and rule-based sentence splitter (the default). */
    CORENLP,
    /** Apache OpenNLP's statistical sentence detector and tokenizer (UD English EWT models 1.3). */
    OPENNLP;

    public TextAnalyzer create() {
        return switch (this) {
            case CORENLP -> new CoreNlpTextAnalyzer();
            case OPENNLP -> new OpenNlpTextAnalyzer();
        };
    }
}
