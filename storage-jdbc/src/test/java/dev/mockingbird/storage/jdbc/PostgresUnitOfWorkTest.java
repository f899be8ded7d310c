package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.UnitOfWorkContract;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The unit-of-work contract against a real PostgreSQL, in a schema of its own. */
class PostgresUnitOfWorkTest extends UnitOfWorkContract {

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
}
