package dev.mockingbird.core.quiz;

import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.command.Services;
import java.util.List;

/** Ends the group quiz rounds whose time is up and posts their results; the app runs it on its schedule. */
public interface QuizTimer {

    /** Ends every round due by now, exactly once across instances, posting each result through its platform's port. */
    int closeDue(List<OutboundPort> outbound);

    /** The timer over the shared services. */
    static QuizTimer over(Services services) {
        return new ScheduledQuizTimer(services);
    }
}
