package dev.mockingbird.core.storage;

import java.time.Instant;

/**
 * Claims work that must happen once across all instances (a daily post, the end of a quiz round). The claim is a row
 * with a unique key, so exactly one instance wins, whatever the timing.
 */
public interface ClaimPort {

    /** True for exactly one caller per key. */
    boolean claim(String key, String instance, Instant at);

    /** Whether someone holds this claim. */
    boolean claimed(String key);

    /** Gives a claim back when the work failed in a way a later try may fix, so another attempt can claim it. */
    void release(String key);

    /** Drops claims made before this time, whose work is long done; returns how many. */
    int forgetClaimsBefore(Instant before);
}
