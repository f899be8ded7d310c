package dev.mockingbird.grader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an answer into the sentences a grader judges one by one, and tells what a sentence is: negated, or a bare
 * list of terms.
 */
final class Sentences {

    /** Enough for any honest interview answer; bounds the work on pasted novels. */
    static final int MAX_SENTENCES = 60;
    /** A run-on sentence longer than this is judged clause by clause. */
    private static final int LONG_SENTENCE_WORDS = 30;
    private static final int MIN_WORDS = 2;

    private static final Pattern MARKUP = Pattern.compile("(\\*\\*|__|`+|^\\s*(?:[-*•>]|\\d+[.)])\\s+)",
            Pattern.MULTILINE);
    /**
     * Ends of sentences: . ! ? or a line break, but not the dot in e.g., 1.5, node.js or i.e. A semicolon joins what
     * belongs together ("X is just Y; nothing else changes" is one claim).
     */
    private static final Pattern BREAK = Pattern.compile(
            "(?<!\\b(?:e\\.g|i\\.e|vs|etc|approx|aka))(?<![0-9A-Za-z]\\.[0-9A-Za-z])[.!?]+(?=\\s|$)|\\R+");
    private static final Pattern CLAUSE = Pattern.compile(",\\s+|\\s+-+\\s+|\\s+(?=(?:but|whereas|while|so that|"
            + "because|however|although)\\b)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /**
     * Vague endings that close a list rather than explain it ("… and so on", "etc", "and all that", "the usual"):
     * linguists call them general extenders; in an interview answer they mark the names that follow as dropped.
     */
    private static final Pattern EXTENDER = Pattern.compile("(?:,?\\s*(?:etc\\.?|et cetera|and so on|and so forth|"
            + "(?:and )?all (?:of )?that(?: stuff)?|and stuff|and such|and the like|(?:and )?that (?:kind|sort) of "
            + "(?:thing|stuff)|the usual(?: stuff)?))\\s*[.!]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Openings that add names to what was said rather than say something ("plus …", "then there's also …"). */
    private static final Pattern INTRODUCER = Pattern.compile("^(?:(?:and|but|then|so|oh)\\s+)?(?:(?:obviously|of "
            + "course|also|besides that|beyond that|on top of that|apart from that)\\s*,?\\s+)*(?:there'?s|there "
            + "(?:is|are)|also|plus)(?:\\s+also)?\\b\\s*:?",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "cannot", "cant", "nothing",
            "none", "neither", "nor", "nobody", "nowhere", "avoid", "instead", "rather", "dont", "doesnt", "didnt",
            "isnt", "arent", "wasnt", "wont", "shouldnt", "wouldnt", "couldnt", "hardly",
            // Words that dismiss what they name say no to it as plainly as "not needed" does.
            "unnecessary", "needless", "pointless", "overkill", "useless");

    /**
     * Words that make a sentence a sentence rather than a list of terms: verbs that explain, and the little words that
     * connect them.
     */
    private static final Set<String> CONNECTIVES = Set.copyOf(List.of("is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must",
            "shall", "it", "it's", "its", "they", "them", "this", "that", "these", "those", "which", "who", "so",
            "then", "because", "since", "if", "when", "where", "while", "to", "of", "in", "on", "at", "by", "with",
            "from", "into", "than", "the", "a", "an", "you", "we", "i", "i'd", "i'll", "i'm", "we'd", "you'd", "lets",
            "let", "use", "uses", "used", "using", "make", "makes", "keep", "keeps", "need", "needs", "means", "goes",
            "get", "gets", "put", "puts", "only", "each", "every", "any", "once", "until", "before", "after", "its",
            "one", "your", "their", "our", "there", "here", "what", "how", "why", "not", "no", "never", "dont",
            "don't", "doesn't", "isn't", "can't", "won't"));

    private Sentences() {
    }

    /**
     * Pairs of opposites that flip what a sentence claims while its meaning vector barely moves: "stateless" and
     * "stateful", "before" and "after". Each word is one side of a pair.
     */
    private static final String[][][] OPPOSITES = {
            {{"stateless"}, {"stateful"}},
            {{"faster", "quicker"}, {"slower"}},
            {{"before", "earlier", "first"}, {"after", "later", "last"}},
            {{"more", "higher", "increase", "increases", "increased", "raises", "larger", "bigger", "grows"},
                    {"less", "fewer", "lower", "decrease", "decreases", "decreased", "reduces", "smaller", "shrinks"}},
            {{"synchronous", "synchronously", "sync", "blocking", "blocks"},
                    {"asynchronous", "asynchronously", "async", "nonblocking", "non-blocking"}},
            {{"ordered", "order", "sequential"}, {"unordered", "random", "arbitrary"}},
            {{"safe", "secure", "safer"}, {"unsafe", "insecure", "vulnerable"}},
            {{"always", "every", "all"}, {"never", "none"}},
            {{"mutable"}, {"immutable"}},
            {{"strong", "strongly", "strict"}, {"weak", "weakly", "eventual", "eventually", "loose"}},
            {{"horizontal", "horizontally", "out"}, {"vertical", "vertically", "up"}},
            {{"reliable", "guaranteed", "guarantees", "durable", "persistent", "persisted"},
                    {"unreliable", "lossy", "volatile", "ephemeral", "lost"}},
            {{"optimistic"}, {"pessimistic"}},
            {{"cheap", "cheaper", "cheapest", "lightweight"}, {"expensive", "costly", "costlier", "heavy"}},
            {{"allow", "allows", "allowed", "permit", "enable", "enabled"},
                    {"deny", "denies", "denied", "block", "forbid", "disable", "disabled"}},
            {{"public"}, {"private"}},
            {{"shared", "same"}, {"separate", "different", "isolated", "own"}},
            {{"deprecated", "obsolete", "legacy"}, {"recommended", "modern", "current"}},
            {{"encrypted", "hashed"}, {"plaintext", "unencrypted", "plain"}},
            {{"idempotent"}, {"non-idempotent"}},
            {{"inside", "internal"}, {"outside", "external"}},
            {{"client", "browser"}, {"server"}},
            {{"required", "mandatory", "must"}, {"optional", "unnecessary"}},
            {{"push", "pushes"}, {"pull", "pulls", "polls", "poll"}},
    };
    private static final java.util.Map<String, Integer> SIDES = sides();

    /**
     * A sentence of an answer.
     *
     * @param question whether it ends in a question mark: asking is not answering
     */
    record Sentence(String text, boolean negated, boolean termList, Stance stance, boolean question) {
    }

    /**
     * What a sentence says yes or no to: whether it is negated, and which side of each pair of opposites it takes.
     *
     * @param negated whether it says no
     * @param sides   for each pair of opposites it names, +pair+1 for the first side, -(pair+1) for the second
     */
    record Stance(boolean negated, Set<Integer> sides) {

        /**
         * Whether two sentences point opposite ways: an odd number of flips between them, counting negation and
         * each pair of opposites that one takes one side of and the other the other (a sentence naming both sides
         * of a pair takes neither). Symmetric.
         */
        boolean opposes(Stance other) {
            int flips = negated == other.negated ? 0 : 1;
            for (int side : sides) {
                if (side > 0 && !sides.contains(-side) && other.sides.contains(-side) && !other.sides.contains(side)) {
                    flips++;
                }
                if (side < 0 && !sides.contains(-side) && other.sides.contains(-side) && !other.sides.contains(side)) {
                    flips++;
                }
            }
            return flips % 2 == 1;
        }
    }

    /** The stance of any text. */
    static Stance stance(String text) {
        List<String> words = words(text);
        Set<Integer> sides = new java.util.HashSet<>();
        boolean negated = false;
        for (String w : words) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                negated = true;
            }
            Integer side = SIDES.get(w);
            if (side != null) {
                sides.add(side);
            }
        }
        return new Stance(negated, Set.copyOf(sides));
    }

