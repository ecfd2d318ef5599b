package org.interdict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.interdict.index.EventHit;
import org.interdict.index.EventIndex;
import org.interdict.json.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches an event index with Lucene query syntax, e.g. 'vessel:\"Chong Chon Gang\"', 'destination:SYR AND year:[2009 TO 2013]', 'missiles'.")
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder (from extract --index or demo).")
    Path index;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print each event's JSON instead of a readable line.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are joined with spaces.")
    List<String> query;

    @Override
    public Integer call() throws Exception {
        try (EventIndex eventIndex = EventIndex.openReadOnly(index)) {
            List<EventHit> hits = eventIndex.search(String.join(" ", query), limit);
            for (EventHit hit : hits) {
                System.out.println(json ? hit.eventJson() : EventTable.line(JsonCodec.mapper().readTree(hit.eventJson())));
            }
            System.err.println(hits.size() + " event(s)");
        }
        return 0;
    }
}
