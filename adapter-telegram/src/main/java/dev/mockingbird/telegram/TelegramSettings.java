package dev.mockingbird.telegram;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * How to reach Telegram. {@link #toString()} never shows the token.
 *
 * @param token  the bot token from @BotFather
 * @param apiUrl the Bot API server, e.g. {@code https://api.telegram.org} or a local Bot API server
 * @param clock  the time source for pacing
 */
public record TelegramSettings(String token, URI apiUrl, Clock clock) {

    /** The public Bot API. */
    public static final URI PUBLIC_API = URI.create("https://api.telegram.org");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(clock, "clock");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Telegram token is blank");
        }
        if (apiUrl.getScheme() == null || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("the Bot API URL needs a scheme and a host: " + apiUrl);
        }
    }

    /** This token against the given Bot API server, on the system clock. */
    public static TelegramSettings of(String token, URI apiUrl) {
        return new TelegramSettings(token, apiUrl, Clock.systemUTC());
    }

    /** The same settings on another clock. */
    public TelegramSettings withClock(Clock value) {
        return new TelegramSettings(token, apiUrl, value);
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=***, apiUrl=" + apiUrl + "]";
    }
}
