package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.HeldReplies;
import dev.mockingbird.core.storage.UpdateLogPort;
import java.time.Instant;
import java.util.Optional;

/** Handled platform updates in {@code processed_updates}; the primary key recognises a redelivery. */
final class JdbcUpdateLog implements UpdateLogPort {

    private final JdbcTransactions db;
    private final ReplyCodec codec = new ReplyCodec();

    JdbcUpdateLog(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public boolean firstSeen(String platform, String updateId, Instant at) {
        return db.with(h -> h.createUpdate("""
                        INSERT INTO processed_updates (platform, update_id, processed_at) VALUES (:platform, :id, :at)
                        ON CONFLICT (platform, update_id) DO NOTHING""")
                .bind("platform", platform)
                .bind("id", updateId)
                .bind("at", at.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public void hold(String platform, String updateId, HeldReplies replies) {
        db.with(h -> h.createUpdate("""
                        UPDATE processed_updates SET held_replies = :replies, held_until = :until
                        WHERE platform = :platform AND update_id = :id""")
                .bind("replies", codec.encode(replies.replies()))
                .bind("until", replies.until().toEpochMilli())
                .bind("platform", platform)
                .bind("id", updateId)
                .execute());
    }

    @Override
    public Optional<HeldReplies> held(String platform, String updateId) {
        return db.with(h -> h.createQuery("""
                        SELECT held_replies, held_until FROM processed_updates
                        WHERE platform = :platform AND update_id = :id AND held_replies IS NOT NULL""")
                .bind("platform", platform)
                .bind("id", updateId)
                .map((rs, ctx) -> new HeldReplies(codec.decode(rs.getString("held_replies")),
                        Instant.ofEpochMilli(rs.getLong("held_until"))))
                .findOne());
    }

    @Override
    public boolean takeOver(String platform, String updateId, Instant now, Instant until) {
        // One conditional update: of several instances asking at once, the row lock lets exactly one through.
        return db.with(h -> h.createUpdate("""
                        UPDATE processed_updates SET held_until = :until
                        WHERE platform = :platform AND update_id = :id AND held_replies IS NOT NULL
                          AND held_until <= :now""")
                .bind("until", until.toEpochMilli())
                .bind("now", now.toEpochMilli())
                .bind("platform", platform)
                .bind("id", updateId)
                .execute()) == 1;
    }

    @Override
    public void delivered(String platform, String updateId) {
        db.with(h -> h.createUpdate("""
                        UPDATE processed_updates SET held_replies = NULL, held_until = NULL
                        WHERE platform = :platform AND update_id = :id AND held_replies IS NOT NULL""")
                .bind("platform", platform)
                .bind("id", updateId)
                .execute());
    }

    @Override
    public int forgetUpdatesBefore(Instant before) {
        return db.with(h -> h.createUpdate("DELETE FROM processed_updates WHERE processed_at < :before")
                .bind("before", before.toEpochMilli())
                .execute());
    }
}
