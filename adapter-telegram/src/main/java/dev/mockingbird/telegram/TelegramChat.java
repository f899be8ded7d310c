package dev.mockingbird.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the engine's chat lives on Telegram: a chat, or one forum topic of a supergroup. Each topic is a chat of its
 * own to the engine (its own question, quiz and daily schedule), keyed {@code <chat>/<topic>}; the General topic and
 * every other chat are keyed by the chat id alone, as before topics existed.
 *
 * @param chat  the Bot API chat id
 * @param topic the forum topic's {@code message_thread_id}, if any
 */
record TelegramChat(long chat, Optional<Integer> topic) {

    private static final Pattern KEY = Pattern.compile("(-?\\d{1,19})(?:/(\\d{1,10}))?");

    /** The engine's chat id. */
    String key() {
        return topic.map(t -> chat + "/" + t).orElse(Long.toString(chat));
    }

    /** Reads {@link #key()}'s form back; empty for anything else. */
    static Optional<TelegramChat> parse(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TelegramChat(Long.parseLong(m.group(1)),
                    Optional.ofNullable(m.group(2)).map(Integer::parseInt)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // Digits beyond a long or an int: not a key we made.
        }
    }
}
