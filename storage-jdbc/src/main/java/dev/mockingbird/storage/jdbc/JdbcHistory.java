package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.HistoryEntry;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Outcome;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What each owner was asked, one row per ask in {@code history}, numbered per owner; the unique key on the number
 * turns two racing asks into one failed unit of work rather than two rows claiming the same place.
 */
final class JdbcHistory implements HistoryPort {

    private final JdbcTransactions db;

    JdbcHistory(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public void recordAsked(SessionKey owner, String questionId, Instant at) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO history (id, owner, seq, question_id, asked_at, outcome, score, updated_at)
                        SELECT :id, :owner, COALESCE(MAX(seq), 0) + 1, :question, :at, :outcome, NULL, :at
                        FROM history WHERE owner = :owner""")
                .bind("id", UUID.randomUUID().toString())
                .bind("owner", owner.asString())
                .bind("question", questionId)
                .bind("at", at.toEpochMilli())
                .bind("outcome", Outcome.ASKED.name())
                .execute());
    }

    @Override
    public void recordOutcome(SessionKey owner, String questionId, Outcome outcome, OptionalInt score, Instant at) {
        db.with(h -> {
            var update = h.createUpdate("""
                    UPDATE history SET outcome = :outcome, score = COALESCE(:score, score), updated_at = :at
                    WHERE id = (SELECT id FROM history WHERE owner = :owner AND question_id = :question
                                ORDER BY seq DESC LIMIT 1)""")
                    .bind("outcome", outcome.name())
                    .bind("at", at.toEpochMilli())
                    .bind("owner", owner.asString())
                    .bind("question", questionId);
            if (score.isPresent()) {
                update.bind("score", score.getAsInt());
            } else {
                update.bindNull("score", Types.INTEGER);
            }
            return update.execute();
        });
    }

    @Override
    public Map<String, Integer> askCounts(SessionKey owner) {
        return db.with(h -> h.createQuery("""
                        SELECT question_id, COUNT(*) AS asked FROM history WHERE owner = :owner GROUP BY question_id""")
                .bind("owner", owner.asString())
                .map((rows, ctx) -> Map.entry(rows.getString("question_id"), rows.getInt("asked")))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public Optional<String> lastAsked(SessionKey owner) {
        return db.with(h -> h.createQuery("SELECT question_id FROM history WHERE owner = :owner ORDER BY seq DESC "
                        + "LIMIT 1")
                .bind("owner", owner.asString())
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public AskedSoFar askedSoFar(SessionKey owner) {
        // One read: the counts per question, and per question its latest ask, whose largest is the last one asked.
        Map<String, Integer> counts = new java.util.HashMap<>();
        List<Map.Entry<String, Long>> latest = db.with(h -> h.createQuery("""
                        SELECT question_id, COUNT(*) AS asked, MAX(seq) AS last_seq FROM history WHERE owner = :owner
                        GROUP BY question_id""")
                .bind("owner", owner.asString())
                .map((rows, ctx) -> {
                    counts.put(rows.getString("question_id"), rows.getInt("asked"));
                    return Map.entry(rows.getString("question_id"), rows.getLong("last_seq"));
                })
                .list());
        return new AskedSoFar(counts, latest.stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey));
    }

    @Override
    public List<HistoryEntry> recent(SessionKey owner, int limit) {
        return db.with(h -> h.createQuery("""
                        SELECT question_id, asked_at, outcome, score FROM history WHERE owner = :owner
                        ORDER BY seq DESC LIMIT :limit""")
                .bind("owner", owner.asString())
                .bind("limit", limit)
                .map((rows, ctx) -> {
                    int score = rows.getInt("score");
                    OptionalInt graded = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(score);
                    return new HistoryEntry(rows.getString("question_id"),
                            Instant.ofEpochMilli(rows.getLong("asked_at")), Outcome.valueOf(rows.getString("outcome")),
                            graded);
                })
                .collectIntoList());
    }

    @Override
    public int deleteHistory(SessionKey owner) {
        return db.with(h -> {
            int questions = h.createQuery("SELECT COUNT(DISTINCT question_id) FROM history WHERE owner = :owner")
                    .bind("owner", owner.asString())
                    .mapTo(Integer.class)
                    .one();
            h.createUpdate("DELETE FROM history WHERE owner = :owner").bind("owner", owner.asString()).execute();
            return questions;
        });
    }
}
