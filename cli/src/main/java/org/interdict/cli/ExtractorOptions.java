package org.interdict.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.Extractor;
import org.interdict.Feature;
import org.interdict.text.TextBackend;
import picocli.CommandLine.Option;

/** The options that configure the extractor, shared by the commands that extract. */
final class ExtractorOptions {

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "An extra gazetteer file (JSON Lines, see gazetteers/FORMAT.md); its entries replace bundled ones with the same id. Repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "FILE",
            description = "An extra rule file, loaded after the bundled rules. Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--backend", paramLabel = "NAME", description = "Text analysis: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextBackend backend = TextBackend.CORENLP;

    @Option(names = "--statistical-ner",
            description = "Also run CoreNLP's statistical NER on the sentences around each event (slower; loads a 32 MB model).")
    boolean statisticalNer;

    @Option(names = "--disable", paramLabel = "FEATURE",
            description = "Switch a pipeline feature off: ${COMPLETION-CANDIDATES} (all but STATISTICAL_NER on by default). PREFILTER off "
                    + "analyses every document (a skipped document's result has no entities and says \"skipped\"); "
                    + "the others are for comparison. Repeatable.")
    List<Feature> disabled = new ArrayList<>();

    Extractor build() {
        return builder().build();
    }

    Extractor.Builder builder() {
        Extractor.Builder builder = Extractor.builder().textBackend(backend);
        if (statisticalNer) {
            builder.enable(org.interdict.Feature.STATISTICAL_NER);
        }
        disabled.forEach(builder::disable);
        gazetteers.forEach(builder::addGazetteer);
        rules.forEach(builder::addRules);
        return builder;
    }
}
