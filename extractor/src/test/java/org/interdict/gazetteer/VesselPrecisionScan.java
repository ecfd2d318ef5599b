package org.interdict.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.Feature;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;

/**
 * Lists every VESSEL entity the extractor finds in a folder of {@code .txt} files, with its context, for
 * checking by hand how often text that is not about shipping yields a "vessel" (the precision of the
 * gazetteer and of the vessel cues on off-topic text). Not a test; run from the project root:
 * <pre>
 * java -cp extractor/target/test-classes:extractor/target/classes:$(cat /tmp/cp.txt) \
 *     org.interdict.gazetteer.VesselPrecisionScan ../shared/data/sotu
 * </pre>
 * Output: one tab-separated line per vessel (file, offset, text, gazetteer id or "pattern", attributes,
 * context), then counts on stderr. Dates are switched off: they do not change the entities.
 */
public final class VesselPrecisionScan {

    private static final int CONTEXT = 70;

    private VesselPrecisionScan() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: VesselPrecisionScan DIR");
            System.exit(2);
        }
        Extractor extractor = Extractor.builder().disable(Feature.DATES).disable(Feature.DATE_ENTITIES).build();
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int vessels = 0;
        long chars = 0;
        Map<String, Integer> byName = new TreeMap<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            chars += text.length();
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            ExtractionResult result = extractor.extract(Document.of(name, text));
            for (Entity entity : result.entities()) {
                if (entity.type() != EntityType.VESSEL) {
                    continue;
                }
                vessels++;
                byName.merge(entity.canonical(), 1, Integer::sum);
                String context = text.substring(Math.max(0, entity.start() - CONTEXT), entity.start()) + "[["
                        + entity.text() + "]]" + text.substring(entity.end(), Math.min(text.length(), entity.end() + CONTEXT));
                System.out.println(name + "\t" + entity.start() + "\t" + entity.text() + "\t"
                        + (entity.id() == null ? "pattern" : entity.id()) + "\t" + new TreeMap<>(entity.attributes())
                        + "\t" + context.replaceAll("\\s+", " "));
            }
        }
        System.err.printf("%d files, %,d chars: %d VESSEL entities, %d distinct names: %s%n", files.size(), chars,
                vessels, byName.size(), byName);
    }
}