    private static java.util.Map<String, Integer> sides() {
        java.util.Map<String, Integer> map = new java.util.HashMap<>();
        for (int pair = 0; pair < OPPOSITES.length; pair++) {
            for (String w : OPPOSITES[pair][0]) {
                map.put(w, pair + 1);
            }
            for (String w : OPPOSITES[pair][1]) {
                map.put(w, -(pair + 1));
            }
        }
        return java.util.Map.copyOf(map);
    }

    /** The answer's sentences, at most {@value #MAX_SENTENCES}, markup removed. */
    static List<Sentence> of(String answer) {
        String plain = MARKUP.matcher(answer).replaceAll(m -> m.group().contains("\n") ? "\n" : "")
                .replaceAll("[ \t]{2,}", " ");
        List<Sentence> out = new ArrayList<>();
        var ends = BREAK.matcher(plain);
        int from = 0;
        while (from <= plain.length()) {
            boolean found = ends.find();
            String piece = plain.substring(from, found ? ends.start() : plain.length());
            boolean asking = found && ends.group().contains("?");
            from = found ? ends.end() : plain.length() + 1;
            List<String> words = words(piece);
            if (words.size() > LONG_SENTENCE_WORDS) {
                for (String clause : clauses(piece)) {
                    add(out, clause, asking);
                }
            } else {
                add(out, piece, asking);
            }
            if (out.size() >= MAX_SENTENCES) {
                return List.copyOf(out.subList(0, MAX_SENTENCES));
            }
        }
        return List.copyOf(out);
    }

