package dev.mockingbird.core.quiz;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.QuizAnswer;
import dev.mockingbird.core.storage.QuizGame;
import dev.mockingbird.core.storage.QuizRound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A game's scores: a right answer earns 1 point plus up to half a point for speed, falling evenly to nothing at the
 * round's end; most points first, and of equal points the one who took less time over their right answers.
 *
 * @param players every player, best first
 */
record Standings(List<Player> players) {

    /** The most a right answer adds for speed. */
    static final double SPEED_BONUS = 0.5;

    /**
     * One player's game.
     *
     * @param person   who
     * @param name     their name as last shown
     * @param points   points so far
     * @param right    right answers
     * @param answered rounds answered
     * @param time     time taken over their right answers
     */
    record Player(SessionKey person, String name, double points, int right, int answered, Duration time) {
    }

    Standings {
        players = List.copyOf(players);
    }

    /** The standings of a game from its rounds and their answers. */
    static Standings of(QuizGame game, List<QuizRound> rounds, Function<String, List<QuizAnswer>> answers) {
        Map<SessionKey, Player> byPerson = new LinkedHashMap<>();
        for (QuizRound round : rounds) {
            for (QuizAnswer a : answers.apply(round.id())) {
                boolean right = a.choice() == round.correct();
                Duration taken = Duration.between(round.startedAt(), a.at());
                double points = right ? 1 + bonus(taken, game.roundTime()) : 0;
                Player add = new Player(a.person(), a.displayName(), points, right ? 1 : 0, 1,
                        right ? taken : Duration.ZERO);
                byPerson.merge(a.person(), add, (old, now) -> new Player(old.person(), now.name(),
                        old.points() + now.points(), old.right() + now.right(), old.answered() + 1,
                        old.time().plus(now.time())));
            }
        }
        List<Player> sorted = new ArrayList<>(byPerson.values());
        sorted.sort(Comparator.comparingDouble((Player p) -> -rounded(p.points()))
                .thenComparing(Player::time).thenComparing(Player::name));
        return new Standings(sorted);
    }

    /** The speed bonus for a right answer given after {@code taken} of a round that lasts {@code round}. */
    static double bonus(Duration taken, Duration round) {
        double share = Math.clamp((double) taken.toMillis() / Math.max(1, round.toMillis()), 0.0, 1.0);
        return SPEED_BONUS * (1 - share);
    }

    /** Points as shown, to one decimal: players who look tied are ranked by time, not by hidden decimals. */
    static double rounded(double points) {
        return Math.round(points * 10) / 10.0;
    }

    /** Everyone who has answered in the game. */
    java.util.Set<SessionKey> people() {
        return players.stream().map(Player::person).collect(java.util.stream.Collectors.toSet());
    }
}
