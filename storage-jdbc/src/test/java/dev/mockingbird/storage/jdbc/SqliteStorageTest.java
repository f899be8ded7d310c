package dev.mockingbird.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.storage.StorageContract;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.StorageException;
import dev.mockingbird.core.storage.Profile;
import dev.mockingbird.core.bank.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStorageTest extends StorageContract {

    @TempDir
    Path dir;
    private Database database;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("nested/folder/mockingbird.db");
    }

    @BeforeEach
    void open() {
        database = Database.open(url(), Optional.empty(), Optional.empty(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    protected Storage storage() {
        return database.storage();
    }

    @Test
    void createsTheFolderAndKeepsDataAcrossReopening() {
        assertTrue(Files.exists(dir.resolve("nested/folder/mockingbird.db")));
        storage().profiles().save(new Profile(ada, "Ada", Optional.empty(), Level.SENIOR));
        storage().history().recordAsked(ada, "sd/a", T0);
        database.close();
        database = Database.open(url(), Optional.empty(), Optional.empty(), Clock.systemUTC());
        assertEquals(Level.SENIOR, storage().profiles().find(ada).orElseThrow().level());
        assertEquals(Map.of("sd/a", 1), storage().history().askCounts(ada));
    }

    @Test
    void usesWriteAheadLogging() throws Exception {
        try (var c = java.sql.DriverManager.getConnection(url()); var s = c.createStatement();
             var rows = s.executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertEquals("wal", rows.getString(1));
        }
    }

    @Test
    void anUnusableUrlIsOneClearLineWithoutThePassword() {
        StorageException wrongKind = assertThrows(StorageException.class,
                () -> Database.open("jdbc:mysql://db/x", Optional.empty(), Optional.empty(), Clock.systemUTC()));
        assertTrue(wrongKind.getMessage().contains("jdbc:sqlite: or jdbc:postgresql:"), wrongKind.getMessage());
        StorageException unreachable = assertThrows(StorageException.class,
                () -> Database.open("jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter2", Optional.of("bob"),
                        Optional.of("hunter2"), Clock.systemUTC()));
        assertTrue(unreachable.getMessage().startsWith("Cannot open the database at jdbc:postgresql://127.0.0.1:1/"),
                unreachable.getMessage());
        assertTrue(!unreachable.getMessage().contains("hunter2") && unreachable.getMessage().lines().count() == 1,
                unreachable.getMessage());
        StorageException inMemory = assertThrows(StorageException.class,
                () -> Database.open("jdbc:sqlite::memory:", Optional.empty(), Optional.empty(), Clock.systemUTC()));
        assertTrue(inMemory.getMessage().contains("in-memory SQLite database; give it a file"), inMemory.getMessage());
    }
}
