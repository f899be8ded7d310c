package dev.mockingbird.telegram;

import dev.mockingbird.core.Fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock and a sleeper in one: sleeping moves the clock at once and is remembered, so no test waits for real. */
final class ManualTime implements Sleeper {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        if (!duration.isNegative()) {
            clock.advance(duration);
        }
    }

    /** The sleeps that waited at all. */
    List<Duration> waits() {
        return sleeps.stream().filter(d -> !d.isZero() && !d.isNegative()).toList();
    }
}
