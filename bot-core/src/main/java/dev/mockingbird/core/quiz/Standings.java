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

        /** One answer, scored: a right one given after {@code taken} of a round lasting {@code round}. */
        static Player answered(SessionKey person, String name, boolean right, Duration taken, Duration round) {
            return new Player(person, name, right ? 1 + bonus(taken, round) : 0, right ? 1 : 0, 1,
                    right ? taken : Duration.ZERO);
        }

        /** This player's totals with a later answer added (its name is the latest shown). */
        Player plus(Player later) {
            return new Player(person, later.name, points + later.points, right + later.right,
                    answered + later.answered, time.plus(later.time));
        }
    }

    /** Most points as shown first, then less time over right answers, then by name. */
    static final Comparator<Player> BEST_FIRST = Comparator.comparingDouble((Player p) -> -rounded(p.points()))
            .thenComparing(Player::time).thenComparing(Player::name);

    Standings {
        players = List.copyOf(players);
    }

    /** The standings of a game from its rounds and their answers. */
    static Standings of(QuizGame game, List<QuizRound> rounds, Function<String, List<QuizAnswer>> answers) {
        Map<SessionKey, Player> byPerson = new LinkedHashMap<>();
        for (QuizRound round : rounds) {
            for (QuizAnswer a : answers.apply(round.id())) {
                byPerson.merge(a.person(), Player.answered(a.person(), a.displayName(), a.choice() == round.correct(),
                        Duration.between(round.startedAt(), a.at()), game.roundTime()), Player::plus);
            }
        }
        return ranked(byPerson.values());
    }

    /** Players' totals, ranked. */
    static Standings ranked(java.util.Collection<Player> players) {
        List<Player> sorted = new ArrayList<>(players);
        sorted.sort(BEST_FIRST);
        return new Standings(sorted);
    }

    /** The game's winner: its best player, if anyone gave a right answer. */
    java.util.Optional<Player> winner() {
        return players.stream().findFirst().filter(p -> p.right() > 0);
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
}
