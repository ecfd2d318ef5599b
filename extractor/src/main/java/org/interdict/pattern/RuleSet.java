package org.interdict.pattern;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable set of relation rules compiled from rule files. A rule file holds macro definitions and
 * rules; each rule's pattern is a CoreNLP TokensRegex token-sequence pattern:
 *
 * <pre>
 * # a macro: a TokensRegex sequence pattern usable as $SEIZE_VERB in later patterns
 * $SEIZE_VERB = [{word:/seiz(e|ed|es|ing)|confiscat(e|ed|es|ing)/}]
 *
 * rule seizure.verb -&gt; SEIZURE_TRIGGER
 *   example: Thai authorities confiscated 35 tons of weapons.
 *   pattern: (?$trigger $SEIZE_VERB)
 * </pre>
 *
 * Optional {@code anchor:} lines name what a sentence must contain for the rule to be tried at all: a
 * one-word macro ({@code anchor: $SEIZE_VERB}), a word regex ({@code anchor: /bound|destined/}) or an
 * entity type ({@code anchor: ner=TREATY}); with several anchors, any one suffices. They change no result
 * (a rule can only match where its anchor word is) but spare TokensRegex most sentences, which is where
 * the pipeline spends its time.
 *
 * <p>Word regexes match case-insensitively. Token attributes: {@code word}, and {@code ner} holding the
 * entity type of the token ({@code WEAPON}, {@code COUNTRY}, … or {@code O}). Rules load in file order;
 * a later file may use the macros of an earlier one.
 */
public final class RuleSet {

    /** The rule files that ship with Interdict, in load order. */
    public static final List<String> BUNDLED = List.of("macros.rules", "seizure.rules", "transfer.rules",
            "slots.rules", "modality.rules");
    private static final String BUNDLED_ROOT = "/org/interdict/rules/";

