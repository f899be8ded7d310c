package dev.mockingbird.storage.jdbc.bench;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.storage.jdbc.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Engine commands per second for a realistic mix, on each store, as the adapters drive it: every update carries an
 * update id and is confirmed delivered after it was handled (two transactions per command). Each benchmark call is
 * one command of the thread's cycle: {@code /ask}, an own answer, {@code /answer}, {@code /next} by one of the
 * thread's people in their private chat, then a quiz press by a new player in the thread's group, whose single
 * round is restarted with {@code /quiz 1} every {@value #PRESSES_PER_ROUND} presses. Threads never share a chat or a
 * person. Throughput comes from JMH; p50/p99 per command from the nanos recorded around each call in measurement
 * iterations, printed at the end and appended to {@code mockingbird.bench.out} (CSV) when that is set.
 *
 * <p>Run with {@code ./mockingbird bench} (adds {@code -t 1} and {@code -t 2} runs); PostgreSQL is measured when
 * MOCKINGBIRD_TEST_PG_URL names one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    /** The commands of the mix, in the order a thread's cycle runs them (a quiz start only every few cycles). */
    enum Command { ASK, OWN_ANSWER, ANSWER, NEXT, QUIZ_PRESS, QUIZ_START }

    static final int PRESSES_PER_ROUND = 10;
    /** People per thread, taken in turn: each comes back after this many cycles, with a growing history. */
    static final int PEOPLE_PER_THREAD = 1_000;
    private static final String PLATFORM = "bench";
    private static final String STORAGE_TROUBLE = "a storage problem";

    /** The engine over one store, shared by the threads, and what they measured. */
    @State(Scope.Benchmark)
    public static class Engine {

        @Param({"memory", "sqlite", "postgresql"})
        public String store;

        ChatEngine engine;
        private Database database;
        private Path dir;
        private String schema;
        private String pgUrl;
        final AtomicInteger threads = new AtomicInteger();
        final ConcurrentLinkedQueue<Samples> samples = new ConcurrentLinkedQueue<>();
        int threadCount;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) throws Exception {
            threadCount = params.getThreads();
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
            report();
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
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }

        private void report() throws IOException {
            StringBuilder csv = new StringBuilder();
            System.out.printf(Locale.ROOT, "%n%-10s %-8s %-12s %9s %10s %10s %8s%n", "store", "threads", "command",
                    "count", "p50 us", "p99 us", "failed");
            for (Command command : Command.values()) {
                LongList all = new LongList();
                int failed = 0;
                for (Samples s : samples) {
                    all.addAll(s.nanos[command.ordinal()]);
                    failed += s.failed[command.ordinal()];
                }
                long[] sorted = all.sorted();
                double p50 = percentile(sorted, 0.50) / 1e3;
                double p99 = percentile(sorted, 0.99) / 1e3;
                String name = command.name().toLowerCase(Locale.ROOT);
                System.out.printf(Locale.ROOT, "%-10s %-8d %-12s %9d %10.1f %10.1f %8d%n", store, threadCount,
                        name, sorted.length, p50, p99, failed);
                csv.append(String.format(Locale.ROOT, "%s,%d,%s,%d,%.1f,%.1f,%d%n", store, threadCount, name,
                        sorted.length, p50, p99, failed));
            }
            String out = System.getProperty("mockingbird.bench.out");
            if (out != null) {
                Files.writeString(Path.of(out), csv, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    /** One thread's people, group and place in the cycle, and the times it recorded. */
    @State(Scope.Thread)
    public static class Chats {
        private String prefix = "";
        private String group = "";
        private long step;
        private long updates;
        private int pressed = PRESSES_PER_ROUND;
        private long players;
        private String pressData = "";
        private Samples samples = new Samples();
        private boolean measuring;

        @Setup(Level.Trial)
        public void setUp(Engine engine) {
            int index = engine.threads.getAndIncrement();
            prefix = "t" + index + "-";
            group = "-100" + index;
            samples = new Samples();
            engine.samples.add(samples);
        }

        @Setup(Level.Iteration)
        public void iteration(IterationParams params) {
            measuring = params.getType() == IterationType.MEASUREMENT;
        }
    }

    /** Nanos per command and failed replies (the engine's storage-trouble answer), per thread. */
    static final class Samples {
        final LongList[] nanos = new LongList[Command.values().length];
        final int[] failed = new int[Command.values().length];

        Samples() {
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = new LongList();
            }
        }
    }

    /** One command of the thread's cycle. */
    @Benchmark
    public List<Reply> mix(Engine engine, Chats chats) {
        if (chats.pressed >= PRESSES_PER_ROUND && chats.step % 5 == 4) {
            chats.pressed = 0;
            List<Reply> round = run(engine, chats, Command.QUIZ_START, ChatRequest.text(PLATFORM, chats.group,
                    ChatKind.GROUP, chats.prefix + "starter", "Starter", "/quiz 1"));
            chats.pressData = round.isEmpty() ? "" : Fixtures.buttons(round.getLast()).stream().findFirst()
                    .map(b -> b.data()).orElse("");
            return round;
        }
        long cycle = chats.step / 5;
        String person = chats.prefix + (cycle % PEOPLE_PER_THREAD);
        int at = (int) (chats.step++ % 5);
        return switch (at) {
            case 0 -> run(engine, chats, Command.ASK, privateText(person, "/ask sd"));
            case 1 -> run(engine, chats, Command.OWN_ANSWER,
                    privateText(person, "We cache hot reads in Redis and put a queue in front of the writes."));
            case 2 -> run(engine, chats, Command.ANSWER, privateText(person, "/answer"));
            case 3 -> run(engine, chats, Command.NEXT, privateText(person, "/next"));
            default -> {
                chats.pressed++;
                String player = chats.prefix + "p" + chats.players++;
                yield run(engine, chats, Command.QUIZ_PRESS, ChatRequest.press(PLATFORM, chats.group, ChatKind.GROUP,
                        player, "Player", chats.pressData));
            }
        };
    }

    private static ChatRequest privateText(String person, String text) {
        return ChatRequest.text(PLATFORM, person, ChatKind.PRIVATE, person, "Bench", text);
    }

    /** A command as an adapter runs it: handled, then confirmed delivered. */
    private static List<Reply> run(Engine engine, Chats chats, Command command, ChatRequest request) {
        ChatRequest update = request.withUpdateId(chats.prefix + chats.updates++);
        long start = System.nanoTime();
        List<Reply> replies = engine.engine.handle(update);
        engine.engine.delivered(update);
        long took = System.nanoTime() - start;
        if (chats.measuring) {
            chats.samples.nanos[command.ordinal()].add(took);
        }
        for (Reply reply : replies) {
            if (Fixtures.text(reply).contains(STORAGE_TROUBLE)) {
                chats.samples.failed[command.ordinal()]++;
            }
        }
        return replies;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }

    /** A growable list of longs without boxing, so recording a sample costs next to nothing. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        long[] sorted() {
            long[] copy = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.sort(copy);
            return copy;
        }
    }
}
