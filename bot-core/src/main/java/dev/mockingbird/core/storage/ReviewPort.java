package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each person's spaced-repetition queue: which questions to see again, and when. */
public interface ReviewPort {

    /** Adds or replaces a question's review. */
    void schedule(Review review);

    /** The person's review of this question. */
    Optional<Review> review(SessionKey person, String questionId);

    /** The person's reviews due by this time, most overdue first. */
    List<Review> due(SessionKey person, Instant by, int limit);

    /** The person's next review after this time. */
    Optional<Review> next(SessionKey person, Instant after);

    /** Deletes the person's queue; returns how many reviews went. */
    int deleteReviews(SessionKey person);
}
