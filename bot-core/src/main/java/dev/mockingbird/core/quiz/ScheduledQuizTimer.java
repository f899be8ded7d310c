package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.QuizGame;
import dev.mockingbird.core.storage.QuizRound;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.ask.QuestionPicker;
import java.time.Instant;
import java.util.random.RandomGenerator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes due rounds under the chat's session lock (so a last-second press is either in or out, never half) and claims
 * each close with the store's conditional end, so of several instances exactly one posts the result.
 */
final class ScheduledQuizTimer implements QuizTimer {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledQuizTimer.class);
    /** Rounds closed per run; more wait for the next run rather than holding up the schedule. */
    private static final int BATCH = 200;

    private final QuizPort rounds;
    private final Sessions sessions;
    private final Clock clock;
    private final QuizViews views;

    private final GameFlow games;

    ScheduledQuizTimer(QuestionBank bank, QuizPort rounds, HistoryPort history, Sessions sessions, Clock clock,
                       RandomGenerator random) {
        this.rounds = rounds;
        this.sessions = sessions;
        this.clock = clock;
        this.views = new QuizViews(bank);
        this.games = new GameFlow(rounds, views, new RoundStarter(bank, rounds, new QuestionPicker(history, random),
                random));
    }

    @Override
    public int closeDue(List<OutboundPort> outbound) {
        Map<String, OutboundPort> ports = outbound.stream()
                .collect(Collectors.toMap(OutboundPort::platform, Function.identity(), (a, b) -> a));
        int done = 0;
        List<String> platforms = List.copyOf(ports.keySet());
        // Only the platforms this instance runs: the others' rounds are another instance's to close.
        for (QuizRound round : rounds.closing(clock.instant(), platforms, BATCH)) {
            try {
                Optional<List<Reply>> result = sessions.locked(round.chat(), () -> close(round));
                if (result.isPresent()) {
                    // Only rounds on this instance's platforms are closing, so the port is there.
                    announce(round.chat(), "round " + round.id(), result.get(), port(ports, round.chat()));
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.error("Could not close quiz round {} in {}", round.id(), round.chat().asString(), e);
            }
        }
        // Games whose pause after a round is over: their next round, or their scoreboard.
        for (QuizGame game : rounds.gamesDue(clock.instant(), platforms, BATCH)) {
            try {
                Optional<List<Reply>> step = sessions.locked(game.chat(), () -> games.next(game, clock.instant()));
                if (step.isPresent()) {
                    announce(game.chat(), "game " + game.id(), step.get(), port(ports, game.chat()));
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.error("Could not go on with quiz game {} in {}", game.id(), game.chat().asString(), e);
            }
        }
        return done;
    }

    private static OutboundPort port(Map<String, OutboundPort> ports, dev.mockingbird.core.session.SessionKey chat) {
        return java.util.Objects.requireNonNull(ports.get(chat.platform()), "an outbound port");
    }

    /** Ends the round in the chat's unit of work; empty when a press or another instance ended it first. */
    private Optional<List<Reply>> close(QuizRound round) {
        Instant now = clock.instant();
        if (!rounds.endRound(round.id(), now)) {
            return Optional.empty(); // Revealed by a press, or closed by another instance, since it was listed.
        }
        Optional<QuizGame> game = games.runningGameOf(round);
        if (game.isPresent()) {
            return Optional.of(List.of(Reply.send(RichText.builder().paragraph(new RichText.Bold("Time is up!"))
                    .append(games.closed(game.get(), round, now)).build())));
        }
        return Optional.of(List.of(Reply.send(RichText.builder().paragraph(new RichText.Bold("Time is up!"))
                .append(views.result(round, rounds.answers(round.id()))).build(), QuizViews.afterButtons(round))));
    }

    /** Posts once the step is committed, so a slow platform never holds a transaction open. */
    private static void announce(SessionKey chat, String what, List<Reply> replies, OutboundPort port) {
        String chatId = chat.id();
        try {
            port.post(chatId, chat.chatKind(), replies);
        } catch (DeliveryException e) {
            // The step is committed (a round ended, the next started); only this message is lost.
            LOG.warn("Quiz {} moved on but could not be posted to {}: {}", what, chatId, e.getMessage());
        }
    }
}
