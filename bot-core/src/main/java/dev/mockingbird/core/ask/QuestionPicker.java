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

    /** Pools from this size on are drawn from rather than scanned when some of their questions were never asked. */
    static final int LARGE_POOL = 1_000;
    /** Draws before falling back to the scan (nearly every question asked already). */
    private static final int MAX_DRAWS = 32;

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
        if (pool.size() >= LARGE_POOL && counts.size() < pool.size()) {
            // Fewer questions asked than the pool holds, so some were never asked: the least count is 0, and the
            // last question asked is not among them. Drawing until one is unasked is uniform over those, and on a
            // large pool it takes a draw or two instead of a pass over tens of thousands of questions.
            for (int draw = 0; draw < MAX_DRAWS; draw++) {
                Question q = pool.get(random.nextInt(pool.size()));
                if (!counts.containsKey(q.id())) {
                    return Optional.of(q);
                }
            }
        }
        // One pass: the least asked so far, and the questions asked that often, in pool order.
        int least = Integer.MAX_VALUE;
        List<Question> candidates = new ArrayList<>();
        for (Question q : pool) {
            int asked = counts.isEmpty() ? 0 : counts.getOrDefault(q.id(), 0);
            if (asked < least) {
                least = asked;
                candidates.clear();
            }
            if (asked == least) {
                candidates.add(q);
            }
        }
        if (candidates.size() > 1) {
            lastAsked.get().ifPresent(last -> candidates.removeIf(q -> q.id().equals(last)));
        }
        return Optional.of(candidates.get(random.nextInt(candidates.size())));
    }
}
