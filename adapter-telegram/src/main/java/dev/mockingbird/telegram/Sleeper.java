package dev.mockingbird.telegram;

import java.time.Duration;

/** Waits; injected so pacing and back-off can be tested without sleeping for real. */
@FunctionalInterface
interface Sleeper {

    /** Waits for the duration (nothing for zero or less). */
    void sleep(Duration duration) throws InterruptedException;

    /** Real time. */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d);
            }
        };
    }
}
