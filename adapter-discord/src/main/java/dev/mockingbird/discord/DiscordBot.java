package dev.mockingbird.discord;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.chat.OutboundPort;

/** A running Discord bot; closing it disconnects from the gateway. */
public interface DiscordBot extends AutoCloseable {

    /**
     * Posts to Discord on the engine's schedule (the daily question): to server channels and threads, and to
     * people's DMs; pass it to {@link ChatEngine#postDue}.
     */
    OutboundPort outbound();

    /** Whether the gateway session is connected (what a readiness check asks). */
    boolean connected();

    /** Disconnects and stops the workers. */
    @Override
    void close();

    /**
     * Connects to Discord, registers the engine's slash commands (in one guild when the settings name one, else
     * globally) and answers interactions until closed.
     *
     * @throws IllegalStateException when it cannot connect (the message never contains the token)
     */
    static DiscordBot start(ChatEngine engine, DiscordSettings settings) {
        return JdaDiscordBot.start(engine, settings);
    }
}
