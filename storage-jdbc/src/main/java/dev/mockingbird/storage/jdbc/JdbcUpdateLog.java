package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.UpdateLogPort;
import java.time.Instant;

/** Handled platform updates in {@code processed_updates}; the primary key recognises a redelivery. */
final class JdbcUpdateLog implements UpdateLogPort {

    private final JdbcTransactions db;

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
    public int forgetUpdatesBefore(Instant before) {
        return db.with(h -> h.createUpdate("DELETE FROM processed_updates WHERE processed_at < :before")
                .bind("before", before.toEpochMilli())
                .execute());
    }
}
