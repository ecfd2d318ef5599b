package org.interdict.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Renders an {@link EvalReport} as Markdown, JSON and a terminal table. Stateless. */
final class ReportWriter {

    static final String AVERAGING = "micro: TP, FP and FN summed over the rows, then P, R and F1 of the sums; "
            + "n/a (null) where a denominator is 0";

    private ReportWriter() {
    }

    // ---- JSON ----

    static ObjectNode json(EvalReport report) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("split", report.split().label());
        root.put("averaging", AVERAGING);
        root.put("documentCount", report.documents().size());
        strings(root.putArray("documents"), report.documents());
        strings(root.putArray("documentsWithoutPrediction"), report.documentsWithoutPrediction());
        strings(root.putArray("predictionsWithoutGold"), report.predictionsWithoutGold());

        ObjectNode entities = root.putObject("entities");
        figures(entities.putObject("exact"), report.entitiesExact(), report.entitiesExactMicro());
        figures(entities.putObject("partial"), report.entitiesPartial(), report.entitiesPartialMicro());
        figures(root.putObject("events"), report.events(), report.eventsMicro());

        ObjectNode modality = root.putObject("modalityErrors");
        modality.put("count", report.modalityErrors().size());
        ArrayNode modalityItems = modality.putArray("items");
        for (ModalityError e : report.modalityErrors()) {
            ObjectNode item = modalityItems.addObject();
            item.put("docId", e.docId());
            item.put("goldEventId", e.goldEventId());
            item.put("goldModality", e.goldModality().name());
            item.put("predictedEventId", e.predictedEventId());
            item.put("type", e.type().name());
            item.put("text", e.text());
        }

        ArrayNode bands = root.putArray("confidenceBands");
        for (ConfidenceBand band : report.confidenceBands()) {
            ObjectNode item = bands.addObject();
            item.put("from", band.from());
            item.put("to", band.to());
            item.put("predicted", band.predicted());
            item.put("correct", band.correct());
            if (band.precision().isPresent()) {
                item.put("precision", band.precision().getAsDouble());
            } else {
                item.putNull("precision");
            }
        }

        ObjectNode slots = root.putObject("slots");
        for (Map.Entry<Slot, Prf> entry : report.slots().entrySet()) {
            prf(slots.putObject(entry.getKey().field()), entry.getValue());
        }
        prf(slots.putObject("micro"), report.slotsMicro());

        ObjectNode errors = root.putObject("errors");
        ArrayNode entityErrors = errors.putArray("entities");
        for (EntityError e : report.entityErrors()) {
            ObjectNode item = entityErrors.addObject();
            item.put("docId", e.docId());
            item.put("kind", e.kind().shortName());
            item.put("type", e.type().name());
            item.put("text", e.text());
            item.put("start", e.span().start());
            item.put("end", e.span().end());
            item.put("boundary", e.boundary());
        }
        ArrayNode eventErrors = errors.putArray("events");
        for (EventError e : report.eventErrors()) {
            ObjectNode item = eventErrors.addObject();
            item.put("docId", e.docId());
            item.put("kind", e.kind().shortName());
            item.put("eventId", e.eventId());
            item.put("type", e.type().name());
            item.put("text", e.text());
            item.put("modalityError", e.modalityError());
        }
        ArrayNode slotErrors = errors.putArray("slots");
        for (SlotError e : report.slotErrors()) {
            ObjectNode item = slotErrors.addObject();
            item.put("docId", e.docId());
            item.put("kind", e.kind().shortName());
            item.put("eventId", e.eventId());
            item.put("slot", e.slot().field());
            item.put("text", e.text());
        }
        return root;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static <K extends Enum<K>> void figures(ObjectNode node, Map<K, Prf> rows, Prf micro) {
        rows.forEach((key, prf) -> prf(node.putObject(key.name()), prf));
        prf(node.putObject("micro"), micro);
    }

