package dev.mockingbird.core.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer in an ended quiz round, with what scoring it needs: the round's right option and start, and the game it
 * was part of.
 *
 * @param roundId     the round
 * @param correct     the round's right option
 * @param roundStart  when the round started, for the speed bonus
 * @param gameId      the game the round belonged to, if any
 * @param gameSeconds how long the game's rounds lasted (0 outside a game)
 * @param gameEnded   whether that game has ended, so its winner is known
 * @param answer      the answer
 */
public record ScoredAnswer(String roundId, int correct, Instant roundStart, Optional<String> gameId, int gameSeconds,
                           boolean gameEnded, QuizAnswer answer) {
    public ScoredAnswer {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(roundStart, "roundStart");
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(answer, "answer");
    }

    /** Whether the answer was right. */
    public boolean right() {
        return answer.choice() == correct;
    }
}
