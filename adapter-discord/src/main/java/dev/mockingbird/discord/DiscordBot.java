package dev.mockingbird.discord;

import dev.mockingbird.core.ChatEngine;

/** A running Discord bot; closing it disconnects from the gateway. */
public interface DiscordBot extends AutoCloseable {

    /** Disconnects and stops the workers. */
    @Override
    void close();

    /**
     * Connects to Discord, registers the engine's slash commands (in one guild when the settings name one, else
     * globally) and answers interactions until closed.
     */
    static DiscordBot start(ChatEngine engine, DiscordSettings settings) {
        return JdaDiscordBot.start(engine, settings);
    }
}
