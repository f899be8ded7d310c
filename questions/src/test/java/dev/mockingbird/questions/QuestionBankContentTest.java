package dev.mockingbird.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Quiz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content bar of the bank (see questions/README.md): every rule names the file, question id and field of each
 * violation, so a contributor sees all problems at once.
 */
class QuestionBankContentTest {

    private static final Path PACKS = Path.of("src/main/resources/questions");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9']+");
    private static final Set<String> REQUIRED_TRACKS = Set.of("system-design", "nodejs", "databases", "security",
            "devops");

    private static QuestionBank bank;
    private static Map<Path, JsonNode> files;

    @BeforeAll
    static void loadBank() throws IOException {
        bank = QuestionBank.load(QuestionBankContentTest.class.getClassLoader(), Optional.empty());
        ObjectMapper mapper = new ObjectMapper();
        files = new java.util.TreeMap<>();
        try (Stream<Path> list = Files.list(PACKS)) {
            for (Path p : list.filter(f -> f.toString().endsWith(".json")).toList()) {
                files.put(p, mapper.readTree(p.toFile()));
            }
        }
    }

    @Test
    void everyPackLoadsWithTheEnginesLoaderAndMatchesItsFileName() {
        assertEquals(files.size(), bank.tracks().size(), "one track per file");
        for (Map.Entry<Path, JsonNode> e : files.entrySet()) {
            String name = e.getKey().getFileName().toString().replace(".json", "");
            assertEquals(name, e.getValue().get("track").asText(), e.getKey() + ": track must equal the file name");
            assertTrue(e.getValue().hasNonNull("description") && !e.getValue().get("description").asText().isBlank(),
                    e.getKey() + ": description is missing");
        }
    }

    @Test
    void theBankIsBigEnoughAndHasTheCoreTracks() {
        assertTrue(bank.questions().size() >= 300, "at least 300 questions, found " + bank.questions().size());
        assertTrue(bank.tracks().size() >= 10, "at least 10 tracks, found " + bank.tracks().size());
        Set<String> slugs = bank.tracks().stream().map(t -> t.slug()).collect(Collectors.toSet());
        assertTrue(slugs.containsAll(REQUIRED_TRACKS), "required tracks missing: " + REQUIRED_TRACKS);
    }

