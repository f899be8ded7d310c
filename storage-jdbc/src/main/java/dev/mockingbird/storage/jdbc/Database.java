package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.StorageException;
import java.time.Clock;
import java.util.Optional;

/**
 * A SQL database holding everything people did, opened from a JDBC URL: SQLite ({@code jdbc:sqlite:path}) by
 * default, PostgreSQL ({@code jdbc:postgresql://...}) for scale. One Jdbi code path serves both; migrations run on
 * open.
 */
public interface Database extends AutoCloseable {

    /** The ports over this database, with their transactions. */
    Storage storage();

    /** Whether the database answers a trivial query within a second (what a readiness check asks). */
    boolean answers();

    /** The connection pool's state now. */
    PoolStats pool();

    /**
     * How busy the connection pool is.
     *
     * @param active  connections in use
     * @param idle    connections open and free
     * @param waiting threads waiting for a connection
     * @param max     the pool's size limit
     */
    record PoolStats(int active, int idle, int waiting, int max) {
    }

    /** Closes the connection pool. */
    @Override
    void close();

    /**
     * Opens the database, creating the SQLite file's folder when needed, and migrates the schema to the latest
     * version.
     *
     * @throws StorageException with a one-line message (no password) when it cannot be opened or migrated
     */
    static Database open(String url, Optional<String> user, Optional<String> password, Clock clock) {
        return JdbcDatabase.open(url, user, password, clock, Optional.empty());
    }
}
