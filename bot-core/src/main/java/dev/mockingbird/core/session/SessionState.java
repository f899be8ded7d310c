package dev.mockingbird.core.session;

import dev.mockingbird.core.bank.Level;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Where a session is. A closed set: every command knows every state. */
public sealed interface SessionState {

    /** When the session last changed; idle sessions expire. */
    Instant updatedAt();

    /** Nothing in progress. */
    record Idle(Instant updatedAt) implements SessionState {
        public Idle {
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    /**
     * A question is on the table.
     *
     * @param questionId the question asked
     * @param track      the track slug it was picked from, empty when picked from all tracks
     * @param level      the level it was picked at
     * @param revealed   whether the model answer has been shown
     * @param askedAt    when it was asked
     * @param updatedAt  when the session last changed
     */
    record Asking(String questionId, Optional<String> track, Level level, boolean revealed, Instant askedAt,
                  Instant updatedAt) implements SessionState {
        public Asking {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(askedAt, "askedAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        /** The same question, now revealed. */
        public Asking reveal(Instant at) {
            return new Asking(questionId, track, level, true, askedAt, at);
        }
    }
}
