package dev.mockingbird.telegram;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.access.ChatAdminsPort;
import dev.mockingbird.core.chat.OutboundPort;

/** A running Telegram bot; closing it stops polling and the delivery workers. */
public interface TelegramBot extends AutoCloseable {

    /**
     * Posts to Telegram chats on the engine's schedule (the daily question), paced and retried like replies; pass
     * it to {@link ChatEngine#postDue}.
     */
    OutboundPort outbound();

    /** Who administers a group, asked of Telegram and kept a few minutes; give it to the engine's builder. */
    ChatAdminsPort admins();

    /** Whether it is polling the Bot API for updates (what a readiness check asks). */
    boolean connected();

    /** Stops polling, lets in-flight replies finish briefly, then stops the workers. */
    @Override
    void close();

    /**
     * Connects to the Bot API named by the settings, publishes the engine's commands as the bot's command menu (a
     * failure there is logged, never fatal) and answers updates by long polling until closed.
     *
     * @throws IllegalStateException when polling cannot start (the message never contains the token)
     */
    static TelegramBot start(ChatEngine engine, TelegramSettings settings) {
        return LongPollingTelegramBot.start(engine, settings);
    }
}
