package dev.mockingbird.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One person's private answer to a team post, as graded.
 *
 * @param postId     the post answered
 * @param userId     who answered
 * @param userName   their name as the platform shows it
 * @param covered    the indices of the question's key points the answer covered, ascending
 * @param score      the grade, 0-100
 * @param answeredAt when; a later answer of the same person replaces this one
 */
public record TeamAnswer(String postId, String userId, String userName, List<Integer> covered, int score,
                         Instant answeredAt) {

    public TeamAnswer {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(answeredAt, "answeredAt");
        covered = covered.stream().sorted().distinct().toList();
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0-100: " + score);
        }
    }
}
