package dev.mockingbird.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.session.SessionKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
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
}
