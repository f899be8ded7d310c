package dev.mockingbird.core.grading;

import dev.mockingbird.core.bank.KeyPoint;
import java.util.List;

/**
 * How a free-text answer did against a question's key points.
 *
 * @param covered the key points the answer signals
 * @param missed  the key points it does not
 */
public record Grade(List<KeyPoint> covered, List<KeyPoint> missed) {

    public Grade {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
    }

    /** Share of key points covered, 0 to 100. */
    public int percent() {
        int total = covered.size() + missed.size();
        return total == 0 ? 0 : Math.round(100f * covered.size() / total);
    }
}
