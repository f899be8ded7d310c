package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.QuizRound;
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

    ScheduledQuizTimer(QuestionBank bank, QuizPort rounds, Sessions sessions, Clock clock) {
        this.rounds = rounds;
        this.sessions = sessions;
        this.clock = clock;
        this.views = new QuizViews(bank);
    }

    @Override
    public int closeDue(List<OutboundPort> outbound) {
        Map<String, OutboundPort> ports = outbound.stream()
                .collect(Collectors.toMap(OutboundPort::platform, Function.identity(), (a, b) -> a));
        int closed = 0;
        // Only the platforms this instance runs: the others' rounds are another instance's to close.
        for (QuizRound round : rounds.closing(clock.instant(), List.copyOf(ports.keySet()), BATCH)) {
            try {
                Optional<RichText> result = sessions.locked(round.chat(), () -> close(round));
                if (result.isPresent()) {
                    // Only rounds on this instance's platforms are closing, so the port is there.
                    announce(round, result.get(), java.util.Objects.requireNonNull(ports.get(round.chat().platform()),
                            "an outbound port"));
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.error("Could not close quiz round {} in {}", round.id(), round.chat().asString(), e);
            }
        }
        return closed;
    }

    /** Ends the round in the chat's unit of work; empty when a press or another instance ended it first. */
    private Optional<RichText> close(QuizRound round) {
        if (!rounds.endRound(round.id(), clock.instant())) {
            return Optional.empty(); // Revealed by a press, or closed by another instance, since it was listed.
        }
        return Optional.of(RichText.builder().paragraph(new RichText.Bold("Time is up!"))
                .append(views.result(round, rounds.answers(round.id()))).build());
    }

    /** Posts the result once the round's end is committed, so a slow platform never holds a transaction open. */
    private static void announce(QuizRound round, RichText result, OutboundPort port) {
        try {
            port.post(round.chat().id(), List.of(Reply.send(result, QuizViews.afterButtons(round))));
        } catch (DeliveryException e) {
            // The round has ended and its answers count; only this announcement is lost.
            LOG.warn("Quiz round {} ended but its result could not be posted to {}: {}", round.id(),
                    round.chat().asString(), e.getMessage());
        }
    }
}
