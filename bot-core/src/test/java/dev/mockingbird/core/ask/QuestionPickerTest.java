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
    void anEmptyPoolPicksNothing() {
        QuestionPicker picker = new QuestionPicker(Storage.inMemory().history(), new Random(1));
        assertEquals(Optional.empty(), picker.pick(ada, List.of()));
    }
}
