package dev.mockingbird.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps sending under Telegram's limits: about 30 messages a second overall, one a second per chat and 20 a minute
 * per group. Each send reserves the earliest slot that keeps every window under its limit and waits for it, so
 * concurrent senders queue up instead of all retrying at once.
 */
final class Pacer {

    /**
     * The limits paced to.
     *
     * @param overall    messages per second across all chats
     * @param perChat    the least time between two messages to one chat
     * @param perGroup   messages per minute to one group
     */
    record Limits(int overall, Duration perChat, int perGroup) {
        Limits {
            Objects.requireNonNull(perChat, "perChat");
            if (overall < 1 || perGroup < 1) {
                throw new IllegalArgumentException("limits must allow at least one message");
            }
        }

        /** Telegram's published limits for bots. */
        static Limits telegram() {
            return new Limits(30, Duration.ofSeconds(1), 20);
        }
    }

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Chats quiet for this long are forgotten, so the maps stay small. */
    private static final int FORGET_ABOVE = 10_000;

    private final Limits limits;
    private final Clock clock;
    private final Sleeper sleeper;
    /** The latest slots, oldest first (reservations for different chats can arrive out of order). */
    private final List<Instant> overall = new ArrayList<>();
    private final Map<Long, Instant> lastPerChat = new HashMap<>();
    private final Map<Long, List<Instant>> perGroup = new HashMap<>();

    Pacer(Limits limits, Clock clock, Sleeper sleeper) {
        this.limits = limits;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until a message may go to this chat, and counts it as sent. */
    void acquire(long chatId, boolean group) throws InterruptedException {
        Instant now = clock.instant();
        Instant slot = reserve(chatId, group, now);
        sleeper.sleep(Duration.between(now, slot));
    }

    private synchronized Instant reserve(long chatId, boolean group, Instant now) {
        Instant slot = now;
        if (overall.size() >= limits.overall()) {
            slot = later(slot, overall.getFirst().plus(SECOND));
        }
        Instant last = lastPerChat.get(chatId);
        if (last != null) {
            slot = later(slot, last.plus(limits.perChat()));
        }
        List<Instant> groupWindow = group ? perGroup.computeIfAbsent(chatId, k -> new ArrayList<>()) : null;
        if (groupWindow != null && groupWindow.size() >= limits.perGroup()) {
            slot = later(slot, groupWindow.getFirst().plus(MINUTE));
        }
        record(overall, slot, limits.overall());
        lastPerChat.put(chatId, slot);
        if (groupWindow != null) {
            record(groupWindow, slot, limits.perGroup());
        }
        forgetQuietChats(now);
        return slot;
    }

    /** Adds the slot in order, keeping only the latest {@code limit} slots. */
    private static void record(List<Instant> window, Instant slot, int limit) {
        int at = Collections.binarySearch(window, slot);
        window.add(at >= 0 ? at : -at - 1, slot);
        while (window.size() > limit) {
            window.removeFirst();
        }
    }

    private void forgetQuietChats(Instant now) {
        if (lastPerChat.size() > FORGET_ABOVE) {
            Instant quiet = now.minus(MINUTE);
            lastPerChat.values().removeIf(t -> t.isBefore(quiet));
            perGroup.values().removeIf(w -> w.isEmpty() || w.getLast().isBefore(quiet));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
