package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.ClaimPort;
import java.time.Instant;

/** Once-only work in {@code claims}: inserting the key is the claim, and only one insert of a key succeeds. */
final class JdbcClaims implements ClaimPort {

    private final JdbcTransactions db;

    JdbcClaims(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public boolean claim(String key, String instance, Instant at) {
        return db.with(h -> h.createUpdate("""
                        INSERT INTO claims (claim_key, instance, claimed_at) VALUES (:key, :instance, :at)
                        ON CONFLICT (claim_key) DO NOTHING""")
                .bind("key", key)
                .bind("instance", instance)
                .bind("at", at.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public boolean claimed(String key) {
        return db.with(h -> h.createQuery("SELECT 1 FROM claims WHERE claim_key = :key")
                .bind("key", key)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }

    @Override
    public void release(String key) {
        db.with(h -> h.createUpdate("DELETE FROM claims WHERE claim_key = :key").bind("key", key).execute());
    }

    @Override
    public int forgetClaimsBefore(Instant before) {
        return db.with(h -> h.createUpdate("DELETE FROM claims WHERE claimed_at < :before")
                .bind("before", before.toEpochMilli())
                .execute());
    }
}
