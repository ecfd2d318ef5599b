package org.interdict.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.interdict.ExtractionResult;
import org.interdict.json.JsonCodec;
import org.interdict.model.CargoItem;
import org.interdict.model.Event;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Party;
import org.interdict.model.Span;

/**
 * A Lucene index of events: one Lucene document per event, holding the event's JSON (stored) and
 * searchable fields. Text fields ({@code text}, the default) are analysed with Lucene's standard
 * analyzer; the exact fields ({@code type}, {@code modality}, {@code vessel}, {@code imo}, {@code flag},
 * {@code authority}, {@code location}, {@code origin}, {@code destination}, {@code country} (any role),
 * {@code weapon}, {@code category}, {@code instrument}, {@code doc}) match whole values, case-insensitively;
 * {@code year} is a point field for ranges ({@code year:[2009 TO 2013]}).
 *
 * <p>Adding a result first deletes the events of that document, so re-indexing never duplicates.
 * Changes become visible and durable at {@link #commit()}. One writer per directory (Lucene's lock);
 * searches may run from any number of threads.
 */
public final class EventIndex implements Closeable {

    static final List<String> EXACT_FIELDS = List.of("id", "doc", "type", "modality", "vessel", "imo", "flag",
            "authority", "location", "origin", "destination", "country", "weapon", "category", "instrument", "group");

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;

    private EventIndex(Path path, Directory directory, boolean writable) throws IOException {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer();
        this.writer = writable ? new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) : null;
        if (writable) {
            writer.commit();
        }
    }

    /** Opens the index at the directory for writing and searching, creating it when absent. */
    public static EventIndex open(Path dir) {
        try {
            return new EventIndex(dir, FSDirectory.open(dir), true);
        } catch (IOException e) {
            throw new IndexException("cannot open event index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing index for searching only. */
    public static EventIndex openReadOnly(Path dir) {
        try {
            Directory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexException("no event index at " + dir, null);
            }
            return new EventIndex(dir, directory, false);
        } catch (IOException e) {
            throw new IndexException("cannot open event index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Analyzer analyzer() {
        Analyzer exact = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : EXACT_FIELDS) {
            perField.put(field, exact);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /**
     * Replaces the events of the result's document with its current events.
     *
     * @param text the document's text, whose evidence sentences become searchable
     */
    public void add(ExtractionResult result, String text) {
        requireWritable();
        try {
            List<Document> documents = new ArrayList<>();
            for (Event event : result.events()) {
                documents.add(toLucene(result, event, text));
            }
            writer.updateDocuments(new Term("doc", result.docId().toLowerCase(Locale.ROOT)), documents);
        } catch (IOException e) {
            throw new IndexException("cannot index document " + result.docId() + " in " + path, e);
        }
    }

    /** Removes the events of a document. */
    public void deleteDocument(String docId) {
        requireWritable();
        try {
            writer.deleteDocuments(new Term("doc", docId.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new IndexException("cannot delete document " + docId + " from " + path, e);
        }
    }

    /** Makes all changes since the last commit durable and visible, atomically. */
    public void commit() {
        requireWritable();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("cannot commit event index " + path, e);
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("event index " + path + " is open read-only");
        }
    }

    private Document toLucene(ExtractionResult result, Event event, String documentText) {
        Document doc = new Document();
        StringBuilder text = new StringBuilder();
        for (Span span : event.evidence()) {
            if (span.end() <= documentText.length()) {
                text.append(documentText, span.start(), span.end()).append(' ');
            }
        }
        exact(doc, "id", event.id(), true);
        exact(doc, "doc", result.docId(), true);
        exact(doc, "type", event.type().name(), false);
        exact(doc, "modality", event.modality().name(), false);
        StringBuilder all = new StringBuilder(text);
        if (event.vessel() != null) {
            exact(doc, "vessel", event.vessel().name(), false);
            exact(doc, "imo", event.vessel().imo(), false);
            exact(doc, "flag", event.vessel().flag(), false);
            exact(doc, "country", event.vessel().flag(), false);
            all.append(' ').append(event.vessel().text());
        }
        party(doc, "authority", event.authority(), all);
        party(doc, "location", event.location(), all);
        event.origin().forEach(p -> party(doc, "origin", p, all));
        event.destination().forEach(p -> party(doc, "destination", p, all));
        for (CargoItem item : event.cargo()) {
            exact(doc, "weapon", item.canonical(), false);
            exact(doc, "category", item.category(), false);
            all.append(' ').append(item.text());
        }
        for (InstrumentRef instrument : event.instruments()) {
            exact(doc, "instrument", instrument.id(), false);
            all.append(' ').append(instrument.text());
        }
        Integer year = year(event);
        if (year != null) {
            doc.add(new IntPoint("year", year));
            doc.add(new StoredField("year", year));
            doc.add(new NumericDocValuesField("year", year));
        }
        doc.add(new TextField("text", all.toString(), Field.Store.NO));
        doc.add(new StoredField("json", JsonCodec.toJson(event)));
        return doc;
    }

    private static void party(Document doc, String role, Party party, StringBuilder all) {
        if (party == null) {
            return;
        }
        exact(doc, role, party.country() != null ? party.country() : party.group(), false);
        exact(doc, "country", party.country(), false);
        exact(doc, "group", party.group(), false);
        all.append(' ').append(party.text());
    }

    private static void exact(Document doc, String field, String value, boolean stored) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value.toLowerCase(Locale.ROOT), stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static Integer year(Event event) {
        if (event.date() == null || event.date().value() == null || event.date().value().length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(event.date().value().substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Events matching a query in Lucene's syntax over the fields above, best first. Bad syntax fails
     * with an {@link IllegalArgumentException} that says what is wrong.
     */
    public List<EventHit> search(String query, int limit) {
        Query parsed;
        try {
            QueryParser parser = new YearAwareQueryParser(analyzer);
            parsed = parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad query '" + query + "': " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
        try (DirectoryReader reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(parsed, Math.max(1, limit));
            List<EventHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document stored = searcher.storedFields().document(scoreDoc.doc);
                hits.add(new EventHit(stored.get("id"), stored.get("doc"), scoreDoc.score, stored.get("json")));
            }
            return hits;
        } catch (IOException e) {
            throw new IndexException("cannot search event index " + path, e);
        }
    }

    /** The number of events in the last commit. */
    public int count() {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new IndexException("cannot read event index " + path, e);
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new IndexException("cannot close event index " + path, e);
        }
    }

    /** The classic query parser, with {@code year} parsed as an int point field for ranges and terms. */
    private static final class YearAwareQueryParser extends QueryParser {
        YearAwareQueryParser(Analyzer analyzer) {
            super("text", analyzer);
            setAllowLeadingWildcard(false);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            if ("year".equals(field)) {
                int low = part1 == null || "*".equals(part1) ? Integer.MIN_VALUE : parseYear(part1);
                int high = part2 == null || "*".equals(part2) ? Integer.MAX_VALUE : parseYear(part2);
                return IntPoint.newRangeQuery("year", startInclusive ? low : low + 1, endInclusive ? high : high - 1);
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if ("year".equals(field)) {
                return IntPoint.newExactQuery("year", parseYear(queryText));
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        private static int parseYear(String text) throws ParseException {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new ParseException("year must be a number, got '" + text + "'");
            }
        }
    }
}
