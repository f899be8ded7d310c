package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.QuizPort;
import java.time.Clock;
import java.util.List;

/** Ends the group quiz rounds whose time is up and posts their results; the app runs it on its schedule. */
public interface QuizTimer {

    /** Ends every round due by now, exactly once across instances, posting each result through its platform's port. */
    int closeDue(List<OutboundPort> outbound);

    /** The timer over the rounds, closing each with its chat's session locked. */
    static QuizTimer over(QuestionBank bank, QuizPort rounds, Sessions sessions, Clock clock) {
        return new ScheduledQuizTimer(bank, rounds, sessions, clock);
    }
}
