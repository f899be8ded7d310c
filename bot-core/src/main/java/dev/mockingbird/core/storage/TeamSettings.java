package dev.mockingbird.core.storage;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How a team chat's daily ritual runs beyond the schedule itself; set by its admins.
 *
 * @param platform    the chat's platform
 * @param chatId      the team's chat
 * @param revealAt    the time of day (in the daily question's zone) the day's answers are revealed; empty: with the
 *                    next day's post
 * @param mentionRole the platform's id of a group of people the daily post mentions (a role on Discord); empty for none
 */
public record TeamSettings(String platform, String chatId, Optional<LocalTime> revealAt, Optional<String> mentionRole) {

    public TeamSettings {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        revealAt = Objects.requireNonNull(revealAt, "revealAt").map(t -> t.withSecond(0).withNano(0));
        Objects.requireNonNull(mentionRole, "mentionRole");
        if (mentionRole.isPresent() && !mentionRole.get().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a group id is 1-64 letters, digits, - or _: " + mentionRole.get());
        }
    }

    /** A chat's settings before any admin changed them. */
    public static TeamSettings defaults(String platform, String chatId) {
        return new TeamSettings(platform, chatId, Optional.empty(), Optional.empty());
    }

    /** The same settings with answers revealed at this time of day, or with the next post when empty. */
    public TeamSettings withRevealAt(Optional<LocalTime> at) {
        return new TeamSettings(platform, chatId, at, mentionRole);
    }

    /** The same settings mentioning this group in each post, or none. */
    public TeamSettings withMentionRole(Optional<String> role) {
        return new TeamSettings(platform, chatId, revealAt, role);
    }
}
