package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One multiple-choice question put to a chat.
 *
 * @param id         a short id, carried on the round's buttons
 * @param chat       the chat (or, in a private chat, the person) playing it
 * @param questionId the question whose quiz variant is asked
 * @param correct    the index of the right option when the round started, so scores do not shift if a pack changes
 * @param track      the track slug the round was picked from, empty for all tracks
 * @param level      the level slug it was picked at, empty for all levels
 * @param startedAt  when it started
 * @param closesAt   when the schedule ends it by itself, empty for a round that waits for Reveal
 * @param endedAt    when it ended, empty while people can still answer
 */
public record QuizRound(String id, SessionKey chat, String questionId, int correct, Optional<String> track,
                        Optional<String> level, Instant startedAt, Optional<Instant> closesAt,
                        Optional<Instant> endedAt) {

    public QuizRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    /** Whether people can still answer. */
    public boolean open() {
        return endedAt.isEmpty();
    }

    /** The same round, ended at this time. */
    public QuizRound endedAt(Instant at) {
        return new QuizRound(id, chat, questionId, correct, track, level, startedAt, closesAt, Optional.of(at));
    }
}
