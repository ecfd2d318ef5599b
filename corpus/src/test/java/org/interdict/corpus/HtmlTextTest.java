package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static HtmlText.Page parse(String html) throws IOException {
        return HtmlText.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), null, "http://example.org/");
    }

    @Test
    void leavesOutBoilerplateAndKeepsParagraphs() throws IOException {
        HtmlText.Page page = parse("""
                <html><head><title> Seizure at Busan </title><style>p {color: red}</style></head>
                <body><header><a href="/">Daily Site</a> <form><input name=q> Search</form></header>
                <nav><ul><li>World</li><li>Asia</li></ul></nav>
                <article><h1>Graphite cylinders seized</h1>
                <p>In May 2012, 445 North Korean-made
                   graphite&nbsp;cylinders were seized in <b>Busan</b>.</p>
                <p>They were en route to Syria.<br>Officials said so.</p>
                <table><tr><td>Cargo</td><td>445</td></tr></table></article>
                <aside>Most read: something else</aside><div hidden>tracking</div>
                <script>document.write('ads')</script><noscript>enable JS</noscript>
                <footer>(c) Daily Site</footer></body></html>
                """);
        assertEquals("Graphite cylinders seized\n\n"
                + "In May 2012, 445 North Korean-made graphite cylinders were seized in Busan.\n\n"
                + "They were en route to Syria.\nOfficials said so.\n\n"
                + "Cargo 445", page.text());
        assertEquals("Seizure at Busan", page.title());
        assertNull(page.published());
    }

    @Test
    void readsTheTitleFromOpenGraphWhenThereIsNoTitleElement() throws IOException {
        assertEquals("OG title", parse("<html><head><meta property=\"og:title\" content=\"OG title\"></head><body>x</body></html>").title());
        assertNull(parse("<p>no title</p>").title());
    }

    @Test
    void readsThePublicationDateFromMetadata() throws IOException {
        assertEquals(LocalDate.of(2012, 5, 20), parse("<head><meta property=\"article:published_time\" "
                + "content=\"2012-05-20T23:30:00-04:00\"></head><body>x</body>").published());
        assertEquals(LocalDate.of(2013, 7, 16), parse("<head><meta property=\"og:published_time\" "
                + "content=\"2013-07-16\"></head>").published());
        assertEquals(LocalDate.of(2009, 1, 2), parse("<head><meta name=\"date\" content=\"2009-01-02\"></head>").published());
        assertEquals(LocalDate.of(2011, 3, 4), parse("<body><article><time datetime=\"2011-03-04T10:00Z\">4 March</time>"
                + "<p>x</p></article></body>").published());
        // the metadata wins over a <time>; a bad value is passed over for the next candidate
        assertEquals(LocalDate.of(2010, 6, 7), parse("<head><meta name=\"date\" content=\"yesterday\">"
                + "<meta property=\"og:published_time\" content=\"2010-06-07\"></head>"
                + "<body><time datetime=\"2001-01-01\">then</time></body>").published());
        assertNull(parse("<head><meta name=\"date\" content=\"2010-13-45\"></head>").published());
    }

    @Test
    void keepsPreformattedLinesButNotTheirIndentation() throws IOException {
        assertEquals("a\nb c", parse("<body><pre>a\n  b c</pre></body>").text());
    }

    @Test
    void anEmptyPageHasEmptyText() throws IOException {
        assertEquals("", parse("").text());
    }
}
