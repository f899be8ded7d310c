package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.UnitOfWorkContract;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteUnitOfWorkTest extends UnitOfWorkContract {

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + dir.resolve("uow.db"), Optional.empty(), Optional.empty(),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    protected Storage storage() {
        return database.storage();
    }
}
