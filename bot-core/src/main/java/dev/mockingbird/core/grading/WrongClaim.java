package dev.mockingbird.core.grading;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Misconception;
import java.util.Objects;

/**
 * A wrong claim found in an answer: what the person said, the key point it is wrong about, and the misconception it
 * matches (whose correction the feedback shows).
 *
 * @param point         the key point the claim contradicts
 * @param said          the person's own sentence that makes the claim
 * @param misconception the known misconception it matches
 */
public record WrongClaim(KeyPoint point, String said, Misconception misconception) {
    public WrongClaim {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(misconception, "misconception");
    }
}
