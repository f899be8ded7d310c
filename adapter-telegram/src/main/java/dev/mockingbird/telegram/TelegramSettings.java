package dev.mockingbird.telegram;

import dev.mockingbird.core.storage.ChatPort;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Telegram. {@link #toString()} never shows the token.
 *
 * @param token  the bot token from @BotFather
 * @param apiUrl the Bot API server, e.g. {@code https://api.telegram.org} or a local Bot API server
 * @param chats  where chats the bot can no longer post to (blocked, kicked) are marked inactive; empty to only log
 * @param clock  the time source for pacing and for when a chat was marked
 */
public record TelegramSettings(String token, URI apiUrl, Optional<ChatPort> chats, Clock clock) {

    /** The public Bot API. */
    public static final URI PUBLIC_API = URI.create("https://api.telegram.org");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(chats, "chats");
        Objects.requireNonNull(clock, "clock");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Telegram token is blank");
        }
        if (apiUrl.getScheme() == null || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("the Bot API URL needs a scheme and a host: " + apiUrl);
        }
    }

    /** This token against the given Bot API server, on the system clock, without chat bookkeeping. */
    public static TelegramSettings of(String token, URI apiUrl) {
        return new TelegramSettings(token, apiUrl, Optional.empty(), Clock.systemUTC());
    }

    /** The same settings, marking blocked and kicked chats inactive in this port. */
    public TelegramSettings withChats(ChatPort port) {
        return new TelegramSettings(token, apiUrl, Optional.of(port), clock);
    }

    /** The same settings on another clock. */
    public TelegramSettings withClock(Clock value) {
        return new TelegramSettings(token, apiUrl, chats, value);
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=***, apiUrl=" + apiUrl + ", chats=" + (chats.isPresent() ? "tracked" : "-")
                + "]";
    }
}
