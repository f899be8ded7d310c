package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Stores what each session owner was asked and how it went; picking uses it never to repeat too soon. */
public interface HistoryPort {

    /** Records that a question was asked now. */
    void recordAsked(SessionKey owner, String questionId, Instant at);

    /**
     * Records what became of the most recent ask of this question.
     *
     * @param score the share of key points covered in percent, when graded; empty keeps any score recorded before
     *              (revealing the model answer after answering does not forget how the answer did)
     */
    void recordOutcome(SessionKey owner, String questionId, Outcome outcome, OptionalInt score, Instant at);

    /** How many times each question was asked of this owner. */
    Map<String, Integer> askCounts(SessionKey owner);

    /** The question asked most recently. */
    Optional<String> lastAsked(SessionKey owner);

    /**
     * Both of the above, which picking a question needs together: a store that can answers them in one read (one
     * round trip less on every {@code /ask} and {@code /next}).
     */
    default AskedSoFar askedSoFar(SessionKey owner) {
        return new AskedSoFar(askCounts(owner), lastAsked(owner));
    }

    /**
     * What an owner was asked so far.
     *
     * @param counts how many times each question was asked
     * @param last   the question asked most recently
     */
    record AskedSoFar(Map<String, Integer> counts, Optional<String> last) {
        public AskedSoFar {
            counts = Map.copyOf(counts);
        }
    }

    /** The most recent asks, newest first. */
    List<HistoryEntry> recent(SessionKey owner, int limit);

    /** Deletes everything recorded for this owner; returns how many questions' records went. */
    int deleteHistory(SessionKey owner);
}
