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

    /** Feedback quotes a claim at most this long. */
    static final int MAX_QUOTE = 140;
    public WrongClaim {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(said, "said");
        Objects.requireNonNull(misconception, "misconception");
    }

    /** What the person said, cut at a word to a length feedback can quote. */
    public String quote() {
        String text = said.strip();
        if (text.length() <= MAX_QUOTE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_QUOTE);
        return text.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + "…";
    }

    /** The line feedback shows: "✗ You said “…” — what is true". */
    public String feedback() {
        return "✗ You said \u201c" + quote() + "\u201d — " + misconception.correction();
    }
}
