package dev.mockingbird.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.storage.HistoryEntry;
import dev.mockingbird.core.storage.StorageContract;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.session.SessionKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    private void upgradesAnOldSchemaKeepingItsData(String url) throws Exception {
        // given a database at schema version 1 with a person, a history row and a session written by that version
        JdbcDatabase.open(url, Optional.empty(), Optional.empty(), Clock.systemUTC(), Optional.of("1")).close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO people VALUES ('telegram', '42', 'Ada', 'databases', 'senior', 1)");
            s.execute("INSERT INTO history VALUES ('h1', 'telegram:user:42', 1, 'databases/acid', 5, 'REVEALED', NULL, 6)");
            s.execute("INSERT INTO sessions VALUES ('telegram:user:42', '{\"v\":1,\"type\":\"asking\","
                    + "\"questionId\":\"databases/acid\",\"level\":\"senior\",\"revealed\":false,\"askedAt\":5,"
                    + "\"updatedAt\":6,\"track\":\"databases\"}', 6)");
        }
        // when the current version opens it
        try (Database db = Database.open(url, Optional.empty(), Optional.empty(), Clock.systemUTC())) {
            // then the old data is all there and the new tables work
            SessionKey ada = new SessionKey("telegram", "user", "42");
            assertEquals(Level.SENIOR, db.storage().profiles().find(ada).orElseThrow().level());
            assertEquals(Map.of("databases/acid", 1), db.storage().history().askCounts(ada));
            assertTrue(db.storage().sessions().load(ada).isPresent());
            assertTrue(db.storage().updates().firstSeen("telegram", "1", StorageContract.T0));
        }
    }

    @Test
    void upgradesAnOldSqliteSchemaKeepingItsData() throws Exception {
        upgradesAnOldSchemaKeepingItsData("jdbc:sqlite:" + dir.resolve("old.db"));
    }

    @Test
    void upgradesAnOldPostgresSchemaKeepingItsData() throws Exception {
        TestPostgres.Schema schema = TestPostgres.newSchema();
        try {
            upgradesAnOldSchemaKeepingItsData(schema.url());
        } finally {
            schema.drop();
        }
    }

    private void numbersEachOwnersAsksUniquely(String url) throws Exception {
        // given a database from before the unique key, where two racing asks took the same number
        JdbcDatabase.open(url, Optional.empty(), Optional.empty(), Clock.systemUTC(), Optional.of("8")).close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO history VALUES ('h1', 'telegram:user:42', 1, 'sd/a', 5, 'ASKED', NULL, 5)");
            s.execute("INSERT INTO history VALUES ('h2', 'telegram:user:42', 1, 'sd/b', 6, 'ASKED', NULL, 6)");
            s.execute("INSERT INTO history VALUES ('h3', 'telegram:user:42', 2, 'sd/c', 7, 'ASKED', NULL, 7)");
        }
        // when the current version opens it
        try (Database db = Database.open(url, Optional.empty(), Optional.empty(), Clock.systemUTC())) {
            // then every ask is kept, in the order asked, and the next ask takes the next number
            SessionKey ada = new SessionKey("telegram", "user", "42");
            db.storage().history().recordAsked(ada, "sd/d", StorageContract.T0);
            assertEquals(List.of("sd/d", "sd/c", "sd/b", "sd/a"), db.storage().history().recent(ada, 9).stream()
                    .map(HistoryEntry::questionId).toList());
        }
        // and a second row with a taken number is refused
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO history VALUES ('h9', 'telegram:user:42', 4, 'sd/e', 8, 'ASKED', NULL, 8)"));
        }
    }

    @Test
    void numbersEachOwnersAsksUniquelyInSqlite() throws Exception {
        numbersEachOwnersAsksUniquely("jdbc:sqlite:" + dir.resolve("seq.db"));
    }

    @Test
    void numbersEachOwnersAsksUniquelyInPostgres() throws Exception {
        TestPostgres.Schema schema = TestPostgres.newSchema();
        try {
            numbersEachOwnersAsksUniquely(schema.url());
        } finally {
            schema.drop();
        }
    }
}
