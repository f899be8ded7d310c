package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.HistoryPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Picks the next question from a pool: uniformly among the questions this owner has been asked least often, so
 * nothing repeats until the whole pool has been seen, and never the question just asked while others remain.
 */
public final class QuestionPicker {

    private final HistoryPort history;
    private final RandomGenerator random;

    /** A picker over this history. */
    public QuestionPicker(HistoryPort history, RandomGenerator random) {
        this.history = history;
        this.random = random;
    }

    /** A question from the pool, empty when the pool is. */
    public Optional<Question> pick(SessionKey owner, List<Question> pool) {
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        HistoryPort.AskedSoFar asked = history.askedSoFar(owner);
        return pick(pool, asked.counts(), asked::last);
    }

    /**
     * A question from the pool by these counts of earlier asks: uniformly among the least asked, avoiding the last
     * one while others remain. For features that keep their own record of what was asked (quiz rounds).
     */
    public Optional<Question> pick(List<Question> pool, Map<String, Integer> counts,
                                   Supplier<Optional<String>> lastAsked) {
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        int least = pool.stream().mapToInt(q -> counts.getOrDefault(q.id(), 0)).min().orElse(0);
        List<Question> candidates = new ArrayList<>(
                pool.stream().filter(q -> counts.getOrDefault(q.id(), 0) == least).toList());
        if (candidates.size() > 1) {
            lastAsked.get().ifPresent(last -> candidates.removeIf(q -> q.id().equals(last)));
        }
        return Optional.of(candidates.get(random.nextInt(candidates.size())));
    }
}
