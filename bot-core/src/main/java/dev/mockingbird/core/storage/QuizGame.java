package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A quiz game: a set number of rounds played one after another in one chat, scored with a bonus for speed.
 *
 * @param id          a short id
 * @param chat        the chat playing it
 * @param starter     who started it (they, or an admin, may stop it)
 * @param track       the track slug its rounds are picked from, empty for all tracks
 * @param level       the level slug, empty for all levels
 * @param rounds      how many rounds it has
 * @param seconds     how long each round stays open
 * @param played      how many rounds have started so far
 * @param startedAt   when it started
 * @param nextRoundAt when the next round (or, after the last, the scoreboard) is due; empty while a round is open
 * @param endedAt     when it ended, empty while it runs
 */
public record QuizGame(String id, SessionKey chat, String starter, Optional<String> track, Optional<String> level,
                       int rounds, int seconds, int played, Instant startedAt, Optional<Instant> nextRoundAt,
                       Optional<Instant> endedAt) {

    public QuizGame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(nextRoundAt, "nextRoundAt");
        Objects.requireNonNull(endedAt, "endedAt");
        if (rounds < 1 || seconds < 1 || played < 0 || played > rounds) {
            throw new IllegalArgumentException("a game has rounds >= 1, seconds >= 1 and 0 <= played <= rounds");
        }
    }

    /** Whether it is still being played. */
    public boolean running() {
        return endedAt.isEmpty();
    }

    /** How long each round stays open. */
    public Duration roundTime() {
        return Duration.ofSeconds(seconds);
    }
}
