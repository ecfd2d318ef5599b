package org.interdict.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax over the event fields, with the aliases users expect:
 * {@code weapon:} matches the canonical weapon name exactly OR the words in it ({@code weapon:missile}
 * finds "surface-to-air missile"), {@code date:} is {@code year:} ({@code date:[2009 TO 2013]}), and
 * field names are case-insensitive. Unknown fields are an error. One parser per call (the classic
 * parser is not thread-safe); {@link #parse} is.
 */
final class EventQueryParser extends QueryParser {

    /** Query field to the index fields it searches, ORed. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "weapon", List.of("weapon", EventDocuments.WEAPON_TEXT),
            "date", List.of(EventDocuments.YEAR));

    private static final Set<String> FIELDS = fields();

    private static final Pattern CANNOT_PARSE = Pattern.compile("^Cannot parse '.*?': ", Pattern.DOTALL);
    /** Query syntax characters but the hyphen, which the analyzer treats as a word break anyway. */
    private static final Pattern SYNTAX = Pattern.compile("[:(){}\\[\\]^\"~*?\\\\/&|!+]");
    private static final Pattern LINE_ONE = Pattern.compile("at line 1, column (\\d+)");

    private boolean expanding;

    private EventQueryParser(Analyzer analyzer) {
        super(EventDocuments.TEXT, analyzer);
        setAllowLeadingWildcard(false);
        // "surface-to-air" and "North Korean-made" search as phrases, not as any of their words
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
    }

    private static Set<String> fields() {
        Set<String> fields = new TreeSet<>(EventDocuments.EXACT_FIELDS);
        fields.addAll(EventDocuments.TEXT_FIELDS);
        fields.addAll(ALIASES.keySet());
        fields.add(EventDocuments.YEAR);
        return Set.copyOf(fields);
    }

    /** The field names a query may use, sorted. */
    static List<String> queryFields() {
        return List.copyOf(new TreeSet<>(FIELDS));
    }

    /**
     * Parses a query; a blank query matches every event.
     *
     * @throws IllegalArgumentException in {@link QueryMode#STRICT} mode, for bad syntax or an unknown field,
     *                                  with the query and what is wrong in one line
     */
    static Query parse(String query, QueryMode mode, Analyzer analyzer) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new EventQueryParser(analyzer).parse(query);
        } catch (ParseException e) {
            if (mode == QueryMode.STRICT) {
                throw new IllegalArgumentException("bad query '" + query + "': " + reason(e), e);
            }
        } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
            // a regular expression or wildcard that does not compile, found after the syntax was accepted
            if (mode == QueryMode.STRICT) {
                throw new IllegalArgumentException("bad query '" + query + "': " + e.getMessage(), e);
            }
        }
        return words(SYNTAX.matcher(query).replaceAll(" "), analyzer);
    }

    /** The first line of the parser's message, without the repeated query. */
    private static String reason(ParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        message = CANNOT_PARSE.matcher(message).replaceFirst("");
        message = message.lines().findFirst().orElse(message).strip();
        Matcher lineOne = LINE_ONE.matcher(message);
        message = lineOne.replaceAll("at column $1");
        message = message.replaceAll("\\s*\\(in lexical state \\d+\\)", "");
        if (message.startsWith("Lexical error") && message.contains("Encountered: <EOF>")) {
            message = "unexpected end of query (an unclosed quote?)";
        } else if (message.startsWith("Encountered \"<EOF>\"")) {
            message = "unexpected end of query (an unclosed bracket or quote, or a trailing operator?)";
        }
        return message;
    }

    /** The analysed words of the query in the text field, any of them; no words match nothing. */
    private static Query words(String query, Analyzer analyzer) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        try (TokenStream stream = analyzer.tokenStream(EventDocuments.TEXT, query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && clauses < IndexSearcher.getMaxClauseCount()) {
                builder.add(new TermQuery(new Term(EventDocuments.TEXT, term.toString())), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse query '" + query + "'", e);
        }
        return clauses == 0 ? new MatchNoDocsQuery("no words in '" + query + "'") : builder.build();
    }

    private static List<String> targets(String field) throws ParseException {
        if ("*".equals(field)) {
            return List.of(field);
        }
        String name = field.toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(name)) {
            throw new ParseException("unknown field '" + field + "'; fields: " + String.join(", ", queryFields()));
        }
        return ALIASES.getOrDefault(name, List.of(name));
    }

    /**
     * Builds one query per target field and ORs them; a target that yields nothing (stop words) is left
     * out. The classic parser's own methods call back into the overridden ones with the target field:
     * those calls are not expanded again.
     */
    private Query each(String field, QueryFactory factory) throws ParseException {
        if (expanding) {
            return factory.create(field);
        }
        List<Query> queries = new ArrayList<>();
        expanding = true;
        try {
            for (String target : targets(field)) {
                Query query = factory.create(target);
                if (query != null) {
                    queries.add(query);
                }
            }
        } finally {
            expanding = false;
        }
        if (queries.size() <= 1) {
            return queries.isEmpty() ? null : queries.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        queries.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    @FunctionalInterface
    private interface QueryFactory {
        Query create(String field) throws ParseException;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return each(field, target -> EventDocuments.YEAR.equals(target)
                ? IntPoint.newExactQuery(EventDocuments.YEAR, parseYear(queryText))
                : super.getFieldQuery(target, queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return each(field, target -> EventDocuments.YEAR.equals(target)
                ? IntPoint.newExactQuery(EventDocuments.YEAR, parseYear(queryText))
                : super.getFieldQuery(target, queryText, slop));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        return each(field, target -> {
            if (EventDocuments.YEAR.equals(target)) {
                int low = part1 == null || "*".equals(part1) ? Integer.MIN_VALUE : parseYear(part1);
                int high = part2 == null || "*".equals(part2) ? Integer.MAX_VALUE : parseYear(part2);
                return IntPoint.newRangeQuery(EventDocuments.YEAR, startInclusive || low == Integer.MIN_VALUE ? low : low + 1,
                        endInclusive || high == Integer.MAX_VALUE ? high : high - 1);
            }
            if (EventDocuments.WEAPON_TEXT.equals(target)) {
                return null;  // a range of words means nothing; the exact names carry it
            }
            return super.getRangeQuery(target, part1, part2, startInclusive, endInclusive);
        });
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return each(field, target -> super.getPrefixQuery(noYear(target, termStr), termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return each(field, target -> EventDocuments.YEAR.equals(target) && "*".equals(termStr)
                ? IntPoint.newRangeQuery(EventDocuments.YEAR, Integer.MIN_VALUE, Integer.MAX_VALUE)
                : super.getWildcardQuery(noYear(target, termStr), termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return each(field, target -> super.getFuzzyQuery(noYear(target, termStr), termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return each(field, target -> super.getRegexpQuery(noYear(target, termStr), termStr));
    }

    private static String noYear(String target, String termStr) throws ParseException {
        if (EventDocuments.YEAR.equals(target)) {
            throw new ParseException("year takes a number or a range such as [2009 TO 2013], got '" + termStr + "'");
        }
        return target;
    }

    /** A year, or an ISO date whose year is taken ("2012-05" gives 2012). */
    private static int parseYear(String text) throws ParseException {
        String value = text.strip();
        if (value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return Integer.parseInt(value.substring(0, 4));
        }
        if (value.matches("-?\\d{1,9}")) {
            return Integer.parseInt(value);
        }
        throw new ParseException("year must be a number such as 2012, got '" + text + "'");
    }
}
