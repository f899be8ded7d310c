package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat's quiz defaults, set by its admins with {@code /quizset}: what {@code /quiz} plays when not told otherwise.
 *
 * @param chat    the chat
 * @param rounds  rounds per game
 * @param seconds how long each round of a game stays open
 * @param track   the track slug games are picked from, empty for all tracks
 * @param level   the level slug, empty for all levels
 */
public record QuizSettings(SessionKey chat, int rounds, int seconds, Optional<String> track, Optional<String> level) {

    /** Rounds of a game when nobody set them. */
    public static final int DEFAULT_ROUNDS = 5;
    /** Seconds a game's round stays open when nobody set them. */
    public static final int DEFAULT_SECONDS = 20;
    /** The shortest round allowed: less is no time to read a question. */
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 120;
    public static final int MAX_ROUNDS = 20;

    public QuizSettings {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        if (rounds < 1 || rounds > MAX_ROUNDS || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("rounds 1.." + MAX_ROUNDS + ", seconds " + MIN_SECONDS + ".."
                    + MAX_SECONDS);
        }
    }

    /** The defaults of a chat nobody configured. */
    public static QuizSettings defaults(SessionKey chat) {
        return new QuizSettings(chat, DEFAULT_ROUNDS, DEFAULT_SECONDS, Optional.empty(), Optional.empty());
    }
}
