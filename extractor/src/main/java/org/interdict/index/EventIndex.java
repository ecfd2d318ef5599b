package org.interdict.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.interdict.ExtractionResult;
import org.interdict.model.Event;

/**
 * A Lucene index of events: one Lucene document per event, holding the event's JSON (stored) and
 * searchable fields (listed in {@code docs/search.md}). The free-text field {@code text} (the default:
 * evidence sentences, the document's title, slot phrases) is analysed with Lucene's English analyzer;
 * the exact fields ({@code type}, {@code modality}, {@code vessel}, {@code imo}, {@code flag},
 * {@code authority}, {@code location}, {@code origin}, {@code destination}, {@code country} (any role),
 * {@code group}, {@code weapon}, {@code category}, {@code instrument}, {@code doc}, {@code id}) match
 * whole values, case-insensitively; {@code weapon:} also matches the words of canonical weapon names;
 * {@code year} (alias {@code date}) takes numbers and ranges ({@code year:[2009 TO 2013]}).
 *
 * <p>Adding a result replaces the events of that document, so re-indexing never duplicates. Changes
 * become durable, and visible to other readers of the directory, only at {@link #commit()}, atomically;
 * {@link #close()} does not commit, so a writer that stops before committing (a crash, an exception)
 * leaves the index as of the last commit. Searches through a writable index also see its uncommitted
 * changes. One writer per directory (Lucene's lock); adds, commits, searches and facet counts may run
 * from any number of threads.
 */
public final class EventIndex implements Closeable {

    /** The commit user-data key of the index layout, and the layout this class writes (see docs/search.md). */
    static final String FORMAT_KEY = "interdict.index.format";
    static final String FORMAT = "2";

    private static final int SNIPPET_PASSAGES = 2;
    private static final Sort NEWEST_FIRST = newestFirst();
    private static final Set<String> HIGHLIGHTED_QUERY_FIELDS = Set.copyOf(EventDocuments.TEXT_FIELDS);

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object facetStateLock = new Object();
    private DefaultSortedSetDocValuesReaderState facetState;

