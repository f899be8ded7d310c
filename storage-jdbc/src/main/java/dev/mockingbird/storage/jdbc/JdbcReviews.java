package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.Review;
import dev.mockingbird.core.storage.ReviewPort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Each person's spaced-repetition queue in {@code reviews}, one row per question. */
final class JdbcReviews implements ReviewPort {

    private final JdbcTransactions db;

    JdbcReviews(JdbcTransactions db) {
        this.db = db;
    }

    private static RowMapper<Review> of(SessionKey person) {
        return (rows, ctx) -> new Review(person, rows.getString("question_id"),
                Instant.ofEpochMilli(rows.getLong("due_at")), rows.getInt("interval_days"));
    }

    @Override
    public void schedule(Review review) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO reviews (person_key, question_id, due_at, interval_days)
                        VALUES (:person, :question, :due, :days)
                        ON CONFLICT (person_key, question_id) DO UPDATE SET due_at = excluded.due_at,
                            interval_days = excluded.interval_days""")
                .bind("person", review.person().asString())
                .bind("question", review.questionId())
                .bind("due", review.due().toEpochMilli())
                .bind("days", review.intervalDays())
                .execute());
    }

    @Override
    public Optional<Review> review(SessionKey person, String questionId) {
        return db.with(h -> h.createQuery("SELECT question_id, due_at, interval_days FROM reviews "
                        + "WHERE person_key = :person AND question_id = :question")
                .bind("person", person.asString())
                .bind("question", questionId)
                .map(of(person))
                .findOne());
    }

    @Override
    public List<Review> due(SessionKey person, Instant by, int limit) {
        return db.with(h -> h.createQuery("SELECT question_id, due_at, interval_days FROM reviews "
                        + "WHERE person_key = :person AND due_at <= :by ORDER BY due_at, question_id LIMIT :limit")
                .bind("person", person.asString())
                .bind("by", by.toEpochMilli())
                .bind("limit", limit)
                .map(of(person))
                .collectIntoList());
    }

    @Override
    public Optional<Review> next(SessionKey person, Instant after) {
        return db.with(h -> h.createQuery("SELECT question_id, due_at, interval_days FROM reviews "
                        + "WHERE person_key = :person AND due_at > :after ORDER BY due_at, question_id LIMIT 1")
                .bind("person", person.asString())
                .bind("after", after.toEpochMilli())
                .map(of(person))
                .findOne());
    }

    @Override
    public int deleteReviews(SessionKey person) {
        return db.with(h -> h.createUpdate("DELETE FROM reviews WHERE person_key = :person")
                .bind("person", person.asString())
                .execute());
    }
}
