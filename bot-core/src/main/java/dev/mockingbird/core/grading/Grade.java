package dev.mockingbird.core.grading;

import dev.mockingbird.core.bank.KeyPoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a free-text answer did against a question's key points.
 *
 * @param covered  the key points the answer makes
 * @param missed   the key points it does not (including those it gets wrong)
 * @param wrong    wrong claims the answer makes, each about one of the missed points
 * @param critique a short written critique, when a language model graded the answer
 */
public record Grade(List<KeyPoint> covered, List<KeyPoint> missed, List<WrongClaim> wrong, Optional<String> critique) {

    /** A wrong claim costs half a key point: confidently wrong is worse than silent. */
    static final double WRONG_CLAIM_COST = 0.5;

    public Grade {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
        wrong = List.copyOf(wrong);
        Objects.requireNonNull(critique, "critique");
    }

    /** A grade with no written critique. */
    public Grade(List<KeyPoint> covered, List<KeyPoint> missed, List<WrongClaim> wrong) {
        this(covered, missed, wrong, Optional.empty());
    }

    /** A grade that found no wrong claims. */
    public Grade(List<KeyPoint> covered, List<KeyPoint> missed) {
        this(covered, missed, List.of());
    }

    /** The positions, among the question's key points, of the points covered: what a session keeps. */
    public Set<Integer> coveredIndices(List<KeyPoint> points) {
        return indicesOf(covered, points);
    }

    /** The positions of the points the answer got wrong. */
    public Set<Integer> wrongIndices(List<KeyPoint> points) {
        return indicesOf(wrong.stream().map(WrongClaim::point).toList(), points);
    }

    /** Share of key points covered, less half a point per wrong claim, 0 to 100. */
    public int percent() {
        return percent(covered.size(), wrong.size(), covered.size() + missed.size());
    }

    /** The score of {@code covered} points and {@code wrong} wrong claims out of {@code total}, 0 to 100. */
    public static int percent(int covered, int wrong, int total) {
        if (total == 0) {
            return 0;
        }
        return (int) Math.round(Math.max(0, 100.0 * (covered - WRONG_CLAIM_COST * wrong) / total));
    }

    private static Set<Integer> indicesOf(List<KeyPoint> some, List<KeyPoint> points) {
        Set<Integer> indices = new TreeSet<>();
        for (int i = 0; i < points.size(); i++) {
            if (some.contains(points.get(i))) {
                indices.add(i);
            }
        }
        return indices;
    }
}
