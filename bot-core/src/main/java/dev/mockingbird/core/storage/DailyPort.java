package dev.mockingbird.core.storage;

import java.util.List;
import java.util.Optional;

/** Which chats get a daily question, and when. One subscription per chat. */
public interface DailyPort {

    /** Adds or replaces the chat's subscription. */
    void subscribe(DailySubscription subscription);

    /** Ends the chat's subscription; true when there was one. */
    boolean unsubscribe(String platform, String chatId);

    /** The chat's subscription. */
    Optional<DailySubscription> subscription(String platform, String chatId);

    /** Every subscription on these platforms, by time of day. */
    List<DailySubscription> subscriptions(List<String> platforms);
}
