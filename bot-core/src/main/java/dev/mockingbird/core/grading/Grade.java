package dev.mockingbird.core.grading;

import dev.mockingbird.core.bank.KeyPoint;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

    /** The positions, among the question's key points, of the points covered: what a session keeps. */
    public Set<Integer> coveredIndices(List<KeyPoint> points) {
        Set<Integer> indices = new TreeSet<>();
        for (int i = 0; i < points.size(); i++) {
            if (covered.contains(points.get(i))) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** Share of key points covered, 0 to 100. */
    public int percent() {
        int total = covered.size() + missed.size();
        return total == 0 ? 0 : Math.round(100f * covered.size() / total);
    }
}
