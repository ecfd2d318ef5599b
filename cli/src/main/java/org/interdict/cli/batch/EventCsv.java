package org.interdict.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.interdict.ExtractionResult;
import org.interdict.model.CargoItem;
import org.interdict.model.Event;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.TextRef;

/**
 * Events as CSV rows (RFC 4180, CRLF line ends, a header row), one row per event; a document without
 * events gives no row. A list slot is one cell with its items joined by {@code "; "}; the cargo cells are
 * aligned item by item. Parties are their country code, else their group, else their text. {@code evidence}
 * holds the text of the evidence spans (joined by {@code " … "}), {@code evidence_spans} their offsets
 * ({@code start-end}). Every cell goes through {@link CsvCells#escape}. Thread-safe.
 */
public final class EventCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("doc_id", "published", "event_id", "type", "modality",
            "date_text", "date_value", "authority", "authority_country", "location", "location_country", "vessel",
            "vessel_name", "vessel_flag", "vessel_imo", "aircraft", "aircraft_type", "aircraft_registration", "cargo",
            "cargo_canonical", "cargo_category", "cargo_quantity", "cargo_unit", "declared_cargo", "origin",
            "destination", "instruments", "attribution", "evidence", "evidence_spans", "confidence");

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private EventCsv() {
    }

    /** The header row as CSV text, with its line end. */
    public static String header() {
        StringBuilder out = new StringBuilder();
        print(out, List.of(HEADER));
        return out.toString();
    }

    /** Appends one row per event of the result; {@code text} is the document's text (for the evidence). */
    public static void append(StringBuilder out, ExtractionResult result, String text) {
        List<List<String>> rows = new ArrayList<>();
        for (Event event : result.events()) {
            rows.add(row(result, event, text));
        }
        print(out, rows);
    }

    private static void print(StringBuilder out, List<List<String>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(cell -> cells.add(CsvCells.escape(cell)));
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format CSV", e); // a StringBuilder does not fail
        }
    }

    private static List<String> row(ExtractionResult result, Event event, String text) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(result.docId());
        row.add(result.published() == null ? null : result.published().toString());
        row.add(event.id());
        row.add(event.type().name());
        row.add(event.modality().name());
        row.add(event.date() == null ? null : event.date().text());
        row.add(event.date() == null ? null : event.date().value());
        row.add(event.authority() == null ? null : event.authority().text());
        row.add(code(event.authority()));
        row.add(event.location() == null ? null : event.location().text());
        row.add(code(event.location()));
        row.add(event.vessel() == null ? null : event.vessel().text());
        row.add(event.vessel() == null ? null : event.vessel().name());
        row.add(event.vessel() == null ? null : event.vessel().flag());
        row.add(event.vessel() == null ? null : event.vessel().imo());
        row.add(event.aircraft() == null ? null : event.aircraft().text());
        row.add(event.aircraft() == null ? null : event.aircraft().type());
        row.add(event.aircraft() == null ? null : event.aircraft().registration());
        row.add(join(event.cargo(), CargoItem::text));
        row.add(join(event.cargo(), CargoItem::canonical));
        row.add(join(event.cargo(), CargoItem::category));
        row.add(join(event.cargo(), item -> item.quantity() == null ? null : item.quantity().toString()));
        row.add(join(event.cargo(), CargoItem::unit));
        row.add(join(event.declaredCargo(), TextRef::text));
        row.add(join(event.origin(), EventCsv::code));
        row.add(join(event.destination(), EventCsv::code));
        row.add(join(event.instruments(), InstrumentRef::id));
        row.add(event.attribution() == null ? null : event.attribution().text());
        row.add(evidence(event.evidence(), text));
        row.add(join(event.evidence(), span -> span.start() + "-" + span.end()));
        row.add(Double.toString(event.confidence()));
        return row;
    }

    private static String code(Party party) {
        if (party == null) {
            return null;
        }
        return party.country() != null ? party.country() : party.group() != null ? party.group() : party.text();
    }

    private static <T> String join(List<T> items, Function<T, String> cell) {
        if (items.isEmpty()) {
            return null;
        }
        List<String> cells = new ArrayList<>(items.size());
        for (T item : items) {
            String value = cell.apply(item);
            cells.add(value == null ? "" : value);
        }
        return String.join("; ", cells);
    }

    private static String evidence(List<Span> spans, String text) {
        List<String> parts = new ArrayList<>();
        for (Span span : spans) {
            if (text != null && span.start() >= 0 && span.start() <= span.end() && span.end() <= text.length()) {
                parts.add(text.substring(span.start(), span.end()).strip());
            }
        }
        return parts.isEmpty() ? null : String.join(" … ", parts);
    }
}
