package dev.mockingbird.core.limits;

import dev.mockingbird.core.ChatEngine;
import java.time.Clock;
import java.util.Objects;

/**
 * How often people may use the bot: each person's commands, messages and presses across all chats, and each group's
 * actions that change what the whole chat shares (starting quiz games, changing the daily question or the quiz
 * settings). Past a limit the bot says so once, politely, and then stays silent until it passes.
 *
 * @param perMinute          a person's sustained requests a minute
 * @param burst              how many a person may send at once
 * @param groupActionsPerMin a group's sustained shared-settings actions a minute
 * @param groupBurst         how many of those at once
 */
public record RateLimits(int perMinute, int burst, int groupActionsPerMin, int groupBurst) {

    /** 20 a minute with bursts of 5 per person; 6 a minute with bursts of 3 per group. */
    public static final RateLimits DEFAULT = new RateLimits(20, 5, 6, 3);

    public RateLimits {
        if (perMinute < 1 || burst < 1 || groupActionsPerMin < 1 || groupBurst < 1) {
            throw new IllegalArgumentException("rate limits must be positive: " + perMinute + "/" + burst + ", "
                    + groupActionsPerMin + "/" + groupBurst);
        }
    }

    /** The engine behind these limits, timed by this clock. */
    public ChatEngine around(ChatEngine engine, Clock clock) {
        return new RateLimitedEngine(Objects.requireNonNull(engine), this, Objects.requireNonNull(clock));
    }
}
