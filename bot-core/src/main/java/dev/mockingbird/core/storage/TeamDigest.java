package dev.mockingbird.core.storage;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A team chat's weekly digest: on this day, at this time of the chat's daily-question time zone.
 *
 * @param platform the chat's platform
 * @param chatId   the team's chat
 * @param day      the day of the week it is posted
 * @param at       the time of day, to the minute
 */
public record TeamDigest(String platform, String chatId, DayOfWeek day, LocalTime at) {

    public TeamDigest {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(day, "day");
        at = Objects.requireNonNull(at, "at").withSecond(0).withNano(0);
    }
}
