package org.interdict.prefilter;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.util.automaton.Transition;
import org.interdict.SkipReason;
import org.interdict.gazetteer.TermNormalizer;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.pattern.Anchor;
import org.interdict.pattern.Rule;
import org.interdict.pattern.RuleSet;

/**
 * The first step of the cascade: from the raw text, before any tokenisation, finds documents that cannot hold
 * an event and hold no arms vocabulary at all, so that they need not be analysed. With
 * {@code CANDIDATE_SENTENCES} on, rules only run near a sentence with an arms word, a vessel cue or a weapon or
 * vessel name of the gazetteers: a document without any of that arms vocabulary gives no rule a sentence to
 * run on. With candidate sentences off, the rules run everywhere, and such a document must also lack every
 * word a trigger rule is anchored on (a trigger rule is only tried where its anchor word is).
 *
 * <p>A document with arms vocabulary but no trigger word cannot hold an event either, but it is not skipped:
 * its weapon and vessel mentions are what users of an arms extractor search for (a report of a missile test
 * names the missile), and the evaluation scores them. For the same reason the caller may add vocabulary
 * that makes no candidate sentence (treaty names, "arms"): more vocabulary only lets more documents through.
 *
 * <p>The vocabulary is compiled once into deterministic automata over folded characters (case, accents, as
 * {@link TermNormalizer} folds them; everything but letters and digits is skipped, so dashes, quotes, periods
 * and spaces inside a name make no difference): one for the arms vocabulary, where each string ends in a
 * private-use tag character that says what it is (arms word, capitals-only vessel prefix, or a name cut
 * short), and a small one for the trigger anchors; one scan steps both. The scan walks from each word start
 * (a token never starts inside a run of letters or of digits) until the automata die, and counts an accepted
 * walk only where the word ends there too. Each walk is at most as long as the longest vocabulary string, so
 * the scan is linear in the text.
 *
 * <p>Why Lucene's automaton package rather than an Aho–Corasick matcher of our own: Lucene is already a
 * dependency, builds a minimal automaton from thousands of sorted names in one pass
 * ({@link Automata#makeStringUnion}), turns the rules' anchor regexes into automata ({@link RegExp}) so that
 * the trigger words need no second list, and its {@link CharacterRunAutomaton} steps a compact table. We only
 * need matches that start at word starts, so Aho–Corasick's failure links would buy nothing.
 *
 * <p>Conservative by construction: whatever the vocabulary cannot express is let through. A trigger rule with
 * no anchor, an entity-type anchor, or an anchor regex outside the plain subset (letters, digits,
 * {@code | ( ) ? * + [ ] - { } ,}) makes every document pass the trigger test, and a gazetteer name without
 * a letter or digit every document the arms test. Immutable and thread-safe.
 */
public final class DocumentPrefilter {

    private static final char TRIGGER = '\uE000';
    private static final char ARMS = '\uE001';
    /** A vessel prefix ("MV", "USS"), which the vessel cues only take when written in capitals. */
    private static final char ARMS_CAPITALS = '\uE002';
    /** The first keys of a name with too many spelling variants to list: a match needs no word end. */
    private static final char ARMS_PREFIX = '\uE003';
    private static final int MAX_VARIANTS_PER_NAME = 256;
    private static final Pattern PLAIN_REGEX = Pattern.compile("[A-Za-z0-9|()?*+\\[\\]{},-]+");

