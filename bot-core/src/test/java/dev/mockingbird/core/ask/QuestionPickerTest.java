package dev.mockingbird.core.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Storage;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionPickerTest {

    private final SessionKey ada = new SessionKey("test", "user", "42");
    private final List<Question> pool = Fixtures.bank().pool(Optional.of(Fixtures.SYSTEM_DESIGN), Level.MID);

    private Question pickAndRecord(QuestionPicker picker, HistoryPort history) {
        Question q = picker.pick(ada, pool).orElseThrow();
        history.recordAsked(ada, q.id(), Instant.EPOCH);
        return q;
    }

    @Test
    void neverRepeatsAQuestionUntilThePoolIsUsedUp() {
        HistoryPort history = Storage.inMemory().history();
        QuestionPicker picker = new QuestionPicker(history, new Random(1));
        for (int round = 0; round < 5; round++) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < pool.size(); i++) {
                assertTrue(seen.add(pickAndRecord(picker, history).id()), "repeated within round " + round);
            }
            assertEquals(pool.size(), seen.size());
        }
    }

    @Test
    void neverAsksTheSameQuestionTwiceInARowAcrossRounds() {
        HistoryPort history = Storage.inMemory().history();
        QuestionPicker picker = new QuestionPicker(history, new Random(3));
        Question previous = pickAndRecord(picker, history);
        for (int i = 0; i < 200; i++) {
            Question next = pickAndRecord(picker, history);
            assertNotEquals(previous.id(), next.id());
            previous = next;
        }
    }

    @Test
    void picksUniformlyAmongUnseenQuestions() {
        // given a fresh person, the first pick is equally likely to be any of the four questions
        Map<String, Integer> firsts = new HashMap<>();
        Random random = new Random(11);
        int trials = 8_000;
        for (int i = 0; i < trials; i++) {
            QuestionPicker picker = new QuestionPicker(Storage.inMemory().history(), random);
            firsts.merge(picker.pick(ada, pool).orElseThrow().id(), 1, Integer::sum);
        }
        assertEquals(pool.size(), firsts.size());
        // chi-square with 3 degrees of freedom; 16.27 is the 0.1% critical value
        double expected = (double) trials / pool.size();
        double chi = firsts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        assertTrue(chi < 16.27, "distribution " + firsts + " chi2=" + chi);
    }

    @Test
    void aLargePoolIsDrawnFromYetStillOnlyItsLeastAskedComeUp() {
        // given a pool too large to scan on every ask, with all but ten questions asked before
        List<Question> large = java.util.stream.IntStream.range(0, QuestionPicker.LARGE_POOL * 2)
                .mapToObj(n -> Fixtures.question(Fixtures.SYSTEM_DESIGN, Level.MID, n)).toList();
        Map<String, Integer> counts = new HashMap<>();
        large.subList(10, large.size()).forEach(q -> counts.put(q.id(), 1));
        Set<String> unasked = new HashSet<>(large.subList(0, 10).stream().map(Question::id).toList());
        QuestionPicker picker = new QuestionPicker(Storage.inMemory().history(), new Random(5));
        Map<String, Integer> picked = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            // then every pick is one of the ten never asked (drawing gives up and scans when they are this rare)
            String id = picker.pick(large, counts, Optional::empty).orElseThrow().id();
            assertTrue(unasked.contains(id), id);
            picked.merge(id, 1, Integer::sum);
        }
        assertEquals(10, picked.size(), "each of them comes up: " + picked);
        // and with most never asked, the draws are uniform over those (chi-square, 19 degrees of freedom, 0.1%)
        Map<String, Integer> fewAsked = new HashMap<>();
        large.subList(0, 20).forEach(q -> fewAsked.put(q.id(), 1));
        Map<String, Integer> firsts = new HashMap<>();
        List<Question> firstTwenty = large.subList(20, 40);
        int trials = 0;
        for (int i = 0; i < 200_000; i++) {
            Question q = picker.pick(large, fewAsked, Optional::empty).orElseThrow();
            assertTrue(!fewAsked.containsKey(q.id()), q.id());
            if (firstTwenty.contains(q)) {
                firsts.merge(q.id(), 1, Integer::sum);
                trials++;
            }
        }
        double expected = (double) trials / firstTwenty.size();
        double chi = firsts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        assertTrue(chi < 43.82, "distribution " + firsts + " chi2=" + chi);
    }

    @Test
    void anEmptyPoolPicksNothing() {
        QuestionPicker picker = new QuestionPicker(Storage.inMemory().history(), new Random(1));
        assertEquals(Optional.empty(), picker.pick(ada, List.of()));
    }
}
