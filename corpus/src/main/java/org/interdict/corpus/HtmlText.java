package org.interdict.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page as document text: the body without boilerplate (scripts, styles, navigation, page header
 * and footer, asides, forms), one paragraph per block separated by blank lines; the title from
 * {@code <title>}, else {@code og:title}; the publication date from {@code article:published_time},
 * {@code og:published_time}, {@code <meta name="date">}, {@code itemprop="datePublished"}, else the first
 * {@code <time datetime>}. Stateless.
 */
final class HtmlText {

    /** What a page gives: its text, and its title and publication date where the markup has them. */
    record Page(String text, String title, LocalDate published) {
    }

    private static final String BOILERPLATE = String.join(",", "script", "style", "noscript", "template",
            "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "iframe", "object",
            "embed", "svg", "canvas", "[hidden]", "[role=navigation]", "[role=banner]", "[role=contentinfo]");

    private static final List<String> DATE_SELECTORS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[name=date]", "meta[itemprop=datePublished]");

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "caption", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
            "ul");

    private static final Set<String> CELLS = Set.of("td", "th");

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern LINE_EDGES = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern DOUBLE_SPACES = Pattern.compile(" {2,}");

    private HtmlText() {
    }

    /**
     * Parses a page.
     *
     * @param charset the declared charset (an HTTP header's), or null to detect it from a byte order mark
     *                or {@code <meta charset>}, defaulting to UTF-8; an unknown name counts as null
     */
    static Page parse(InputStream in, String charset, String baseUri) throws IOException {
        return of(Jsoup.parse(in, supported(charset), baseUri));
    }

    static Page of(org.jsoup.nodes.Document html) {
        String title = title(html);
        LocalDate published = published(html);
        html.select(BOILERPLATE).remove();
        return new Page(text(html.body()), title, published);
    }

    private static String supported(String charset) {
        if (charset == null || charset.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static String title(org.jsoup.nodes.Document html) {
        String title = html.title().strip();
        if (title.isEmpty()) {
            Element og = html.selectFirst("meta[property=og:title]");
            title = og == null ? "" : og.attr("content").strip();
        }
        return title.isEmpty() ? null : title;
    }

    private static LocalDate published(org.jsoup.nodes.Document html) {
        for (String selector : DATE_SELECTORS) {
            for (Element meta : html.select(selector)) {
                LocalDate date = isoDate(meta.attr("content"));
                if (date != null) {
                    return date;
                }
            }
        }
        for (Element time : html.select("time[datetime]")) {
            LocalDate date = isoDate(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date at the start of an ISO date or date-time, as written (no time-zone shift), or null. */
    static LocalDate isoDate(String value) {
        Matcher matcher = ISO_DATE.matcher(value);
        if (!matcher.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String text(Element body) {
        if (body == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            /**
             * How many {@code <pre>} elements the traversal is inside. Counted on the way down and up rather
             * than by walking up from each text node, which costs the depth of the tree per node: quadratic
             * on deeply nested markup such as thousands of unclosed {@code <b>} tags.
             */
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(preDepth > 0 ? text.getWholeText() : SPACES.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (name.equals("pre")) {
                        preDepth++;
                    }
                    if (name.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(name)) {
                        out.append("\n\n");
                    } else if (CELLS.contains(name)) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.normalName().equals("pre")) {
                    preDepth--;
                }
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        }, body);
        String text = LINE_EDGES.matcher(out).replaceAll("\n");
        text = DOUBLE_SPACES.matcher(text).replaceAll(" ");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