    /** Whether a text says no to what it names: "not", "never", "without", "avoid", "n't"… */
    static boolean negated(String text) {
        for (String w : words(text)) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Long clauses joined by commas and "but" stay apart; short ones are joined back to their neighbour. */
    private static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String part : CLAUSE.split(sentence)) {
            if (!current.isEmpty()) {
                current.append(", ");
            }
            current.append(part);
            if (words(current.toString()).size() >= 8) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            if (out.isEmpty() || words(current.toString()).size() >= 4) {
                out.add(current.toString());
            } else {
                out.set(out.size() - 1, out.getLast() + ", " + current);
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, String piece, boolean asking) {
        String text = piece.strip();
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return;
        }
        Stance stance = stance(text);
        out.add(new Sentence(text, stance.negated(), termList(text, words), stance, asking));
    }

    /**
     * A bare list of terms: no word that explains or connects ("redis, ttl, lru, cdn"), or mostly comma-separated
     * items of a word or two ("sharding, replication, cap theorem and stuff").
     */
    private static boolean termList(String text, List<String> words) {
        if (namesDropped(text)) {
            return true;
        }
        long connectives = words.stream().filter(CONNECTIVES::contains).count();
        if (words.size() >= 3 && connectives == 0) {
            return true;
        }
        String[] items = text.split("\\s*(?:,|/|\\band\\b|\\bor\\b|\\+|&)\\s*");
        if (items.length < 3) {
            return false;
        }
        long shortItems = 0;
        for (String item : items) {
            if (words(item).size() <= 3) {
                shortItems++;
            }
        }
        return shortItems >= 0.75 * items.length && connectives <= Math.max(1, words.size() / 8);
    }

    /**
     * Names added to an answer rather than explained: a list of short items opened by "plus", "there's also" or the
     * like, or closed by "etc", "and so on" ("then there's csrf, refresh tokens, revocation, all that").
     */
    private static boolean namesDropped(String text) {
        var extender = EXTENDER.matcher(text);
        boolean extended = extender.find();
        String core = extended ? text.substring(0, extender.start()) : text;
        var opening = INTRODUCER.matcher(core.strip());
        boolean introduced = opening.lookingAt();
        if (!extended && !introduced) {
            return false;
        }
        String names = introduced ? core.strip().substring(opening.end()) : core;
        List<String> items = java.util.Arrays.stream(names.split("\\s*(?:,|/|\\band\\b|\\bor\\b|\\+|&)\\s*"))
                .filter(item -> !words(item).isEmpty()).toList();
        if (introduced) {
            long shortItems = items.stream().filter(item -> words(item).size() <= 3).count();
            return items.size() >= 2 && shortItems >= 0.75 * items.size();
        }
        // Closed by "etc": the first item may carry the lead-in ("you also get mtls"); the names after it must be bare.
        return items.size() >= 3 && items.subList(1, items.size()).stream().allMatch(item -> words(item).size() <= 3);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
