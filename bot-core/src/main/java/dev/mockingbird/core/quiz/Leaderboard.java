package dev.mockingbird.core.quiz;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.ScoredAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A chat's quiz leaderboard over a period: points first (a game's right answer earns 1 plus its speed bonus, a single
 * round's right answer 1), then games won, then the share of right answers.
 *
 * @param rows every player, best first
 */
record Leaderboard(List<Row> rows) {

    /**
     * One player's line.
     *
     * @param person   who
     * @param name     their name as last shown
     * @param points   points in the period
     * @param wins     games won (ended games only)
     * @param right    right answers
     * @param answered answers
     * @param games    games they answered in
     */
    record Row(SessionKey person, String name, double points, int wins, int right, int answered, int games) {

        /** The share of right answers, 0 to 100. */
        int accuracy() {
            return answered == 0 ? 0 : (int) Math.round(100.0 * right / answered);
        }
    }

    Leaderboard {
        rows = List.copyOf(rows);
    }

    /** One player's running totals while the answers are read. */
    private static final class Tally {
        String name = "";
        double points;
        int right;
        int answered;
        int wins;
        final Set<String> games = new HashSet<>();
    }

    static Leaderboard of(List<ScoredAnswer> answers) {
        Map<SessionKey, Tally> tallies = new LinkedHashMap<>();
        Map<String, List<ScoredAnswer>> endedGames = new LinkedHashMap<>();
        for (ScoredAnswer a : answers) {
            Tally t = tallies.computeIfAbsent(a.answer().person(), p -> new Tally());
            t.name = a.answer().displayName();
            // A single round's right answer earns 1; a game's also its speed bonus, as the game's scoreboard showed.
            t.points += a.gameId().isPresent() ? scored(a).points() : a.right() ? 1 : 0;
            t.right += a.right() ? 1 : 0;
            t.answered++;
            a.gameId().ifPresent(g -> {
                t.games.add(g);
                if (a.gameEnded()) {
                    endedGames.computeIfAbsent(g, k -> new ArrayList<>()).add(a);
                }
            });
        }
        for (List<ScoredAnswer> game : endedGames.values()) {
            winner(game).map(tallies::get).ifPresent(t -> t.wins++);
        }
        List<Row> rows = new ArrayList<>();
        tallies.forEach((person, t) -> rows.add(new Row(person, t.name, t.points, t.wins, t.right, t.answered,
                t.games.size())));
        rows.sort(Comparator.comparingDouble((Row r) -> -Standings.rounded(r.points()))
                .thenComparing(Comparator.comparingInt(Row::wins).reversed())
                .thenComparing(Comparator.comparingInt(Row::accuracy).reversed())
                .thenComparing(Row::name));
        return new Leaderboard(rows);
    }

    /** A game's winner as its scoreboard named them. */
    private static Optional<SessionKey> winner(List<ScoredAnswer> game) {
        Map<SessionKey, Standings.Player> players = new LinkedHashMap<>();
        game.forEach(a -> players.merge(a.answer().person(), scored(a), Standings.Player::plus));
        return Standings.ranked(players.values()).winner().map(Standings.Player::person);
    }

    private static Standings.Player scored(ScoredAnswer a) {
        return Standings.Player.answered(a.answer().person(), a.answer().displayName(), a.right(),
                Duration.between(a.roundStart(), a.answer().at()), Duration.ofSeconds(a.gameSeconds()));
    }

    /** The asker's place (from 1), if they have played. */
    Optional<Integer> rankOf(SessionKey person) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).person().equals(person)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return rows.stream().map(Row::name).collect(Collectors.joining(", "));
    }
}
