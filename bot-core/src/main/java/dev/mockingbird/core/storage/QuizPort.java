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

    /** The chat's best players over ended rounds: most right answers first, then fewest answers. */
    List<QuizScore> scores(SessionKey chat, int limit);

    /** Deletes every answer a person gave, in any chat; returns how many went. */
    int deleteAnswers(SessionKey person);
}
