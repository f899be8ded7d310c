package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void theTokenNeverShowsInTheSettingsText() {
        // when
        String shown = DiscordSettings.of("MTA.secret.token", Optional.of("1000")).toString();

        // then
        assertFalse(shown.contains("secret"), shown);
        assertTrue(shown.contains("guildId=1000"), shown);
    }

    @Test
    void aGuildIdThatIsNotANumberIsRefusedAtOnce() {
        // then
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> DiscordSettings.of("token", Optional.of("my server")));
        assertTrue(failure.getMessage().contains("DISCORD_GUILD_ID"), failure.getMessage());
    }

    @Test
    void anAckBudgetBeyondDiscordsWindowIsRefused() {
        // then
        assertThrows(IllegalArgumentException.class, () -> new DiscordSettings("token", Optional.empty(),
                Optional.empty(), Optional.empty(), Duration.ofSeconds(3)));
    }
}
