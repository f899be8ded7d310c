package dev.mockingbird.core.storage;

import java.time.Instant;

/** Per-chat settings; for now whether the bot can still post there (blocked or kicked chats are not). */
public interface ChatPort {

    /** Marks a chat the bot can no longer post to, with the platform's reason. */
    void markInactive(String platform, String chatId, String reason, Instant at);

    /** Marks a chat active again (the person came back). */
    void markActive(String platform, String chatId, Instant at);

    /** Whether the bot may post to the chat; unknown chats are active. */
    boolean isActive(String platform, String chatId);
}
