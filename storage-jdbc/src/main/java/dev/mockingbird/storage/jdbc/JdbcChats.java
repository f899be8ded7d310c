package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.ChatPort;
import java.time.Instant;

/** Chats the bot can no longer post to, in {@code chats}; a chat without a row is active. */
final class JdbcChats implements ChatPort {

    /** The reason column's width. */
    private static final int MAX_REASON = 200;

    private final JdbcTransactions db;

    JdbcChats(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public void markInactive(String platform, String chatId, String reason, Instant at) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO chats (platform, chat_id, active, reason, updated_at)
                        VALUES (:platform, :chat, :active, :reason, :at)
                        ON CONFLICT (platform, chat_id) DO UPDATE SET active = excluded.active,
                            reason = excluded.reason, updated_at = excluded.updated_at""")
                .bind("platform", platform)
                .bind("chat", chatId)
                .bind("active", false)
                .bind("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason)
                .bind("at", at.toEpochMilli())
                .execute());
    }

    @Override
    public void markActive(String platform, String chatId, Instant at) {
        // Only a chat marked inactive has anything to change: every request comes here, and most change nothing.
        db.with(h -> h.createUpdate("""
                        UPDATE chats SET active = :active, reason = NULL, updated_at = :at
                        WHERE platform = :platform AND chat_id = :chat AND active = :inactive""")
                .bind("active", true)
                .bind("inactive", false)
                .bind("at", at.toEpochMilli())
                .bind("platform", platform)
                .bind("chat", chatId)
                .execute());
    }

    @Override
    public boolean isActive(String platform, String chatId) {
        return db.with(h -> h.createQuery("SELECT active FROM chats WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", platform)
                .bind("chat", chatId)
                .mapTo(Boolean.class)
                .findOne()
                .orElse(true));
    }
}