    @Test
    void everyTrackUsesTwoLevelsAndEachLevelHoldsAtLeastFifteenPercent() {
        List<String> problems = new ArrayList<>();
        bank.tracks().forEach(t -> {
            long levels = bank.questionsOf(t).stream().map(Question::level).distinct().count();
            if (levels < 2) {
                problems.add(t.slug() + ".json: uses " + levels + " level(s), needs at least two");
            }
        });
        Map<Level, Long> perLevel = new EnumMap<>(Level.class);
        bank.questions().forEach(q -> perLevel.merge(q.level(), 1L, Long::sum));
        for (Level level : Level.values()) {
            long n = perLevel.getOrDefault(level, 0L);
            if (n * 100 < 15L * bank.questions().size()) {
                problems.add(level.slug() + ": " + n + " questions, under 15% of the bank");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void modelAnswersAreLongEnough() {
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            long words = WORD.matcher(q.answer()).results().count();
            int needed = q.level() == Level.JUNIOR ? 60 : 90;
            if (words < needed) {
                problems.add(q.track() + ".json: " + q.id() + ": answer: " + words + " words, needs " + needed);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyQuestionHasThreeToEightKeyPointsWithKeywords() {
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            int n = q.keyPoints().size();
            if (n < 3 || n > 8) {
                problems.add(q.track() + ".json: " + q.id() + ": keyPoints: " + n + ", needs 3 to 8");
            }
            for (int i = 0; i < n; i++) {
                if (q.keyPoints().get(i).keywords().isEmpty()) {
                    problems.add(q.track() + ".json: " + q.id() + ": keyPoints[" + i + "].keywords: empty");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** "Never plain text", "cookies rather than localStorage": points that say what to avoid or what to prefer. */
    private static final Pattern AVOID_OR_PREFER = Pattern.compile(
            "\\b(never|avoid|rather than|instead of|not an?|no floating|don't|do not)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyKeyPointHasEvidenceInOtherWordsAndWellFormedMisconceptions() {
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            for (int i = 0; i < q.keyPoints().size(); i++) {
                KeyPoint p = q.keyPoints().get(i);
                String where = q.track() + ".json: " + q.id() + ": keyPoints[" + i + "].";
                if (p.evidence().size() < 3 || p.evidence().size() > 6) {
                    problems.add(where + "evidence: " + p.evidence().size() + " sentences, needs 3 to 6");
                }
                Set<String> seen = new HashSet<>();
                for (String e : p.evidence()) {
                    long words = WORD.matcher(e).results().count();
                    if (words < 5 || words > 45) {
                        problems.add(where + "evidence: \"" + e + "\" has " + words + " words, needs 5 to 45");
                    }
                    if (!seen.add(e.toLowerCase(Locale.ROOT)) || e.equalsIgnoreCase(p.point())) {
                        problems.add(where + "evidence: \"" + e + "\" repeats the point or another sentence");
                    }
                }
                if (AVOID_OR_PREFER.matcher(p.point()).find() && p.misconceptions().isEmpty()) {
                    problems.add(where + "misconceptions: \"" + p.point() + "\" says what to avoid; give the claim "
                            + "that recommends it, so a grader never credits it");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void quizVariantsAreWellFormedAndPlentiful() {
        List<String> problems = new ArrayList<>();
        int quizzes = 0;
        for (Question q : bank.questions()) {
            if (q.quiz().isEmpty()) {
                continue;
            }
            quizzes++;
            Quiz quiz = q.quiz().get();
            String where = q.track() + ".json: " + q.id() + ": quiz.";
            if (quiz.options().size() < 3 || quiz.options().size() > 5) {
                problems.add(where + "options: " + quiz.options().size() + ", needs 3 to 5");
            }
            Set<String> distinct = quiz.options().stream().map(o -> o.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            if (distinct.size() != quiz.options().size()) {
                problems.add(where + "options: not distinct");
            }
            quiz.options().stream().filter(o -> o.length() > 100)
                    .forEach(o -> problems.add(where + "options: over 100 characters: " + o));
            if (quiz.explanation().isBlank()) {
                problems.add(where + "explanation: empty");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(quizzes >= 200, "at least 200 quiz variants, found " + quizzes);
    }

    @Test
    void noTwoQuestionsAreNearlyIdentical() {
        record Wording(String id, String text, Set<String> words) {
        }
        List<Wording> all = new ArrayList<>();
        for (Question q : bank.questions()) {
            Stream.concat(Stream.of(q.question()), q.aliases().stream())
                    .forEach(t -> all.add(new Wording(q.id(), t, words(t))));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Wording a = all.get(i);
                Wording b = all.get(j);
                if (a.id().equals(b.id()) || a.words().isEmpty()) {
                    continue;
                }
                Set<String> union = new HashSet<>(a.words());
                union.addAll(b.words());
                Set<String> common = new HashSet<>(a.words());
                common.retainAll(b.words());
                if (common.size() * 10 >= union.size() * 8) {
                    problems.add(a.id() + " \"" + a.text() + "\" ~ " + b.id() + " \"" + b.text() + "\"");
                }
            }
        }
        // Different wording can still hide the same question: compare what each one listens for.
        List<Question> questions = bank.questions();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                repeatedKeyPoints(questions.get(i), questions.get(j)).ifPresent(problems::add);
            }
        }
        assertEquals(List.of(), problems, "near-identical questions: merge them (aliases) or reword; questions on one "
                + "topic must differ in level or angle, each with key points of its own");
    }

    @Test
    void theKeyPointComparisonCatchesQuestionsThatRepeatEachOthersPoints() {
        // given two questions on one topic sharing two of their three key points, and a third on another topic
        Question limits = question("api-design/limits", List.of("rate-limiting"),
                point("Shared counters in Redis so all instances agree", "redis", "shared", "counter"),
                point("Return 429 with Retry-After headers", "429", "retry-after"),
                point("Key by API key, user or IP", "api key", "ip"));
        Question redis = question("caching/redis-limits", List.of("rate-limiting", "redis"),
                point("Counters shared in Redis so every instance agrees", "redis", "counters", "shared"),
                point("Reject with 429 and Retry-After", "429", "retry-after", "reject"),
                point("Lua script makes the check atomic", "lua", "atomic"));
        Question elsewhere = question("databases/counters", List.of("sql"),
                point("Shared counters in Redis so all instances agree", "redis", "shared", "counter"),
                point("Return 429 with Retry-After headers", "429", "retry-after"),
                point("Use a sequence", "sequence"));

        // when they are compared
        Optional<String> sameTopic = repeatedKeyPoints(limits, redis);
        Optional<String> otherTopic = repeatedKeyPoints(limits, elsewhere);

        // then only the pair on one topic is named, with the points it repeats
        assertTrue(sameTopic.isPresent() && sameTopic.get().contains("Return 429 with Retry-After headers"),
                sameTopic.toString());
        assertEquals(Optional.empty(), otherTopic);
    }

    /** Words too common in key points to say anything about their topic. */
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "that", "this", "from", "are",
            "was", "were", "into", "than", "then", "them", "they", "their", "its", "it's", "not", "but", "all", "any",
            "can", "use", "uses", "used", "using", "how", "what", "when", "why", "which", "who", "you", "your", "our",
            "per", "via", "one", "two");

    /**
     * Names the pair when they share a topic (a track or a tag) and at least half the key points of the one with fewer
     * have a near-identical point in the other: its content words (point and keywords, crudely stemmed) overlap the
     * other's by a third or more. Questions that differ in level or angle listen for different things.
     */
    static Optional<String> repeatedKeyPoints(Question a, Question b) {
        if (java.util.Collections.disjoint(topics(a), topics(b))) {
            return Optional.empty();
        }
        List<Set<String>> termsA = a.keyPoints().stream().map(QuestionBankContentTest::terms).toList();
        List<Set<String>> termsB = b.keyPoints().stream().map(QuestionBankContentTest::terms).toList();
        List<String> repeated = new ArrayList<>();
        int inA = 0;
        for (int i = 0; i < termsA.size(); i++) {
            if (hasNearIdentical(termsA.get(i), termsB)) {
                inA++;
                repeated.add(a.keyPoints().get(i).point());
            }
        }
        int inB = (int) termsB.stream().filter(t -> hasNearIdentical(t, termsA)).count();
        int fewer = Math.min(termsA.size(), termsB.size());
        if (fewer == 0 || Math.min(inA, inB) * 2 < fewer) {
            return Optional.empty();
        }
        return Optional.of(a.id() + " (" + a.level().slug() + ") and " + b.id() + " (" + b.level().slug() + ") share "
                + Math.min(inA, inB) + " of " + fewer + " key points: " + repeated);
    }

    private static Set<String> topics(Question q) {
        Set<String> topics = new HashSet<>(q.tags());
        topics.add(q.track());
        return topics;
    }

    private static boolean hasNearIdentical(Set<String> terms, List<Set<String>> others) {
        for (Set<String> other : others) {
            Set<String> common = new HashSet<>(terms);
            common.retainAll(other);
            Set<String> union = new HashSet<>(terms);
            union.addAll(other);
            if (!union.isEmpty() && common.size() * 3 >= union.size()) {
                return true;
            }
        }
        return false;
    }

    /** A key point's content words: lower case, stop words dropped, a plural or -ing/-ed ending cut off. */
    private static Set<String> terms(KeyPoint p) {
        String text = p.point() + " " + String.join(" ", p.keywords());
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 2 && !STOP_WORDS.contains(w))
                .map(QuestionBankContentTest::stem).collect(Collectors.toSet());
    }

    private static String stem(String word) {
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static KeyPoint point(String point, String... keywords) {
        return new KeyPoint(point, List.of(keywords));
    }

    private static Question question(String id, List<String> tags, KeyPoint... points) {
        return new Question(id, id.substring(0, id.indexOf('/')), Level.MID, id, List.of(), "", List.of(points),
                List.of(), tags, Optional.empty());
    }

    @Test
    void idsAreTrackSlashKebabSlug() {
        Pattern id = Pattern.compile("[a-z0-9-]+/[a-z0-9]+(-[a-z0-9]+)*");
        List<String> bad = bank.questions().stream().map(Question::id).filter(i -> !id.matcher(i).matches())
                .toList();
        assertEquals(List.of(), bad);
    }

    /**
     * A quiz is a test of knowledge, not of test-taking: when the right option is the one written out with the most
     * care, or sits in one favourite slot, someone who knows nothing wins by picking the longest or the usual letter
     * (issue 15). The engine will shuffle display order, but the data must not lean on that.
     */
    @Test
    void quizAnswersAreNotGivenAwayByLengthOrPosition() {
        int quizzes = 0;
        int correctIsLongest = 0;
        Map<Integer, Integer> byPosition = new java.util.TreeMap<>();
        List<String> longestIds = new ArrayList<>();
        for (Question q : bank.questions()) {
            if (q.quiz().isEmpty()) {
                continue;
            }
            Quiz quiz = q.quiz().get();
            quizzes++;
            byPosition.merge(quiz.answer(), 1, Integer::sum);
            int correct = characters(quiz.options().get(quiz.answer()));
            boolean strictlyLongest = true;
            for (int i = 0; i < quiz.options().size(); i++) {
                if (i != quiz.answer() && characters(quiz.options().get(i)) >= correct) {
                    strictlyLongest = false;
                }
            }
            if (strictlyLongest) {
                correctIsLongest++;
                longestIds.add(q.id());
            }
        }
        int total = quizzes;
        int longest = correctIsLongest;
        String measured = "correct option strictly longest in " + longest + " of " + total + " quizzes; correct "
                + "option by position " + byPosition;
        assertTrue(total > 0, "no quizzes to measure");
        assertTrue(longest * 100 <= 35 * total,
                measured + ": more than 35% give the answer away by length; shorten the correct option or give "
                        + "the distractors the same detail: " + longestIds);
        byPosition.forEach((position, count) -> assertTrue(count * 100 <= 40 * total,
                measured + ": position " + position + " holds the answer in more than 40% of quizzes"));
    }

    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> w.length() > 2)
                .collect(Collectors.toSet());
    }
}
