package org.interdict.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.interdict.Extractor;
import org.interdict.Feature;
import org.interdict.text.TextBackend;

/**
 * What the executors need to build the same extractor as the driver would: the extra gazetteer and rule
 * files (paths every executor can read) and the text backend. A small serialisable value that travels
 * with the tasks, unlike the extractor itself (gazetteers, rules and models, about two seconds and some
 * hundred megabytes to build), which each executor JVM builds once ({@link ExtractorHolder}).
 *
 * @param gazetteers extra gazetteer files, in the order given
 * @param rules      extra rule files, in the order given
 * @param backend    the text analysis backend
 * @param enabled    features switched on beyond the defaults (as the CLI's {@code --statistical-ner})
 * @param disabled   features switched off (as the CLI's {@code --disable}); applied after {@code enabled}
 */
public record ExtractorSettings(List<String> gazetteers, List<String> rules, TextBackend backend,
        List<Feature> enabled, List<Feature> disabled) implements Serializable {

    private static final long serialVersionUID = 2L;

    public ExtractorSettings {
        gazetteers = List.copyOf(gazetteers);
        rules = List.copyOf(rules);
        enabled = List.copyOf(enabled);
        disabled = List.copyOf(disabled);
        if (backend == null) {
            throw new IllegalArgumentException("a text backend is required");
        }
    }

    /** Extra files and a backend, every feature at its default. */
    public ExtractorSettings(List<String> gazetteers, List<String> rules, TextBackend backend) {
        this(gazetteers, rules, backend, List.of(), List.of());
    }

    /** The bundled gazetteers and rules with the CoreNLP backend, as the CLI's defaults. */
    public static ExtractorSettings defaults() {
        return new ExtractorSettings(List.of(), List.of(), TextBackend.CORENLP);
    }

    /**
     * Builds the extractor these settings describe (as the CLI's {@code --gazetteer}, {@code --rules},
     * {@code --backend}, {@code --statistical-ner} and {@code --disable} do).
     */
    public Extractor build() {
        Extractor.Builder builder = Extractor.builder().textBackend(backend);
        enabled.forEach(builder::enable);
        disabled.forEach(builder::disable);
        gazetteers.forEach(file -> builder.addGazetteer(Path.of(file)));
        rules.forEach(file -> builder.addRules(Path.of(file)));
        return builder.build();
    }
}