    private static void prf(ObjectNode node, Prf prf) {
        node.put("tp", prf.tp());
        node.put("fp", prf.fp());
        node.put("fn", prf.fn());
        number(node, "precision", prf.precision());
        number(node, "recall", prf.recall());
        number(node, "f1", prf.f1());
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    // ---- Markdown ----

    static String markdown(EvalReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Interdict evaluation: split ").append(report.split().label()).append(", ")
                .append(report.documents().size()).append(" documents\n\n");
        md.append("Averages are ").append(AVERAGING).append(".\n\n");
        if (!report.documentsWithoutPrediction().isEmpty()) {
            md.append("Documents without a prediction (scored as predicting nothing): ")
                    .append(cell(String.join(", ", report.documentsWithoutPrediction()))).append("\n\n");
        }
        if (!report.predictionsWithoutGold().isEmpty()) {
            md.append("Predictions for documents not in the gold set (ignored): ")
                    .append(cell(String.join(", ", report.predictionsWithoutGold()))).append("\n\n");
        }

        md.append("## Entities\n\nExact: same type, start and end. Partial: same type, overlapping spans, "
                + "one-to-one.\n\n");
        md.append("| type | exact TP | FP | FN | P | R | F1 | partial TP | FP | FN | P | R | F1 |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (EntityType type : EntityType.SCORED) {
            md.append("| ").append(type).append(" | ").append(mdCells(report.entitiesExact().get(type)))
                    .append(" | ").append(mdCells(report.entitiesPartial().get(type))).append(" |\n");
        }
        md.append("| **micro** | ").append(mdCells(report.entitiesExactMicro())).append(" | ")
                .append(mdCells(report.entitiesPartialMicro())).append(" |\n\n");

        md.append("## Events (ASSERTED only)\n\n| type | TP | FP | FN | P | R | F1 |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        report.events().forEach((type, prf) -> md.append("| ").append(type).append(" | ").append(mdCells(prf))
                .append(" |\n"));
        md.append("| **micro** | ").append(mdCells(report.eventsMicro())).append(" |\n\n");

        md.append("Modality errors (NEGATED or HYPOTHETICAL gold events predicted as ASSERTED): ")
                .append(report.modalityErrors().size()).append("\n\n");
        for (ModalityError e : report.modalityErrors()) {
            md.append("- ").append(cell(e.docId())).append(": gold ").append(cell(e.goldEventId())).append(" (")
                    .append(e.goldModality()).append(' ').append(e.type()).append(") predicted as ASSERTED by ")
                    .append(cell(e.predictedEventId())).append(": ").append(cell(e.text())).append('\n');
        }
        if (!report.modalityErrors().isEmpty()) {
            md.append('\n');
        }

        if (!report.confidenceBands().isEmpty()) {
            md.append("Precision of ASSERTED predicted events per confidence band:\n\n"
                    + "| confidence | predicted | correct | P |\n| --- | ---: | ---: | ---: |\n");
            for (ConfidenceBand band : report.confidenceBands()) {
                md.append("| ").append(band.label()).append(" | ").append(band.predicted()).append(" | ")
                        .append(band.correct()).append(" | ").append(Prf.format(band.precision())).append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Slots (ASSERTED events, matched and unmatched)\n\n| slot | TP | FP | FN | P | R | F1 |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        report.slots().forEach((slot, prf) -> md.append("| ").append(slot.field()).append(" | ").append(mdCells(prf))
                .append(" |\n"));
        md.append("| **micro** | ").append(mdCells(report.slotsMicro())).append(" |\n\n");

        md.append("## Errors\n\n### Entities (exact matching; boundary = matched under overlap)\n\n");
        if (report.entityErrors().isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| doc | kind | type | span | text | boundary |\n| --- | --- | --- | --- | --- | --- |\n");
            for (EntityError e : report.entityErrors()) {
                md.append("| ").append(cell(e.docId())).append(" | ").append(e.kind().shortName()).append(" | ")
                        .append(e.type()).append(" | ").append(e.span()).append(" | ").append(cell(e.text()))
                        .append(" | ").append(e.boundary() ? "yes" : "").append(" |\n");
            }
            md.append('\n');
        }
        md.append("### Events\n\n");
        if (report.eventErrors().isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| doc | kind | event | type | text |\n| --- | --- | --- | --- | --- |\n");
            for (EventError e : report.eventErrors()) {
                md.append("| ").append(cell(e.docId())).append(" | ").append(e.kind().shortName())
                        .append(e.modalityError() ? " (modality)" : "").append(" | ").append(cell(e.eventId()))
                        .append(" | ").append(e.type()).append(" | ").append(cell(e.text())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("### Slots\n\n");
        if (report.slotErrors().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| doc | kind | event | slot | text |\n| --- | --- | --- | --- | --- |\n");
            for (SlotError e : report.slotErrors()) {
                md.append("| ").append(cell(e.docId())).append(" | ").append(e.kind().shortName()).append(" | ")
                        .append(cell(e.eventId())).append(" | ").append(e.slot().field()).append(" | ")
                        .append(cell(e.text())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String mdCells(Prf prf) {
        return prf.tp() + " | " + prf.fp() + " | " + prf.fn() + " | " + Prf.format(prf.precision()) + " | "
                + Prf.format(prf.recall()) + " | " + Prf.format(prf.f1());
    }

    /** A Markdown table cell: pipes escaped, line breaks flattened. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }

    // ---- terminal table ----

    static String table(EvalReport report) {
        StringBuilder out = new StringBuilder();
        out.append("split ").append(report.split().label()).append(", ").append(report.documents().size())
                .append(" documents");
        if (!report.documentsWithoutPrediction().isEmpty()) {
            out.append(", ").append(report.documentsWithoutPrediction().size()).append(" without prediction");
        }
        out.append("; micro = counts summed, then P/R/F1\n");
        header(out, "entities (exact)");
        report.entitiesExact().forEach((type, prf) -> row(out, type.name(), prf));
        row(out, "micro", report.entitiesExactMicro());
        header(out, "entities (partial)");
        report.entitiesPartial().forEach((type, prf) -> row(out, type.name(), prf));
        row(out, "micro", report.entitiesPartialMicro());
        header(out, "events (ASSERTED)");
        report.events().forEach((type, prf) -> row(out, type.name(), prf));
        row(out, "micro", report.eventsMicro());
        out.append(String.format(Locale.ROOT, "  %-16s %5d%n", "modality errors", report.modalityErrors().size()));
        if (!report.confidenceBands().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%-18s %5s %5s %6s%n", "confidence band", "pred", "ok", "P"));
            for (ConfidenceBand band : report.confidenceBands()) {
                out.append(String.format(Locale.ROOT, "  %-16s %5d %5d %6s%n", band.label(), band.predicted(),
                        band.correct(), Prf.format(band.precision())));
            }
        }
        header(out, "slots");
        report.slots().forEach((slot, prf) -> row(out, slot.field(), prf));
        row(out, "micro", report.slotsMicro());
        return out.toString();
    }

    private static void header(StringBuilder out, String title) {
        out.append(String.format(Locale.ROOT, "%-18s %5s %5s %5s %6s %6s %6s%n", title, "TP", "FP", "FN", "P", "R",
                "F1"));
    }

    private static void row(StringBuilder out, String name, Prf prf) {
        out.append(String.format(Locale.ROOT, "  %-16s %5d %5d %5d %6s %6s %6s%n", name, prf.tp(), prf.fp(), prf.fn(),
                Prf.format(prf.precision()), Prf.format(prf.recall()), Prf.format(prf.f1())));
    }
}
