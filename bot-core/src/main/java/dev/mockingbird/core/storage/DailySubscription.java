package dev.mockingbird.core.storage;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.ChatKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat that gets a question every day.
 *
 * @param platform   the platform
 * @param chatId     the chat on it
 * @param chatKind   private or group, as the request that subscribed
 * @param userId     who subscribed; a private chat's question is theirs
 * @param userName   how they were called
 * @param at         the time of day, in {@code zone}
 * @param zone       the time zone the time of day is in
 * @param track      the track slug, empty for the subscriber's default
 * @param level      the level, empty for the subscriber's
 * @param since      when the subscription was made or last changed; nothing is posted for earlier days
 * @param weekdays   whether it posts Monday to Friday only (in its zone), for teams that do not work weekends
 * @param paused     whether posting is paused; the settings are kept for {@code /daily resume}
 */
public record DailySubscription(String platform, String chatId, ChatKind chatKind, String userId, String userName,
                                LocalTime at, ZoneId zone, Optional<String> track, Optional<Level> level,
                                Instant since, boolean weekdays, boolean paused) {
    public DailySubscription {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(chatKind, "chatKind");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(since, "since");
        at = at.withSecond(0).withNano(0);
    }

    /** A subscription for every day, running. */
    public DailySubscription(String platform, String chatId, ChatKind chatKind, String userId, String userName,
                             LocalTime at, ZoneId zone, Optional<String> track, Optional<Level> level, Instant since) {
        this(platform, chatId, chatKind, userId, userName, at, zone, track, level, since, false, false);
    }

    /** Whether a question is due on this day of the subscription's own calendar. */
    public boolean postsOn(LocalDate day) {
        return !weekdays || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    /**
     * The same settings, paused or resumed as of {@code now}; resuming counts as a change, so a time already past
     * today waits for tomorrow rather than posting the moment someone resumes.
     */
    public DailySubscription paused(boolean pause, Instant now) {
        return new DailySubscription(platform, chatId, chatKind, userId, userName, at, zone, track, level,
                pause ? since : now, weekdays, pause);
    }

    /** When the question is due on the day that is {@code today} in the subscription's zone. */
    public Instant dueOn(LocalDate today) {
        return today.atTime(at).atZone(zone).toInstant();
    }

    /** The date it is now where the subscription lives. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }
}
