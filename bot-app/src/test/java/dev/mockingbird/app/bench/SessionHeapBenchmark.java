package dev.mockingbird.app.bench;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.limits.RateLimits;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.storage.jdbc.Database;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Heap per live session: 100,000 people each ask a question in their private chat (a session with a question on the
 * table, kept in the engine's session cache, and a rate-limit bucket each, as the app wires it), then heap used after
 * full GCs, against the same engine before they came, divided by their number. Measured on SQLite (the app's store:
 * what stays on the heap is the cache) and on the in-memory store (where their history is on the heap too). Not a
 * test; run with {@code ./mockingbird bench-heap}.
 */
public final class SessionHeapBenchmark {

    static final int SESSIONS = 100_000;

    private SessionHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        QuestionBank bank = QuestionBank.load(SessionHeapBenchmark.class.getClassLoader(), Optional.empty());
        Path dir = Files.createTempDirectory("mockingbird-heap");
        StringBuilder csv = new StringBuilder();
        try (Database database = Database.open("jdbc:sqlite:" + dir.resolve("heap.db"), Optional.empty(),
                Optional.empty(), Clock.systemUTC())) {
            csv.append(measure("sqlite", bank, database.storage()));
        }
        csv.append(measure("memory", bank, Storage.inMemory()));
        String out = System.getProperty("mockingbird.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), csv, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String measure(String name, QuestionBank bank, Storage storage) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        ChatEngine engine = RateLimits.DEFAULT.around(Mockingbird.builder(bank).storage(storage).clock(clock).build(),
                clock);
        ask(engine, "warm-up");
        long before = heapAfterGc();
        long start = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            ask(engine, name + "-" + i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = heapAfterGc();
        double perSession = (after - before) / (double) SESSIONS;
        System.out.printf(Locale.ROOT, "%-7s %d sessions in %.1f s: heap %d MB -> %d MB, %.0f bytes a session%n",
                name, SESSIONS, seconds, before >> 20, after >> 20, perSession);
        // Keeps the engine (and its cache) reachable until after the measurement.
        ask(engine, "last");
        return String.format(Locale.ROOT, "heap-%s,%.0f%n", name, perSession);
    }

    private static void ask(ChatEngine engine, String person) {
        engine.handle(ChatRequest.text("bench", person, ChatKind.PRIVATE, person, "Bench", "/ask system-design"));
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
