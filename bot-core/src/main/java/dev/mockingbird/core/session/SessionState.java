package dev.mockingbird.core.session;

import dev.mockingbird.core.bank.Level;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
     * @param covered    the indices of the key points the person's own answers have covered so far
     * @param askedAt    when it was asked
     * @param updatedAt  when the session last changed
     */
    record Asking(String questionId, Optional<String> track, Level level, boolean revealed, Set<Integer> covered,
                  Instant askedAt, Instant updatedAt) implements SessionState {
        public Asking {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(level, "level");
            covered = Collections.unmodifiableSortedSet(new TreeSet<>(covered));
            Objects.requireNonNull(askedAt, "askedAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        /** A question nobody has answered yet. */
        public Asking(String questionId, Optional<String> track, Level level, boolean revealed, Instant askedAt,
                      Instant updatedAt) {
            this(questionId, track, level, revealed, Set.of(), askedAt, updatedAt);
        }

        /** The same question, now revealed. */
        public Asking reveal(Instant at) {
            return new Asking(questionId, track, level, true, covered, askedAt, at);
        }

        /** The same question with more key points covered by the person's answers. */
        public Asking cover(Set<Integer> more, Instant at) {
            Set<Integer> all = new TreeSet<>(covered);
            all.addAll(more);
            return new Asking(questionId, track, level, revealed, all, askedAt, at);
        }
    }
}
