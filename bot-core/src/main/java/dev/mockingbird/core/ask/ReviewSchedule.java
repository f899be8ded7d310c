package dev.mockingbird.core.ask;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.Review;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Spaced repetition in the Leitner spirit: a missed question comes back tomorrow, a partly known one in a few days,
 * and each question nailed again waits about two and a half times longer than the last gap, up to half a year.
 */
final class ReviewSchedule {

    static final int MISSED_DAYS = 1;
    static final int PARTLY_DAYS = 3;
    static final int FIRST_NAILED_DAYS = 4;
    static final int MAX_DAYS = 180;

    private ReviewSchedule() {
    }

    static Review next(SessionKey person, String questionId, Optional<Review> previous, Rating rating, Instant now) {
        int last = previous.map(Review::intervalDays).orElse(0);
        // Nailed again before it was due (a double tap, a second press) keeps the gap: it grows once per review.
        boolean early = previous.map(p -> p.due().isAfter(now)).orElse(false);
        int days = switch (rating) {
            case MISSED -> MISSED_DAYS;
            // Partly known: come back soon, but do not throw away a long streak entirely.
            case PARTLY -> Math.max(PARTLY_DAYS, last / 2);
            case NAILED -> last == 0 ? FIRST_NAILED_DAYS
                    : early ? Math.max(FIRST_NAILED_DAYS, last) : Math.min(MAX_DAYS, (int) Math.round(last * 2.5));
        };
        return new Review(person, questionId, now.plus(Duration.ofDays(days)), days);
    }
}
