package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.QuizPort;
import java.time.Clock;
import java.util.List;

/**
 * Ends the group quiz rounds whose time is up and posts their results, and moves games on to their next round or
 * scoreboard; the app runs it on its schedule.
 */
public interface QuizTimer {

    /** Ends every round due by now, exactly once across instances, posting each result through its platform's port. */
    int closeDue(List<OutboundPort> outbound);

    /**
     * The timer over the rounds, closing each with its chat's session locked, and starting games' next rounds from
     * questions the chat has played least (by the history and this randomness).
     */
    static QuizTimer over(QuestionBank bank, QuizPort rounds, HistoryPort history, Sessions sessions, Clock clock,
                          java.util.random.RandomGenerator random) {
        return new ScheduledQuizTimer(bank, rounds, history, sessions, clock, random);
    }
}
