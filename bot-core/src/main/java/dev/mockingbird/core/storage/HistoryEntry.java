package dev.mockingbird.core.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One asked question and what became of it.
 *
 * @param questionId the question
 * @param askedAt    when it was asked
 * @param outcome    what happened last
 * @param score      percent of key points covered, when graded
 */
public record HistoryEntry(String questionId, Instant askedAt, Outcome outcome, OptionalInt score) {
    public HistoryEntry {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(score, "score");
    }
}
