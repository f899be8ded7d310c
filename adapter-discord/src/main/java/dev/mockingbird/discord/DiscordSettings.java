package dev.mockingbird.discord;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord.
 *
 * @param token      the bot token
 * @param guildId    register commands in this guild only (instant updates while developing); empty for global
 * @param restBase   the REST API base, e.g. {@code https://discord.com/api/v10/}; empty for Discord's own
 * @param gateway    the gateway URL; empty for the one Discord names
 * @param ackBudget  how long to wait for the engine before deferring an interaction
 */
public record DiscordSettings(String token, Optional<String> guildId, Optional<URI> restBase, Optional<URI> gateway,
                              Duration ackBudget) {

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(restBase, "restBase");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(ackBudget, "ackBudget");
    }

    /** Discord itself, answering directly when the engine replies within two seconds. */
    public static DiscordSettings of(String token, Optional<String> guildId) {
        return new DiscordSettings(token, guildId, Optional.empty(), Optional.empty(), Duration.ofSeconds(2));
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=***, guildId=" + guildId.orElse("-") + ", restBase="
                + restBase.map(URI::toString).orElse("discord") + "]";
    }
}
