package dev.mockingbird.core.daily;

import dev.mockingbird.core.ask.AskUseCase;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.command.Services;
import java.util.List;

/** Posts the daily questions that are due. Call it every half minute or so; calling it more often is harmless. */
public interface DailyPosts {

    /**
     * Posts every daily question due now that no instance has posted today, through the port of the chat's
     * platform; returns how many were delivered.
     */
    int postDue(List<OutboundPort> outbound);

    /**
     * Daily posts over the shared services, asking each question through the asking use case so it becomes the chat's
     * current question (its Show answer button and /answer work as for /ask).
     */
    static DailyPosts over(Services services, AskUseCase asks) {
        return new ScheduledDailyPosts(services, asks);
    }
}
