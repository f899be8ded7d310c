package dev.mockingbird.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.limits.RateLimits;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rate limits an operator sets through the environment. */
class RateLimitConfigTest {

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
}
