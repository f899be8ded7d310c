package dev.mockingbird.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.StorageException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/** A Hikari pool over SQLite or PostgreSQL, migrated by Flyway, with one Jdbi store per aggregate. */
final class JdbcDatabase implements Database {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcDatabase.class);

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Storage storage;

    private JdbcDatabase(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        JdbcTransactions transactions = new JdbcTransactions(jdbi);
        this.storage = new Storage(new JdbcPeople(transactions, clock), new JdbcHistory(transactions),
                new JdbcSessions(transactions), new JdbcUpdateLog(transactions), new JdbcClaims(transactions),
                new JdbcChats(transactions), new JdbcQuizzes(transactions), new JdbcDaily(transactions),
                new JdbcReviews(transactions), transactions);
    }

    /**
     * Opens and migrates.
     *
     * @param target migrate only up to this version (tests of upgrades); empty for the latest
     */
    static JdbcDatabase open(String url, Optional<String> user, Optional<String> password, Clock clock,
                             Optional<String> target) {
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        if (!sqlite && !url.startsWith("jdbc:postgresql:")) {
            throw new StorageException("MOCKINGBIRD_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, not "
                    + safe(url));
        }
        if (sqlite && (url.contains(":memory:") || url.contains("mode=memory") || url.equals("jdbc:sqlite:"))) {
            // Each pooled connection would get its own empty database, and a restart would lose everything.
            throw new StorageException("MOCKINGBIRD_DB_URL " + safe(url) + " is an in-memory SQLite database; give "
                    + "it a file, e.g. jdbc:sqlite:data/mockingbird.db");
        }
        if (sqlite) {
            createFolder(url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.setPoolName("mockingbird-db");
        config.setConnectionTimeout(10_000);
        if (sqlite) {
            // WAL lets readers go on while one writer writes; busy_timeout waits for that writer instead of failing.
            config.setMaximumPoolSize(4);
            config.setConnectionInitSql("PRAGMA busy_timeout = 10000");
            // A unit of work takes the write lock when it begins, so it never fails upgrading a read to a write.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // In WAL mode NORMAL syncs at checkpoints rather than at every commit: a commit survives the process
            // dying, and only an OS crash or power cut can lose the last ones (the file is never corrupted). Every
            // update costs two commits (the unit of work, then "delivered"), and a sync each was most of their time.
            config.addDataSourceProperty("synchronous", "NORMAL");
        } else {
            config.setMaximumPoolSize(10);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("Cannot open the database at " + safe(url) + ": " + rootMessage(e), e);
        }
        try {
            if (sqlite) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                }
            }
            var flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
            target.ifPresent(flyway::target);
            flyway.load().migrate();
        } catch (SQLException | FlywayException e) {
            pool.close();
            throw new StorageException("Cannot prepare the database at " + safe(url) + ": " + rootMessage(e), e);
        }
        return new JdbcDatabase(pool, clock);
    }

    private static void createFolder(String url) {
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot create the database folder " + parent + ": " + e.getMessage(), e);
        }
    }

    /** The URL without credentials a person might have put in it. */
    static String safe(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    private static String rootMessage(Throwable e) {
        return JdbcTransactions.rootMessage(e);
    }

    /** The Jdbi the stores run on, for tests that watch the statements. */
    Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public Storage storage() {
        return storage;
    }

    @Override
    public boolean answers() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            return s.execute("SELECT 1");
        } catch (java.sql.SQLException e) {
            LOG.debug("The database does not answer: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public PoolStats pool() {
        var bean = pool.getHikariPoolMXBean();
        return bean == null ? new PoolStats(0, 0, 0, pool.getMaximumPoolSize())
                : new PoolStats(bean.getActiveConnections(), bean.getIdleConnections(),
                        bean.getThreadsAwaitingConnection(), pool.getMaximumPoolSize());
    }

    @Override
    public void close() {
        pool.close();
    }
}
