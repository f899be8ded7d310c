package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.time.Instant;
import java.util.Objects;

/**
 * When a person should see a question again.
 *
 * @param person       the person
 * @param questionId   the question
 * @param due          when it is due
 * @param intervalDays the gap that led to {@code due}; the next gap grows from it
 */
public record Review(SessionKey person, String questionId, Instant due, int intervalDays) {
    public Review {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(due, "due");
        if (intervalDays < 1) {
            throw new IllegalArgumentException("a review comes back after a day or more");
        }
    }
}
