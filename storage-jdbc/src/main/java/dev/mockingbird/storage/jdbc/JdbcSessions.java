package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionPort;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.util.Optional;

/** Live sessions as small JSON documents in {@code sessions}, stamped with when they last changed. */
final class JdbcSessions implements SessionPort {

    private final JdbcTransactions db;
    private final SessionCodec codec = new SessionCodec();

    JdbcSessions(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<SessionState> load(SessionKey key) {
        return db.with(h -> h.createQuery("SELECT state FROM sessions WHERE session_key = :key")
                .bind("key", key.asString())
                .mapTo(String.class)
                .findOne())
                .flatMap(codec::decode);
    }

    @Override
    public Optional<Instant> version(SessionKey key) {
        return db.with(h -> h.createQuery("SELECT updated_at FROM sessions WHERE session_key = :key")
                .bind("key", key.asString())
                .mapTo(Long.class)
                .findOne())
                .map(Instant::ofEpochMilli);
    }

    @Override
    public void save(SessionKey key, SessionState state) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO sessions (session_key, state, updated_at) VALUES (:key, :state, :at)
                        ON CONFLICT (session_key) DO UPDATE SET state = excluded.state,
                            updated_at = excluded.updated_at""")
                .bind("key", key.asString())
                .bind("state", codec.encode(state))
                .bind("at", state.updatedAt().toEpochMilli())
                .execute());
    }

    @Override
    public boolean deleteSession(SessionKey key) {
        return db.with(h -> h.createUpdate("DELETE FROM sessions WHERE session_key = :key")
                .bind("key", key.asString())
                .execute()) > 0;
    }
}
