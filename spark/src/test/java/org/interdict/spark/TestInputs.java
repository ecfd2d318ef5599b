package org.interdict.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.interdict.Document;
import org.interdict.corpus.BundledCorpus;
import org.interdict.json.JsonCodec;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The inputs the Spark tests run over: the bundled corpus as JSON Lines, a small WARC, a corrupt file. */
final class TestInputs {

    /** A line of {@code corpus-1.jsonl} that is not JSON: one bad record, counted and reported. */
    static final String BAD_LINE = "{\"id\": \"cut-short\", \"text\": \"The cargo was";

    static final String SEIZURE_PAGE = "https://news.example.org/2013/07/panama-canal-seizure";

    private TestInputs() {
    }

    /**
     * Writes the bundled corpus in two JSON Lines files (the first with one bad line in it), a WARC of
     * four responses (two HTML pages, a plain-text file and a 404, the last two passed over) and a
     * corrupt WARC, and returns them in input order.
     */
    static List<Path> write(Path dir) throws IOException {
        List<Document> corpus = BundledCorpus.documents();
        int half = corpus.size() / 2;
        List<String> first = jsonLines(corpus.subList(0, half));
        first.add(first.size() / 2, BAD_LINE);
        Path corpus1 = Files.write(dir.resolve("corpus-1.jsonl"), first, StandardCharsets.UTF_8);
        Path corpus2 = Files.write(dir.resolve("corpus-2.jsonl"), jsonLines(corpus.subList(half, corpus.size())),
                StandardCharsets.UTF_8);
        Path warc = dir.resolve("news.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(response(SEIZURE_PAGE, 200, MediaType.HTML_UTF8, """
                    <html><head><title>Panama seizes North Korean ship</title>
                    <meta property="article:published_time" content="2013-07-17T08:00:00Z"></head>
                    <body><nav>Home | World</nav><article>
                    <p>Panamanian authorities seized the North Korean-flagged Chong Chon Gang in the Panama Canal
                    last week. Under 10,000 tons of sugar, inspectors found two MiG-21 fighter jets and surface-to-air
                    missile components. The ship had sailed from Cuba and was bound for North Korea, in breach of
                    UN Security Council resolution 1718.</p></article><footer>(c) Example News</footer></body></html>
                    """));
            writer.write(response("https://news.example.org/2013/07/weather", 200, MediaType.HTML_UTF8,
                    "<html><head><title>Calm seas</title></head><body><p>The weather stayed calm all week.</p></body></html>"));
            writer.write(response("https://news.example.org/robots.txt", 200, MediaType.parse("text/plain"),
                    "User-agent: *\nDisallow:\n"));
            writer.write(response("https://news.example.org/gone", 404, MediaType.HTML_UTF8,
                    "<html><body><p>Customs seized nothing here: page not found.</p></body></html>"));
        }
        Path broken = dir.resolve("broken.warc");
        Files.writeString(broken, "this is not a WARC file\n".repeat(20));
        return List.of(corpus1, corpus2, warc, broken);
    }

    private static List<String> jsonLines(List<Document> documents) {
        List<String> lines = new ArrayList<>();
        for (Document document : documents) {
            ObjectNode node = JsonCodec.mapper().createObjectNode().put("id", document.id()).put("text", document.text());
            if (document.published() != null) {
                node.put("published", document.published().toString());
            }
            if (document.title() != null) {
                node.put("title", document.title());
            }
            lines.add(node.toString());
        }
        return lines;
    }

    private static org.netpreserve.jwarc.WarcRecord response(String uri, int status, MediaType type, String body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2013-07-18T00:00:00Z")).body(http).build();
    }

    /** Spark in this JVM on two threads, without the web UI, bound to the loopback interface. */
    static SparkConf localSpark() {
        return new SparkConf().setMaster("local[2]").setAppName("interdict-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
    }
}
