package dev.mockingbird.core.bank;

import java.util.Objects;

/**
 * A wrong claim about a key point that a candidate might make with the right words, and what is true instead.
 *
 * @param claim      the wrong claim, as a candidate would say it
 * @param correction one line on what is actually true
 */
public record Misconception(String claim, String correction) {
    public Misconception {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(correction, "correction");
    }
}
