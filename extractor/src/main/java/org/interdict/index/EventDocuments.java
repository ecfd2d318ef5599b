package org.interdict.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.interdict.json.JsonCodec;
import org.interdict.model.CargoItem;
import org.interdict.model.Event;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.TextRef;

/**
 * The Lucene shape of an event: one Lucene document per event, with the field names that the query
 * parser, the facets and {@code docs/search.md} use. Stateless and thread-safe.
 */
final class EventDocuments {

    /** Fields that hold whole values, lower-cased: a query term matches the entire value. */
    static final List<String> EXACT_FIELDS = List.of("id", "doc", "type", "modality", "vessel", "imo", "flag",
            "authority", "location", "origin", "destination", "country", "weapon", "category", "instrument", "group");

    /** Fields analysed with the English analyzer (words, stemmed). */
    static final List<String> TEXT_FIELDS = List.of("text", "weapontext", "title");

    static final String TEXT = "text";
    static final String WEAPON_TEXT = "weapontext";
    static final String TITLE = "title";
    static final String YEAR = "year";
    static final String DATE = "date";
    static final String JSON = "json";

    /** Dimensions with at most one value per event. */
    private static final List<String> SINGLE_VALUED = List.of("type", "modality", "authority", "location", "year");

    /** {@code text}: stored for snippets, with offsets in the postings so that highlighting needs no re-analysis. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    private EventDocuments() {
    }

    /** The facet configuration: every dimension of {@link EventFacets#DIMENSIONS}, multi-valued where an event may have several values. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : EventFacets.DIMENSIONS) {
            config.setMultiValued(dimension, !SINGLE_VALUED.contains(dimension));
            // only counts are asked for, never drill-down: no drill-down terms
            config.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /**
     * The Lucene document of one event (before {@link FacetsConfig#build}).
     *
     * @param documentText the text of the event's document; its evidence spans become the searchable text
     * @param title        the document's title, or null
     */
    static Document toLucene(String docId, Event event, String documentText, String title) {
        Document doc = new Document();
        exact(doc, "id", event.id(), Field.Store.YES);
        exact(doc, "doc", docId, Field.Store.YES);
        exact(doc, "type", event.type().name(), Field.Store.NO);
        exact(doc, "modality", event.modality().name(), Field.Store.NO);
        facet(doc, "type", event.type().name());
        facet(doc, "modality", event.modality().name());

        List<String> phrases = new ArrayList<>();
        if (event.vessel() != null) {
            exact(doc, "vessel", event.vessel().name(), Field.Store.NO);
            exact(doc, "imo", event.vessel().imo(), Field.Store.NO);
            exact(doc, "flag", event.vessel().flag(), Field.Store.NO);
            exact(doc, "country", event.vessel().flag(), Field.Store.NO);
            phrases.add(event.vessel().text());
        }
        if (event.aircraft() != null) {
            phrases.add(event.aircraft().text());
        }
        party(doc, "authority", event.authority(), phrases);
        party(doc, "location", event.location(), phrases);
        event.origin().forEach(p -> party(doc, "origin", p, phrases));
        event.destination().forEach(p -> party(doc, "destination", p, phrases));
        Set<String> weapons = new LinkedHashSet<>();
        for (CargoItem item : event.cargo()) {
            exact(doc, "weapon", item.canonical(), Field.Store.NO);
            exact(doc, "category", item.category(), Field.Store.NO);
            facet(doc, "weapon", item.canonical());
            facet(doc, "category", item.category());
            if (item.canonical() != null && !item.canonical().isBlank()) {
                weapons.add(item.canonical());
            }
            phrases.add(item.text());
        }
        if (!weapons.isEmpty()) {
            doc.add(new TextField(WEAPON_TEXT, String.join("\n", weapons), Field.Store.NO));
        }
        for (InstrumentRef instrument : event.instruments()) {
            exact(doc, "instrument", instrument.id(), Field.Store.NO);
            facet(doc, "instrument", instrument.id());
            phrases.add(instrument.text());
        }
        for (TextRef declared : event.declaredCargo()) {
            phrases.add(declared.text());
        }
        Integer year = year(event);
        if (year != null) {
            doc.add(new IntPoint(YEAR, year));
            doc.add(new StoredField(YEAR, year));
            doc.add(new NumericDocValuesField(YEAR, year));
            doc.add(new NumericDocValuesField(DATE, sortableDate(event.date().value())));
            facet(doc, "year", Integer.toString(year));
        }
        if (title != null && !title.isBlank()) {
            doc.add(new TextField(TITLE, title, Field.Store.NO));
        }
        doc.add(new Field(TEXT, text(event, documentText, title, phrases), STORED_TEXT_WITH_OFFSETS));
        doc.add(new StoredField(JSON, JsonCodec.toJson(event)));
        return doc;
    }

    /**
     * The searchable and highlightable text: the evidence sentences (one a line), then the title, then the
     * slot phrases that the evidence does not already contain.
     */
    private static String text(Event event, String documentText, String title, List<String> phrases) {
        StringBuilder text = new StringBuilder();
        for (Span span : event.evidence()) {
            if (span.end() <= documentText.length()) {
                text.append(documentText, span.start(), span.end()).append('\n');
            }
        }
        String evidence = text.toString();
        if (title != null && !title.isBlank()) {
            text.append(title.strip()).append('\n');
        }
        StringBuilder extra = new StringBuilder();
        for (String phrase : phrases) {
            if (phrase != null && !phrase.isBlank() && !evidence.contains(phrase)) {
                extra.append(extra.length() == 0 ? "" : "; ").append(phrase.strip());
            }
        }
        return text.append(extra).toString();
    }

    private static void party(Document doc, String role, Party party, List<String> phrases) {
        if (party == null) {
            return;
        }
        String value = party.country() != null ? party.country() : party.group();
        exact(doc, role, value, Field.Store.NO);
        exact(doc, "country", party.country(), Field.Store.NO);
        exact(doc, "group", party.group(), Field.Store.NO);
        facet(doc, role, value);
        phrases.add(party.text());
    }

    private static void exact(Document doc, String field, String value, Field.Store store) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), store));
        }
    }

    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }

    /** The year of the event's date value ("2012-05" gives 2012, "1999/2000" gives 1999), or null. */
    static Integer year(Event event) {
        if (event.date() == null || event.date().value() == null) {
            return null;
        }
        int year = digits(event.date().value(), 0, 4);
        return year < 0 ? null : year;
    }

    /**
     * The date value as a number that sorts chronologically at any precision: yyyymmdd with the parts the
     * text does not give as 00 ("2012-05" gives 20120500; a range sorts by its start).
     */
    static long sortableDate(String value) {
        int year = digits(value, 0, 4);
        int month = value.length() >= 7 && value.charAt(4) == '-' ? digits(value, 5, 7) : -1;
        int day = month >= 0 && value.length() >= 10 && value.charAt(7) == '-' ? digits(value, 8, 10) : -1;
        return year * 10_000L + Math.max(month, 0) * 100L + Math.max(day, 0);
    }

    private static int digits(String value, int start, int end) {
        if (value.length() < end) {
            return -1;
        }
        int number = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
