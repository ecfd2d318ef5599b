package org.interdict.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.interdict.index.EventFacets;
import org.interdict.index.EventHit;
import org.interdict.index.EventIndex;
import org.interdict.index.QueryMode;
import org.interdict.index.SortOrder;
import org.interdict.json.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches an event index with Lucene query syntax, e.g. 'vessel:\"Chong Chon Gang\"', "
                + "'destination:SYR AND date:[2009 TO 2013]', 'weapon:missile', 'missiles'.",
                "Fields: text (the default), title, type, modality, vessel, imo, flag, authority, location, origin, "
                        + "destination, country (any role), group, weapon (names and their words), category, "
                        + "instrument, doc, id, year (alias date). See docs/search.md.",
                "A query that is not valid syntax is searched as plain words (a note goes to stderr) unless --strict."})
final class SearchCommand implements Callable<Integer> {

    private static final String ANSI_BOLD = "\u001b[1m";
    private static final String ANSI_RESET = "\u001b[0m";

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder (from extract --index or demo).")
    Path index;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events; 0 with --facets prints only the counts (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print JSON Lines: one {id, docId, score, snippet, event} object per hit, then with --facets one {matched, facets} object.")
    boolean json;

    @Option(names = "--facets", description = "Also print counts by type, modality, authority, location, origin, destination, weapon, category, instrument and year over all matching events.")
    boolean facets;

    @Option(names = "--top", paramLabel = "N", description = "Values per facet dimension (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Option(names = "--strict", description = "Fail (exit code 2) on bad query syntax or an unknown field instead of searching the words.")
    boolean strict;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default) or date (newest first; events without a date last).")
    String sort = "relevance";

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are joined with spaces.")
    List<String> query;

    @Override
    public Integer call() throws Exception {
        SortOrder order = sortOrder();
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, got " + limit);
        }
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
        }
        PrintStream out = System.out;
        String text = String.join(" ", query);
        try (EventIndex eventIndex = EventIndex.openReadOnly(index)) {
            QueryMode mode = mode(eventIndex, text);
            if (limit > 0 || !facets) {
                List<EventHit> hits = eventIndex.search(text, Math.max(1, limit), mode, order);
                for (EventHit hit : hits) {
                    out.println(json ? hitJson(hit) : readable(hit));
                }
                System.err.println(hits.size() + " event(s)");
            }
            if (facets) {
                EventFacets counts = eventIndex.facets(text, top, mode);
                if (json) {
                    out.println(facetsJson(counts));
                } else {
                    printFacets(out, counts);
                }
            }
        }
        return 0;
    }

    private SortOrder sortOrder() {
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "date" -> SortOrder.DATE;
            default -> throw new ParameterException(spec.commandLine(), "--sort must be relevance or date, got '" + sort + "'");
        };
    }

    /** Strict when asked; otherwise forgiving, with a note on stderr when the query is not valid syntax. */
    private QueryMode mode(EventIndex eventIndex, String text) {
        if (strict) {
            return QueryMode.STRICT;
        }
        try {
            eventIndex.checkQuery(text);
        } catch (IllegalArgumentException e) {
            System.err.println("interdict: " + e.getMessage() + "; searching the words instead (--strict to fail)");
        }
        return QueryMode.FORGIVING;
    }

    private static String readable(EventHit hit) throws Exception {
        String line = EventTable.line(JsonCodec.mapper().readTree(hit.eventJson()));
        if (hit.snippet().isEmpty()) {
            return line;
        }
        String snippet = hit.snippet().replaceAll("\\s+", " ");
        if (System.console() != null) {
            snippet = snippet.replace("<b>", ANSI_BOLD).replace("</b>", ANSI_RESET);
        }
        return line + System.lineSeparator() + "    " + snippet;
    }

    private static String hitJson(EventHit hit) throws Exception {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("id", hit.eventId());
        node.put("docId", hit.docId());
        node.put("score", hit.score());
        node.put("snippet", hit.snippet());
        node.set("event", JsonCodec.mapper().readTree(hit.eventJson()));
        return JsonCodec.mapper().writeValueAsString(node);
    }

    private static String facetsJson(EventFacets counts) throws Exception {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("matched", counts.matched());
        ObjectNode dimensions = node.putObject("facets");
        for (Map.Entry<String, List<EventFacets.FacetCount>> dimension : counts.dimensions().entrySet()) {
            ArrayNode values = dimensions.putArray(dimension.getKey());
            for (EventFacets.FacetCount count : dimension.getValue()) {
                values.addObject().put("value", count.value()).put("count", count.count());
            }
        }
        return JsonCodec.mapper().writeValueAsString(node);
    }

    private static void printFacets(PrintStream out, EventFacets counts) {
        out.println("facets over " + counts.matched() + " event(s):");
        for (Map.Entry<String, List<EventFacets.FacetCount>> dimension : counts.dimensions().entrySet()) {
            List<String> values = new ArrayList<>();
            for (EventFacets.FacetCount count : dimension.getValue()) {
                values.add(count.value() + " " + count.count());
            }
            out.printf("  %-12s %s%n", dimension.getKey(), values.isEmpty() ? "-" : String.join(", ", values));
        }
    }
}
