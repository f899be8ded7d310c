package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quiz rounds and the answers people gave, per chat. Every write is idempotent and safe across instances: a person's
 * first answer is the one kept (a unique key), and a round ends exactly once (a conditional update), however many
 * presses or instances race.
 */
public interface QuizPort {

    /** Stores a new, open round. */
    void startRound(QuizRound round);

    /** The round with this id. */
    Optional<QuizRound> round(String roundId);

    /** The chat's most recent round that has not ended. */
    Optional<QuizRound> openRound(SessionKey chat);

    /** Open rounds on these platforms whose closing time has come by this instant, soonest first. */
    List<QuizRound> closing(Instant by, List<String> platforms, int limit);

    /**
     * Keeps a person's first answer in a round that is still open; false when they had answered already or the round
     * has ended (nothing changes then).
     */
    boolean answer(String roundId, QuizAnswer answer);

    /** The answers given in a round, first first. */
    List<QuizAnswer> answers(String roundId);

    /** Ends an open round; true for exactly one caller, false when it had ended already. */
    boolean endRound(String roundId, Instant at);

    /** How many rounds of each question this chat has played, so quizzes do not repeat too soon. */
    Map<String, Integer> roundCounts(SessionKey chat);

    /** Every answer in the chat's rounds that started at or after {@code since} and have ended, oldest first. */
    List<ScoredAnswer> scoredAnswers(SessionKey chat, Instant since);

    /** Deletes every answer a person gave, in any chat; returns how many went. */
    int deleteAnswers(SessionKey person);

    /** Stores a new game; its rounds are stored with {@link #startRound} and linked with {@link #addGameRound}. */
    void startGame(QuizGame game);

    /** The game with this id. */
    Optional<QuizGame> game(String gameId);

    /** The chat's game that has not ended. */
    Optional<QuizGame> runningGame(SessionKey chat);

    /** Links a started round to its game as its next round: the game's {@code played} count goes up by one. */
    void addGameRound(String gameId, String roundId);

    /** The game a round belongs to, if any (one read, on every press). */
    Optional<QuizGame> gameOf(String roundId);

    /** A game's rounds in the order they were played. */
    List<QuizRound> gameRounds(String gameId);

    /**
     * Sets when a running game's next step (its next round, or its end) is due, once its current round has closed;
     * true for exactly one caller per round, false when it was set already or the game ended.
     */
    boolean scheduleNext(String gameId, int played, Instant at);

    /**
     * Takes a due next step: clears {@code nextRoundAt} if the game has still played {@code played} rounds; true for
     * exactly one caller, so of several instances one starts the round (or ends the game).
     */
    boolean takeNext(String gameId, int played);

    /** Running games on these platforms whose next step is due by this instant, soonest first. */
    List<QuizGame> gamesDue(Instant by, List<String> platforms, int limit);

    /** Ends a running game; true for exactly one caller. */
    boolean endGame(String gameId, Instant at);

    /** The chat's quiz defaults, if its admins set any. */
    Optional<QuizSettings> settings(SessionKey chat);

    /** Adds or replaces the chat's quiz defaults. */
    void saveSettings(QuizSettings settings);
}
