package org.interdict.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.gazetteers.GazetteerWriter;
import org.interdict.gazetteers.UnConsolidatedListImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-un-list", mixinStandardHelpOptions = true,
        description = {"Turns the XML of the UN Security Council Consolidated Sanctions List into a gazetteer file "
                + "(organisations and vessels) for extract --gazetteer.",
                "Individuals are skipped; a DOCTYPE in the XML is refused."})
final class ImportUnListCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The list's XML file.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON Lines; - for stdout (default).")
    String out = "-";

    @Option(names = "--verbose", description = "Print stack traces on errors, and every note on what was left out.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        UnConsolidatedListImporter.Result result = UnConsolidatedListImporter.read(file);
        if (out.equals("-")) {
            Writer writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            GazetteerWriter.write(result.entries(), writer);
        } else {
            try (Writer writer = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
                GazetteerWriter.write(result.entries(), writer);
            }
        }
        long vessels = result.entries().stream().filter(e -> e.type() == EntityType.VESSEL).count();
        long withImo = result.entries().stream().map(GazetteerEntry::attributes).filter(a -> a.containsKey("imo")).count();
        System.err.println(result.entries().size() + " entries (" + (result.entries().size() - vessels)
                + " organisations, " + vessels + " vessels, " + withImo + " with an IMO number); "
                + result.individualsSkipped() + " individuals skipped; " + result.notes().size() + " note(s)"
                + (result.dateGenerated() == null ? "" : "; list generated " + result.dateGenerated()));
        if (verbose) {
            result.notes().forEach(note -> System.err.println("  " + note));
        }
        return 0;
    }
}