    /** The folded form of each char, 0 for chars that are not letters or digits (skipped by the scan). */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
    /** 1 for letters, 2 for digits, 0 for the rest: a word starts and ends where the class changes. */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (!Character.isLetterOrDigit(ch)) {
                continue;
            }
            char base = ch;
            if (c >= 128) {
                // as TermNormalizer.key: decompose and drop the marks; a letter that is only marks is skipped
                base = 0;
                String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
                for (int k = 0; k < decomposed.length() && base == 0; k++) {
                    if (Character.isLetterOrDigit(decomposed.charAt(k))) {
                        base = decomposed.charAt(k);
                    }
                }
                if (base == 0) {
                    continue;
                }
            }
            // lower case of the upper case also folds the odd letters (long s, Kelvin sign) as a case-insensitive
            // regex would
            FOLD[c] = Character.toLowerCase(Character.toUpperCase(base));
            CLASS[c] = (byte) (Character.isDigit(ch) ? 2 : 1);
        }
    }

    private final CharacterRunAutomaton automaton;
    private final CharacterRunAutomaton triggerAutomaton;
    private final boolean everyDocumentMayTrigger;
    private final boolean candidateSentencesOnly;
    private final boolean everyDocumentMayHaveArms;
    private final List<String> unfilterableTriggerRules;
    private final int vocabularySize;

    private DocumentPrefilter(Builder builder) {
        List<String> unfilterable = new ArrayList<>();
        List<Automaton> triggers = new ArrayList<>();
        for (Rule rule : builder.rules) {
            if (!rule.relation().isTrigger()) {
                continue;
            }
            List<Automaton> anchors = new ArrayList<>();
            for (Anchor anchor : rule.anchors()) {
                Automaton words = anchor.word() == null ? null : plainWords(anchor.word().pattern());
                if (words == null) {
                    anchors = null;
                    break;
                }
                anchors.add(words);
            }
            if (anchors == null || anchors.isEmpty()) {
                unfilterable.add(rule.name());
            } else {
                triggers.addAll(anchors);
            }
        }
        Set<String> arms = new HashSet<>();
        Set<String> capitals = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (String word : builder.armsWords) {
            arms.addAll(variants(List.of(fold(word))));
        }
        for (String word : builder.capitalCueWords) {
            capitals.add(fold(word));
        }
        boolean unexpressibleName = false;
        for (GazetteerEntry entry : builder.entries) {
            for (String name : entry.names()) {
                unexpressibleName |= !addName(name, arms, prefixes);
            }
        }
        List<BytesRef> tagged = new ArrayList<>(arms.size() + capitals.size() + prefixes.size());
        tag(arms, ARMS, tagged);
        tag(capitals, ARMS_CAPITALS, tagged);
        tag(prefixes, ARMS_PREFIX, tagged);
        // makeStringUnion wants them sorted; the tags make every string distinct
        tagged.sort(null);
        // the names come out of makeStringUnion deterministic and minimal; the anchors are few, so their union
        // is cheap to determinise (determinising the union of both took most of the build time)
        this.automaton = new CharacterRunAutomaton(tagged.isEmpty() ? Automata.makeEmpty()
                : Automata.makeStringUnion(tagged), Integer.MAX_VALUE);
        List<Automaton> taggedTriggers = new ArrayList<>();
        for (Automaton words : triggers) {
            taggedTriggers.add(Operations.concatenate(words, Automata.makeChar(TRIGGER)));
        }
        this.triggerAutomaton = new CharacterRunAutomaton(taggedTriggers.isEmpty() ? Automata.makeEmpty()
                : Operations.determinize(Operations.union(taggedTriggers), Integer.MAX_VALUE), Integer.MAX_VALUE);
        this.everyDocumentMayTrigger = !unfilterable.isEmpty();
        this.unfilterableTriggerRules = List.copyOf(unfilterable);
        this.candidateSentencesOnly = builder.candidateSentencesOnly;
        // a name of punctuation only could be anywhere: then no document lacks arms vocabulary
        this.everyDocumentMayHaveArms = unexpressibleName;
        this.vocabularySize = tagged.size() + triggers.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Why the document need not be analysed, or empty when it must be. Reads the text once, without allocating,
     * and stops at the first word that decides.
     */
    public Optional<SkipReason> skipReason(CharSequence text) {
        // a trigger word matters only when rules run on every sentence
        boolean trigger = candidateSentencesOnly || everyDocumentMayTrigger;
        if (everyDocumentMayHaveArms || !candidateSentencesOnly && trigger) {
            return Optional.empty();
        }
        int n = text.length();
        byte previousClass = 0;
        for (int i = 0; i < n; i++) {
            byte cls = CLASS[text.charAt(i)];
            boolean wordStart = cls != 0 && cls != previousClass;
            previousClass = cls;
            if (!wordStart) {
                continue;
            }
            // both automata walk from this word start in the same pass; a dead one stays dead (-1)
            int arms = 0;
            int triggerState = trigger ? -1 : 0;
            for (int j = i; j < n && (arms >= 0 || triggerState >= 0); j++) {
                char c = text.charAt(j);
                char folded = FOLD[c];
                if (folded == 0) {
                    continue;
                }
                boolean wordEnd = j + 1 == n || CLASS[text.charAt(j + 1)] != CLASS[c];
                if (arms >= 0) {
                    arms = automaton.step(arms, folded);
                    if (arms >= 0 && (wordEnd && (accepts(automaton, arms, ARMS)
                            || accepts(automaton, arms, ARMS_CAPITALS) && noLowerCase(text, i, j + 1))
                            || accepts(automaton, arms, ARMS_PREFIX))) {
                        return Optional.empty();
                    }
                }
                if (triggerState >= 0) {
                    triggerState = triggerAutomaton.step(triggerState, folded);
                    if (triggerState >= 0 && wordEnd && accepts(triggerAutomaton, triggerState, TRIGGER)) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(candidateSentencesOnly ? SkipReason.NO_ARMS_WORD : SkipReason.NO_ARMS_OR_TRIGGER_WORD);
    }

    /**
     * The trigger rules whose anchors the automaton cannot express; while there are any, no document lacks a
     * trigger word (which matters only when rules run on every sentence).
     */
    public List<String> unfilterableTriggerRules() {
        return unfilterableTriggerRules;
    }

    /** Whether rules run only on candidate sentences, so that a document without arms vocabulary is skipped. */
    public boolean candidateSentencesOnly() {
        return candidateSentencesOnly;
    }

    @Override
    public String toString() {
        return "DocumentPrefilter[" + vocabularySize + " vocabulary strings and anchors, " + automaton.getSize()
                + " + " + triggerAutomaton.getSize() + " states, " + (candidateSentencesOnly ? "rules on candidate sentences" : "rules on every sentence")
                + (unfilterableTriggerRules.isEmpty() ? "" : ", trigger test off because of " + unfilterableTriggerRules)
                + "]";
    }

    private static boolean accepts(CharacterRunAutomaton automaton, int state, char tag) {
        int next = automaton.step(state, tag);
        return next >= 0 && automaton.isAccept(next);
    }

    private static boolean noLowerCase(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The letters and digits of {@code s}, folded as the scan folds text. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char folded = FOLD[s.charAt(i)];
            if (folded != 0) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    /**
     * Adds a weapon or vessel name: its keys as the gazetteer matcher compares them, folded, each in the forms
     * whose key it is (the matcher reduces regular plurals), all concatenated. False when the name has no
     * letter or digit to look for.
     */
    private static boolean addName(String name, Set<String> arms, Set<String> prefixes) {
        List<String> keys = new ArrayList<>();
        for (String key : TermNormalizer.keysOfName(name)) {
            String folded = fold(key);
            if (!folded.isEmpty()) {
                keys.add(folded);
            }
        }
        if (keys.isEmpty()) {
            return false;
        }
        int count = keys.size();
        long variants = 1;
        for (int k = 0; k < keys.size(); k++) {
            variants *= keyForms(keys.get(k)).size();
            if (variants > MAX_VARIANTS_PER_NAME) {
                count = Math.max(1, k);
                break;
            }
        }
        (count == keys.size() ? arms : prefixes).addAll(variants(keys.subList(0, count)));
        return true;
    }

    /** Every concatenation of one form of each key. */
    private static Set<String> variants(List<String> keys) {
        Set<String> out = new HashSet<>(Set.of(""));
        for (String key : keys) {
            Set<String> next = new HashSet<>();
            for (String prefix : out) {
                for (String form : keyForms(key)) {
                    next.add(prefix + form);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * A key and the plurals TermNormalizer reduces to it: only those (it leaves words of four letters or fewer,
     * and "-ss", "-us", … alone), so that names do not multiply into spellings no text can have.
     */
    private static List<String> keyForms(String key) {
        if (key.isEmpty() || !Character.isLetter(key.charAt(key.length() - 1))) {
            return List.of(key);
        }
        List<String> forms = new ArrayList<>(2);
        forms.add(key);
        for (String plural : new String[] {key + "s", key + "es", key.substring(0, key.length() - 1) + "ies"}) {
            if (TermNormalizer.key(plural).equals(key)) {
                forms.add(plural);
            }
        }
        return forms;
    }

    private static void tag(Set<String> words, char tag, Collection<BytesRef> out) {
        for (String word : words) {
            out.add(new BytesRef((word + tag).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * The words an anchor regex accepts, as an automaton over lower-case ASCII letters and digits, or null when
     * the regex is outside the subset whose meaning Lucene's RegExp and java.util.regex share, or accepts
     * anything but letters and digits, or the empty word.
     */
    static Automaton plainWords(String regex) {
        if (!PLAIN_REGEX.matcher(regex).matches()) {
            return null;
        }
        Automaton words;
        try {
            words = new RegExp(regex, RegExp.NONE, RegExp.ASCII_CASE_INSENSITIVE).toAutomaton(Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (Operations.run(words, "") || Operations.isEmpty(words)) {
            return null;
        }
        Transition transition = new Transition();
        for (int state = 0; state < words.getNumStates(); state++) {
            int count = words.initTransition(state, transition);
            for (int t = 0; t < count; t++) {
                words.getNextTransition(transition);
                if (transition.max >= 128) {
                    return null;
                }
                for (int c = transition.min; c <= transition.max; c++) {
                    if (!Character.isLetterOrDigit(c)) {
                        return null;
                    }
                }
            }
        }
        return words;
    }

    /**
     * Configures a {@link DocumentPrefilter}: the rules whose trigger anchors it looks for, and the arms
     * vocabulary. Calls may come in any order.
     */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();
        private final List<GazetteerEntry> entries = new ArrayList<>();
        private final Set<String> armsWords = new HashSet<>();
        private final Set<String> capitalCueWords = new HashSet<>();
        private boolean candidateSentencesOnly = true;

        private Builder() {
        }

        /** The rules; the anchors of the trigger rules are the trigger vocabulary. */
        public Builder rules(RuleSet ruleSet) {
            rules.addAll(ruleSet.rules());
            return this;
        }

        /** The names of the gazetteer's entries of these types are arms vocabulary. */
        public Builder gazetteer(Gazetteer gazetteer, Set<EntityType> types) {
            for (GazetteerEntry entry : gazetteer.entries()) {
                if (types.contains(entry.type())) {
                    entries.add(entry);
                }
            }
            return this;
        }

        /** Words (as {@link TermNormalizer#key} gives them) that make a sentence a candidate, in any case. */
        public Builder armsWords(Collection<String> words) {
            armsWords.addAll(words);
            return this;
        }

        /** Words that count as arms vocabulary only when written without lower-case letters ("MV", "USS"). */
        public Builder capitalCueWords(Collection<String> words) {
            capitalCueWords.addAll(words);
            return this;
        }

        /**
         * Whether the rules run only on candidate sentences (default true), as with {@code CANDIDATE_SENTENCES}
         * on; when false, a document is only skipped if it also holds no trigger anchor word.
         */
        public Builder candidateSentencesOnly(boolean only) {
            this.candidateSentencesOnly = only;
            return this;
        }

        public DocumentPrefilter build() {
            return new DocumentPrefilter(this);
        }
    }
}
