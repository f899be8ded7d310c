package dev.mockingbird.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.limits.RateLimits;
import dev.mockingbird.discord.Shards;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an operator sets through the environment: rate limits, Discord's endpoints and shards. */
class AppConfigTest {

    @Test
    void limitsAreOnByDefaultAndCanBeTunedOrSwitchedOff() {
        assertEquals(Optional.of(RateLimits.DEFAULT), AppConfig.fromEnvironment(Map.of()).rateLimits());
        assertEquals(Optional.of(new RateLimits(60, 10, 2, 1)), AppConfig.fromEnvironment(Map.of(
                "MOCKINGBIRD_RATE_LIMIT", "60/10", "MOCKINGBIRD_GROUP_RATE_LIMIT", "2/1")).rateLimits());
        assertEquals(Optional.empty(), AppConfig.fromEnvironment(Map.of("MOCKINGBIRD_RATE_LIMIT", "OFF"))
                .rateLimits());
    }

    @Test
    void aMalformedLimitIsNamedWithAnExample() {
        ConfigException bad = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnvironment(Map.of("MOCKINGBIRD_RATE_LIMIT", "fast")));
        assertTrue(bad.getMessage().contains("MOCKINGBIRD_RATE_LIMIT") && bad.getMessage().contains("20/5"),
                bad.getMessage());
        assertThrows(ConfigException.class,
                () -> AppConfig.fromEnvironment(Map.of("MOCKINGBIRD_GROUP_RATE_LIMIT", "0/3")));
    }

    @Test
    void discordsEndpointsCanPointAtAProxyOrAFake() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("DISCORD_API_URL", "http://127.0.0.1:8081/api/v10/",
                "DISCORD_GATEWAY_URL", "wss://gateway.example.com"));
        assertEquals(Optional.of(java.net.URI.create("http://127.0.0.1:8081/api/v10/")), config.discordApiUrl());
        assertEquals(Optional.of(java.net.URI.create("wss://gateway.example.com")), config.discordGatewayUrl());
        assertEquals(Optional.empty(), AppConfig.fromEnvironment(Map.of()).discordApiUrl());
        ConfigException wrongScheme = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnvironment(Map.of("DISCORD_GATEWAY_URL", "https://gateway.example.com")));
        assertTrue(wrongScheme.getMessage().contains("DISCORD_GATEWAY_URL must be a ws or wss URL"),
                wrongScheme.getMessage());
    }

    @Test
    void anInstanceRunsTheShardsItIsGivenAndATypoIsNamed() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("DISCORD_SHARDS_TOTAL", "4", "DISCORD_SHARD_IDS", "2-3"));
        assertEquals(Optional.of(new Shards(4, java.util.List.of(2, 3))), config.discordShards());
        assertEquals(Optional.empty(), AppConfig.fromEnvironment(Map.of()).discordShards());
        ConfigException outside = assertThrows(ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(
                "DISCORD_SHARDS_TOTAL", "4", "DISCORD_SHARD_IDS", "3-4")));
        assertTrue(outside.getMessage().contains("shard 4 is outside 0-3"), outside.getMessage());
        ConfigException noTotal = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnvironment(Map.of("DISCORD_SHARD_IDS", "0-1")));
        assertTrue(noTotal.getMessage().contains("DISCORD_SHARDS_TOTAL"), noTotal.getMessage());
    }
}