    private EventIndex(Path path, Directory directory, boolean writable) throws IOException {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer();
        this.facetsConfig = EventDocuments.facetsConfig();
        requireCurrentFormat(path, directory);
        if (writable) {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64));
            try {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
                writer.commit();
                this.searchers = new SearcherManager(writer, null);
            } catch (IOException | RuntimeException e) {
                writer.rollback();  // releases the write lock
                throw e;
            }
        } else {
            this.writer = null;
            this.searchers = new SearcherManager(directory, null);
        }
    }

    /**
     * An index of an earlier layout (no facets, {@code text} unstemmed and without offsets) can neither
     * take new events (Lucene refuses to change how a field is indexed) nor answer free-text queries
     * correctly: it must be built again.
     */
    private static void requireCurrentFormat(Path path, Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String format = commit.getUserData().get(FORMAT_KEY);
        if (commit.size() > 0 && !FORMAT.equals(format)) {
            throw new IndexException("event index " + path + " has layout " + (format == null ? "1" : format)
                    + ", this version writes layout " + FORMAT + ": delete the folder and index again", null);
        }
    }

    /** Opens the index at the directory for writing and searching, creating it when absent. */
    public static EventIndex open(Path dir) {
        return open(dir, true);
    }

    /** Opens an existing index for searching only. */
    public static EventIndex openReadOnly(Path dir) {
        return open(dir, false);
    }

    private static EventIndex open(Path dir, boolean writable) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!writable && !DirectoryReader.indexExists(directory)) {
                throw new IndexException("no event index at " + dir, null);
            }
            return new EventIndex(dir, directory, writable);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexException("cannot open event index " + dir + ": " + e.getMessage(), e);
        } catch (IndexException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /**
     * Opens an index over a Lucene directory for writing and searching, creating it when absent. The caller
     * keeps the directory: closing the index leaves it open, so that tests injecting I/O faults through a
     * wrapping directory can open it again after a failure. {@code name} stands for the folder in messages.
     */
    static EventIndex open(Directory directory, String name) {
        Directory borrowed = new org.apache.lucene.store.FilterDirectory(directory) {
            @Override
            public void close() {
                // the caller's directory
            }
        };
        try {
            return new EventIndex(Path.of(name), borrowed, true);
        } catch (IOException e) {
            throw new IndexException("cannot open event index " + name + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException | RuntimeException suppressed) {
                // the open failure is the error to report
            }
        }
    }

    private static Analyzer analyzer() {
        Analyzer exact = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);  // wildcards and prefixes on exact fields ignore case too
            }
        };
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : EventDocuments.EXACT_FIELDS) {
            perField.put(field, exact);
        }
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    private static Sort newestFirst() {
        SortField date = new SortField(EventDocuments.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    /**
     * Replaces the events of the result's document with its current events.
     *
     * @param text the document's text, whose evidence sentences become searchable
     */
    public void add(ExtractionResult result, String text) {
        add(result, text, null);
    }

    /**
     * Replaces the events of the result's document with its current events; the title, when given, is
     * searchable with the event's text and in the field {@code title}.
     *
     * @param text  the document's text, whose evidence sentences become searchable
     * @param title the document's title, or null
     */
    public void add(ExtractionResult result, String text, String title) {
        requireWritable();
        try {
            List<Document> documents = new ArrayList<>(result.events().size());
            for (Event event : result.events()) {
                documents.add(facetsConfig.build(EventDocuments.toLucene(result.docId(), event, text, title)));
            }
            Term doc = new Term("doc", result.docId().toLowerCase(Locale.ROOT));
            if (documents.isEmpty()) {
                // not updateDocuments with no documents: Lucene 9.12 then miscounts its RAM (an assertion fails on rollback)
                writer.deleteDocuments(doc);
            } else {
                writer.updateDocuments(doc, documents);
            }
        } catch (IOException e) {
            throw new IndexException("cannot index document " + result.docId() + " in " + path, e);
        }
    }

    /**
     * Adds the events of other event indexes, in the order given, without re-analysing them: the way the
     * index shards of a distributed run (one per Spark partition) become one index. Each shard must be a
     * closed index of this layout. Events are copied as they are: a document present in two shards, or
     * in a shard and in this index, is then present twice (shards of disjoint inputs never overlap).
     * Like {@link #add}, the events become durable at {@link #commit()}.
     *
     * @throws IndexException when a shard is missing, of another layout, or cannot be read
     */
    public void addIndexes(List<Path> shards) {
        requireWritable();
        List<Directory> directories = new ArrayList<>(shards.size());
        try {
            for (Path shard : shards) {
                Directory shardDirectory = FSDirectory.open(shard);
                directories.add(shardDirectory);
                if (!DirectoryReader.indexExists(shardDirectory)) {
                    throw new IndexException("no event index at " + shard, null);
                }
                requireCurrentFormat(shard, shardDirectory);
            }
            writer.addIndexes(directories.toArray(new Directory[0]));
        } catch (IOException e) {
            throw new IndexException("cannot add index shards to " + path + ": " + e.getMessage(), e);
        } finally {
            directories.forEach(EventIndex::closeQuietly);
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

    /**
     * Checks a query as {@link QueryMode#STRICT} mode parses it, without searching.
     *
     * @throws IllegalArgumentException for bad syntax or an unknown field, with the query and what is wrong
     */
    public void checkQuery(String query) {
        EventQueryParser.parse(query, QueryMode.STRICT, analyzer);
    }

    /**
     * Events matching a query in Lucene's syntax over the fields above, best first. Bad syntax fails
     * with an {@link IllegalArgumentException} that says what is wrong.
     */
    public List<EventHit> search(String query, int limit) {
        return search(query, limit, QueryMode.STRICT, SortOrder.RELEVANCE);
    }

    /**
     * Events matching a query, at most {@code limit} (at least one is asked for), in the given order, each
     * with a highlighted snippet. A blank query matches every event.
     *
     * @throws IllegalArgumentException in {@link QueryMode#STRICT} mode, for bad syntax or an unknown field
     */
    public List<EventHit> search(String query, int limit, QueryMode mode, SortOrder order) {
        Query parsed = EventQueryParser.parse(query, mode, analyzer);
        IndexSearcher searcher = acquire();
        try {
            int n = Math.max(1, limit);
            TopDocs top = order == SortOrder.DATE ? searcher.search(parsed, n, NEWEST_FIRST, true)
                    : searcher.search(parsed, n);
            String[] snippets = top.scoreDocs.length == 0 ? new String[0] : highlighter(searcher)
                    .highlight(EventDocuments.TEXT, parsed, top, SNIPPET_PASSAGES);
            List<EventHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document stored = searcher.storedFields().document(scoreDoc.doc, Set.of("id", "doc",
                        EventDocuments.JSON));
                String snippet = snippets[i] == null ? "" : snippets[i].strip();
                hits.add(new EventHit(stored.get("id"), stored.get("doc"), scoreDoc.score,
                        stored.get(EventDocuments.JSON), snippet));
            }
            return hits;
        } catch (IOException e) {
            throw new IndexException("cannot search event index " + path, e);
        } finally {
            release(searcher);
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                // the words of weapon: and title: queries are highlighted in the text too
                .withFieldMatcher(HIGHLIGHTED_QUERY_FIELDS::contains)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(1)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                .build();
    }

    /**
     * Facet counts of the events matching a query (strict syntax; a blank query counts every event): for
     * each dimension of {@link EventFacets#DIMENSIONS}, its {@code topN} most frequent values.
     */
    public EventFacets facets(String query, int topN) {
        return facets(query, topN, QueryMode.STRICT);
    }

    /** Facet counts of the events matching a query, parsed in the given mode. */
    public EventFacets facets(String query, int topN, QueryMode mode) {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, got " + topN);
        }
        Query parsed = EventQueryParser.parse(query, mode, analyzer);
        IndexSearcher searcher = acquire();
        try {
            DefaultSortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            Facets facets;
            long matched;
            if (parsed instanceof MatchAllDocsQuery) {
                matched = searcher.getIndexReader().numDocs();
                facets = state == null ? null : new SortedSetDocValuesFacetCounts(state);
            } else {
                FacetsCollector collector = searcher.search(parsed, new FacetsCollectorManager());
                matched = collector.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
                facets = state == null ? null : new SortedSetDocValuesFacetCounts(state, collector);
            }
            Map<String, List<EventFacets.FacetCount>> dimensions = new LinkedHashMap<>();
            for (String dimension : EventFacets.DIMENSIONS) {
                List<EventFacets.FacetCount> counts = new ArrayList<>();
                if (facets != null && state.getOrdRange(dimension) != null) {
                    FacetResult result = facets.getTopChildren(topN, dimension);
                    if (result != null) {
                        for (LabelAndValue value : result.labelValues) {
                            counts.add(new EventFacets.FacetCount(value.label, value.value.intValue()));
                        }
                    }
                }
                dimensions.put(dimension, counts);
            }
            return new EventFacets(matched, dimensions);
        } catch (IOException e) {
            throw new IndexException("cannot count facets in event index " + path, e);
        } finally {
            release(searcher);
        }
    }

    /** The facet ordinals of a reader, built once per reader (it costs a pass over the facet values). */
    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        synchronized (facetStateLock) {
            if (facetState == null || facetState.getReader() != reader) {
                FieldInfo facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                facetState = facets == null || facets.getDocValuesType() != DocValuesType.SORTED_SET ? null
                        : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            }
            return facetState;
        }
    }

    private IndexSearcher acquire() {
        try {
            if (writer != null) {
                searchers.maybeRefreshBlocking();
            } else {
                searchers.maybeRefresh();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new IndexException("cannot open a searcher on event index " + path, e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new IndexException("cannot release a searcher of event index " + path, e);
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

    /** Closes the index. Changes since the last {@link #commit()} are discarded, not committed. */
    @Override
    public void close() {
        synchronized (facetStateLock) {
            facetState = null;
        }
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new IndexException("cannot close event index " + path, e);
        }
    }
}
