package dev.mockingbird.storage.jdbc.bench;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.storage.jdbc.Database;
import dev.mockingbird.core.storage.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost of one question round trip (/ask then /answer) through the whole engine on each store. Run with
 * {@code ./mockingbird bench}; PostgreSQL is measured when MOCKINGBIRD_TEST_PG_URL names one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    @Param({"memory", "sqlite", "postgresql"})
    public String store;

    private ChatEngine engine;
    private Database database;
    private Path dir;
    private String schema;
    private String pgUrl;
    private final AtomicLong people = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Storage storage;
        switch (store) {
            case "memory" -> storage = Storage.inMemory();
            case "sqlite" -> {
                dir = Files.createTempDirectory("mockingbird-bench");
                database = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"), Optional.empty(),
                        Optional.empty(), Clock.systemUTC());
                storage = database.storage();
            }
            default -> {
                String url = Optional.ofNullable(System.getenv("MOCKINGBIRD_TEST_PG_URL"))
                        .orElseThrow(() -> new IllegalStateException("set MOCKINGBIRD_TEST_PG_URL to benchmark "
                                + "PostgreSQL"));
                // A schema of its own, dropped afterwards, so the benchmark leaves the database as it found it.
                schema = "mb_bench_" + Long.toHexString(System.nanoTime());
                pgUrl = url;
                try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema);
                }
                database = Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        Optional.empty(), Optional.empty(), Clock.systemUTC());
                storage = database.storage();
            }
        }
        engine = Mockingbird.builder(Fixtures.bank()).storage(storage).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (database != null) {
            database.close();
        }
        if (schema != null) {
            try (var c = DriverManager.getConnection(pgUrl); var s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One person asks a question and reveals its answer; a different person each time, as in a busy chat. */
    @Benchmark
    public List<Reply> askThenAnswer() {
        String id = "bench-" + people.incrementAndGet();
        engine.handle(ChatRequest.text("bench", id, ChatKind.PRIVATE, id, "Bench", "/ask sd"));
        return engine.handle(ChatRequest.text("bench", id, ChatKind.PRIVATE, id, "Bench", "/answer"));
    }
}
