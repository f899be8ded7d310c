package dev.mockingbird.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.storage.StorageContract;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.Profile;
import dev.mockingbird.core.bank.Level;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract against a real PostgreSQL, each test in a schema of its own that is dropped afterwards. */
class PostgresStorageTest extends StorageContract {

    private TestPostgres.Schema schema;
    private Database database;

    @BeforeEach
    void open() {
        schema = TestPostgres.newSchema();
        database = Database.open(schema.url(), Optional.empty(), Optional.empty(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
        if (schema != null) {
            schema.drop();
        }
    }

    @Override
    protected Storage storage() {
        return database.storage();
    }

    @Test
    void keepsDataAcrossReopeningAndSeveralInstancesShareIt() {
        storage().profiles().save(new Profile(ada, "Ada", Optional.of("databases"), Level.JUNIOR));
        try (Database second = Database.open(schema.url(), Optional.empty(), Optional.empty(), Clock.systemUTC())) {
            assertEquals(Level.JUNIOR, second.storage().profiles().find(ada).orElseThrow().level());
            assertTrue(second.storage().claims().claim("round:1", "second", T0));
        }
        assertEquals(false, storage().claims().claim("round:1", "first", T0));
    }
}
