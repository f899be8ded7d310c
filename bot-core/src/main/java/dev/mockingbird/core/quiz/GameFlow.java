package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.storage.QuizGame;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.QuizRound;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What happens between a game's rounds, whoever drives it (a press, the schedule, {@code /quiz stop}): each step is
 * claimed in the store, so with several instances a round is followed, and a game ended, exactly once. Every method
 * runs inside the caller's unit of work.
 */
final class GameFlow {

    /** The pause between a round's result and the next round, so people read the explanation. */
    static final Duration PAUSE = Duration.ofSeconds(3);

    private final QuizPort rounds;
    private final QuizViews views;
    private final RoundStarter starter;

    GameFlow(QuizPort rounds, QuizViews views, RoundStarter starter) {
        this.rounds = rounds;
        this.views = views;
        this.starter = starter;
    }

    /** The game a round belongs to, if it is still running. */
    Optional<QuizGame> runningGameOf(QuizRound round) {
        return rounds.gameOf(round.id()).filter(QuizGame::running);
    }

    Standings standings(QuizGame game) {
        return Standings.of(game, rounds.gameRounds(game.id()), rounds::answers);
    }

    /** After one of the game's rounds has ended: schedules the next step and says how the round went. */
    RichText closed(QuizGame game, QuizRound round, Instant now) {
        rounds.scheduleNext(game.id(), game.played(), now.plus(PAUSE));
        return views.gameResult(round, rounds.answers(round.id()), game, standings(game));
    }

    /**
     * Whether everyone who played an earlier round of this game has answered this one, so it can close early. The
     * first round always runs its time: it is how the players join.
     */
    boolean everyoneAnswered(QuizGame game, QuizRound round) {
        if (game.played() < 2) {
            return false;
        }
        Set<SessionKey> players = new HashSet<>();
        rounds.gameRounds(game.id()).stream().filter(r -> !r.id().equals(round.id()))
                .forEach(r -> rounds.answers(r.id()).forEach(a -> players.add(a.person())));
        Set<SessionKey> answered = new HashSet<>();
        rounds.answers(round.id()).forEach(a -> answered.add(a.person()));
        return !players.isEmpty() && answered.containsAll(players);
    }

    /**
     * Takes a due step of the game: its next round, or after the last its scoreboard; empty when another instance
     * took it first.
     */
    Optional<List<Reply>> next(QuizGame game, Instant now) {
        if (!rounds.takeNext(game.id(), game.played())) {
            return Optional.empty();
        }
        if (game.played() >= game.rounds()) {
            return Optional.of(end(game, now, false));
        }
        List<QuizRound> played = rounds.gameRounds(game.id());
        Optional<String> previous = played.isEmpty() ? Optional.empty()
                : Optional.of(played.getLast().questionId());
        Optional<RoundStarter.Started> started = starter.start(game.chat(), game.track(),
                game.level().flatMap(Level::parse), now, Optional.of(now.plus(game.roundTime())), previous,
                game.chat().scope().equals("chat"), Optional.of(game));
        // The bank changed under a running game and has no question left for it: finish with what was played.
        return Optional.of(started.map(s -> List.of(s.message())).orElseGet(() -> end(game, now, true)));
    }

    /** Stops a game now: its open round's result, then the scoreboard so far. */
    List<Reply> stop(QuizGame game, Instant now) {
        List<Reply> replies = new ArrayList<>();
        rounds.openRound(game.chat()).filter(r -> rounds.gameOf(r.id()).map(QuizGame::id).filter(game.id()::equals)
                        .isPresent())
                .filter(r -> rounds.endRound(r.id(), now))
                .ifPresent(r -> replies.add(Reply.send(views.result(r, rounds.answers(r.id())))));
        replies.addAll(end(game, now, true));
        return replies;
    }

    private List<Reply> end(QuizGame game, Instant now, boolean stopped) {
        if (!rounds.endGame(game.id(), now)) {
            return List.of();
        }
        // Read back: the game as it ended, with every round it played.
        QuizGame ended = rounds.game(game.id()).orElse(game);
        return List.of(Reply.send(views.scoreboard(ended, standings(ended), stopped && ended.played() < ended.rounds()),
                List.of(QuizViews.scoresButton())));
    }
}
