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
 * @param ackBudget  how long to wait for the engine before deferring an interaction; at most 2.5 s, so the answer
 *                   still arrives within Discord's three seconds
 * @param shards     the gateway shards this instance runs; empty for all of them, as many as Discord recommends
 */
public record DiscordSettings(String token, Optional<String> guildId, Optional<URI> restBase, Optional<URI> gateway,
                              Duration ackBudget, Optional<Shards> shards) {

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(restBase, "restBase");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(ackBudget, "ackBudget");
        Objects.requireNonNull(shards, "shards");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Discord bot token is empty");
        }
        // Checked here so a typo fails at start with a clear message rather than deep inside JDA.
        if (guildId.isPresent() && !guildId.get().matches("\\d{1,20}")) {
            throw new IllegalArgumentException("DISCORD_GUILD_ID must be a server's numeric id: " + guildId.get());
        }
        if (ackBudget.isNegative() || ackBudget.compareTo(Duration.ofMillis(2_500)) > 0) {
            throw new IllegalArgumentException("ackBudget must leave time to answer within Discord's 3 seconds");
        }
    }

    /** Every shard in this instance. */
    public DiscordSettings(String token, Optional<String> guildId, Optional<URI> restBase, Optional<URI> gateway,
                           Duration ackBudget) {
        this(token, guildId, restBase, gateway, ackBudget, Optional.empty());
    }

    /** Discord itself, answering directly when the engine replies within two seconds. */
    public static DiscordSettings of(String token, Optional<String> guildId) {
        return new DiscordSettings(token, guildId, Optional.empty(), Optional.empty(), Duration.ofSeconds(2));
    }

    /** These settings running only the given shards. */
    public DiscordSettings withShards(Optional<Shards> running) {
        return new DiscordSettings(token, guildId, restBase, gateway, ackBudget, running);
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=***, guildId=" + guildId.orElse("-") + ", restBase="
                + restBase.map(URI::toString).orElse("discord") + ", shards=" + shards.map(Shards::toString)
                .orElse("all") + "]";
    }
}
