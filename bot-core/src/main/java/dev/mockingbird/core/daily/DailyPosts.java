package dev.mockingbird.core.daily;

import dev.mockingbird.core.ask.AskUseCase;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.Storage;
import java.time.Clock;
import java.util.List;

/** Posts the daily questions that are due. Call it every half minute or so; calling it more often is harmless. */
public interface DailyPosts {

    /**
     * Posts every daily question due now that no instance has posted today, through the port of the chat's
     * platform; returns how many were delivered.
     */
    int postDue(List<OutboundPort> outbound);

    /**
     * Daily posts over the subscriptions, claims and chats in the store, asking each question through the asking use case so it becomes the chat's
     * current question (its Show answer button and /answer work as for /ask).
     */
    static DailyPosts over(QuestionBank bank, Storage storage, Sessions sessions, Clock clock, AskUseCase asks) {
        return new ScheduledDailyPosts(bank, storage, sessions, clock, asks);
    }
}