    private static final Pattern MACRO = Pattern.compile("^(\\$[A-Z][A-Z0-9_]*)\\s*=\\s*(.+)$");
    private static final Pattern RULE = Pattern.compile("^rule\\s+([A-Za-z0-9_.\\-]+)\\s*->\\s*([A-Z_]+)\\s*$");
    private static final Pattern GROUP = Pattern.compile("\\(\\?(\\$[A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern WORD_MACRO = Pattern.compile("^\\[\\{word:/(.*)/\\}\\]$");

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The default rules. */
    public static RuleSet bundled() {
        return builder().addBundled().build();
    }

    /** The names of the named groups in a pattern, in order. */
    static List<String> groupNames(String patternText) {
        List<String> names = new ArrayList<>();
        Matcher matcher = GROUP.matcher(patternText);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Loads rule files into one TokensRegex environment. Not thread-safe; the built set is. */
    public static final class Builder {
        private final Env env = TokenSequencePattern.getNewEnv();
        private final java.util.Map<String, String> wordMacros = new java.util.HashMap<>();
        private final List<Rule> rules = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder() {
            env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        public Builder addBundled() {
            for (String file : BUNDLED) {
                InputStream in = RuleSet.class.getResourceAsStream(BUNDLED_ROOT + file);
                if (in == null) {
                    throw new RuleFormatException(BUNDLED_ROOT + file, 0, null, "missing from the classpath", null);
                }
                add(in, file);
            }
            return this;
        }

        public Builder add(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                return add(in, file.toString());
            } catch (IOException e) {
                throw new RuleFormatException(file.toString(), 0, null, "cannot read: " + e.getMessage(), e);
            }
        }

        public Builder add(InputStream in, String fileName) {
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + fileName, e);
            }
            parse(lines, fileName);
            return this;
        }

        private void parse(List<String> lines, String file) {
            String ruleName = null;
            Relation relation = null;
            int ruleLine = 0;
            StringBuilder pattern = null;
            List<String> examples = new ArrayList<>();
            List<Anchor> anchors = new ArrayList<>();
            for (int i = 0; i <= lines.size(); i++) {
                String raw = i < lines.size() ? lines.get(i) : "";
                String line = raw.strip();
                boolean continuation = i < lines.size() && !raw.isEmpty() && Character.isWhitespace(raw.charAt(0))
                        && pattern != null && !line.startsWith("#") && !line.startsWith("example:")
                        && !line.startsWith("pattern:") && !line.startsWith("anchor:");
                if (continuation) {
                    pattern.append(' ').append(line);
                    continue;
                }
                boolean startsNew = i == lines.size() || line.isEmpty() || RULE.matcher(line).matches()
                        || MACRO.matcher(line).matches();
                if (startsNew && ruleName != null) {
                    finish(file, ruleLine, ruleName, relation, pattern, examples, anchors);
                    ruleName = null;
                    pattern = null;
                    examples = new ArrayList<>();
                    anchors = new ArrayList<>();
                }
                if (i == lines.size() || line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher macro = MACRO.matcher(line);
                Matcher rule = RULE.matcher(line);
                if (macro.matches()) {
                    Matcher word = WORD_MACRO.matcher(macro.group(2).strip());
                    if (word.matches()) {
                        wordMacros.put(macro.group(1), word.group(1));
                    }
                    try {
                        env.bind(macro.group(1), compile(env, macro.group(2)));
                    } catch (RuntimeException e) {
                        throw new RuleFormatException(file, i + 1, macro.group(1), "macro does not compile: "
                                + e.getMessage(), e);
                    }
                } else if (rule.matches()) {
                    ruleName = rule.group(1);
                    ruleLine = i + 1;
                    try {
                        relation = Relation.valueOf(rule.group(2));
                    } catch (IllegalArgumentException e) {
                        throw new RuleFormatException(file, i + 1, ruleName, "unknown relation '" + rule.group(2)
                                + "'", e);
                    }
                } else if (ruleName != null && line.startsWith("example:")) {
                    examples.add(line.substring("example:".length()).strip());
                } else if (ruleName != null && line.startsWith("anchor:")) {
                    anchors.add(anchor(file, i + 1, ruleName, line.substring("anchor:".length()).strip()));
                } else if (ruleName != null && line.startsWith("pattern:")) {
                    pattern = new StringBuilder(line.substring("pattern:".length()).strip());
                } else {
                    throw new RuleFormatException(file, i + 1, ruleName, "expected a macro ($NAME = …), a rule "
                            + "(rule NAME -> RELATION), 'example:' or 'pattern:', found: " + line, null);
                }
            }
        }

        /** An anchor: {@code $MACRO} (a one-word macro), {@code /regex/} over words, or {@code ner=TYPE|TYPE}. */
        private Anchor anchor(String file, int line, String rule, String spec) {
            try {
                if (spec.startsWith("ner=")) {
                    return Anchor.ner(spec.substring(4));
                }
                if (spec.startsWith("$")) {
                    String regex = wordMacros.get(spec);
                    if (regex == null) {
                        throw new IllegalArgumentException("anchor " + spec + " is not a one-word macro [{word:/…/}]");
                    }
                    return Anchor.word(regex);
                }
                if (spec.length() > 1 && spec.startsWith("/") && spec.endsWith("/")) {
                    return Anchor.word(spec.substring(1, spec.length() - 1));
                }
                throw new IllegalArgumentException("expected $MACRO, /regex/ or ner=TYPE, found: " + spec);
            } catch (IllegalArgumentException e) {
                throw new RuleFormatException(file, line, rule, "bad anchor: " + e.getMessage(), e);
            }
        }

        private void finish(String file, int line, String name, Relation relation, StringBuilder pattern,
                List<String> examples, List<Anchor> anchors) {
            if (pattern == null || pattern.isEmpty()) {
                throw new RuleFormatException(file, line, name, "rule has no pattern", null);
            }
            if (examples.isEmpty()) {
                throw new RuleFormatException(file, line, name, "rule has no example sentence", null);
            }
            if (!names.add(name)) {
                throw new RuleFormatException(file, line, name, "a rule of this name already exists", null);
            }
            String text = pattern.toString();
            if (!groupNames(text).contains(relation.requiredGroup())) {
                throw new RuleFormatException(file, line, name, "relation " + relation + " needs the group "
                        + relation.requiredGroup(), null);
            }
            TokenSequencePattern compiled;
            try {
                compiled = compile(env, text);
            } catch (RuntimeException e) {
                throw new RuleFormatException(file, line, name, "pattern does not compile: " + e.getMessage(), e);
            }
            rules.add(new Rule(name, relation, text, compiled, examples, anchors, file + ":" + line));
        }

        /**
         * Compiles a pattern. TokensRegex reports some bad patterns as {@code java.lang.Error} (its parser's
         * {@code TokenMgrError}, "Unknown sequence pattern variable"): those are mistakes in the file, so they
         * become {@link IllegalArgumentException}s like its other syntax errors; a pattern nested too deeply
         * for the parser's stack is one too. Other JVM errors (out of memory) pass.
         */
        private static TokenSequencePattern compile(Env env, String text) {
            try {
                return TokenSequencePattern.compile(env, text);
            } catch (StackOverflowError e) {
                throw new IllegalArgumentException("pattern nests too deeply", e);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Error e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        public RuleSet build() {
            return new RuleSet(rules);
        }
    }
}
