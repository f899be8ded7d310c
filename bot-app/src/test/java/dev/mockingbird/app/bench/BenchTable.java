package dev.mockingbird.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the whole speed table from what {@code ./mockingbird bench-all} left in its folder: each figure beside
 * its target from issue 14 and whether it was met, then p50/p99 per engine command. A figure whose benchmark did not
 * run (PostgreSQL without MOCKINGBIRD_TEST_PG_URL, say) says so.
 */
public final class BenchTable {

    private final Path dir;
    private final List<String[]> rows = new ArrayList<>();

    private BenchTable(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        new BenchTable(Path.of(args.length > 0 ? args[0] : "target/bench")).print();
    }

    private void print() throws IOException {
        Map<String, Double> throughput = new LinkedHashMap<>();
        for (int threads : new int[] {1, 2}) {
            for (List<String> row : csv("engine-t" + threads + ".csv", true)) {
                // JMH: Benchmark, Mode, Threads, Samples, Score, Error, Unit, Param: store
                throughput.put(row.get(7) + "/" + threads, Double.parseDouble(row.get(4)));
            }
        }
        Optional<Double> memory1 = Optional.ofNullable(throughput.get("memory/1"));
        Optional<Double> memory2 = Optional.ofNullable(throughput.get("memory/2"));
        add("engine mix, memory, 1 thread", memory1.map(v -> perSecond(v)), ">= 100,000/s per core",
                memory1.map(v -> v >= 100_000));
        add("engine mix, memory, 2 threads", memory2.map(v -> perSecond(v) + " (" + perSecond(v / 2) + " a core)"),
                ">= 100,000/s per core", memory2.map(v -> v / 2 >= 100_000));
        for (String store : List.of("sqlite", "postgresql")) {
            double target = store.equals("sqlite") ? 5_000 : 3_000;
            Optional<Double> one = Optional.ofNullable(throughput.get(store + "/1"));
            Optional<Double> two = Optional.ofNullable(throughput.get(store + "/2"));
            add("engine mix, " + store + ", 1 thread", one.map(BenchTable::perSecond), "-", Optional.empty());
            add("engine mix, " + store + ", 2 threads", two.map(BenchTable::perSecond),
                    ">= " + perSecond(target) + " on 2 threads", two.map(v -> v >= target));
        }
        Map<String, List<String>> telegram = new LinkedHashMap<>();
        for (List<String> row : csv("telegram.csv", false)) {
            if (row.get(1).equals("all")) {
                telegram.put(row.get(0), row);
            }
        }
        Optional<List<String>> echo = Optional.ofNullable(telegram.get("echo"));
        add("Telegram reply, echo bot", echo.map(r -> "p50 " + r.get(3) + " ms, p99 " + r.get(4) + " ms"),
                "baseline", Optional.empty());
        for (String bot : List.of("memory", "sqlite")) {
            Optional<List<String>> r = Optional.ofNullable(telegram.get(bot));
            add("Telegram reply, Mockingbird " + bot, r.map(x -> "p50 " + x.get(3) + " ms (" + x.get(7)
                    + "x echo), p99 " + x.get(4) + " ms"), "p50 <= 1.2x echo",
                    r.map(x -> Double.parseDouble(x.get(7)) <= 1.2));
        }
        Map<String, List<String>> single = new LinkedHashMap<>();
        for (String file : List.of("heap.csv", "bank.csv", "startup.csv")) {
            for (List<String> row : csv(file, false)) {
                single.put(row.getFirst(), row);
            }
        }
        for (String store : List.of("sqlite", "memory")) {
            Optional<Double> bytes = value(single, "heap-" + store, 1);
            add("heap per live session, 100,000, " + store, bytes.map(b -> String.format(Locale.ROOT, "%.0f B", b)),
                    "<= 2 KB", bytes.map(b -> b <= 2048));
        }
        Optional<Double> load = value(single, "load", 1);
        add("100,000-question bank, load (cold)", load.map(ms -> String.format(Locale.ROOT, "%.2f s", ms / 1000)),
                "< 2 s", load.map(ms -> ms < 2000));
        Optional<Double> pick = value(single, "pick-track", 2);
        add("100,000-question bank, pick /ask <track> <level>", pick.map(us -> String.format(Locale.ROOT,
                "p50 %s us, p99 %.1f us", single.get("pick-track").get(1), us)), "p99 < 50 us",
                pick.map(us -> us < 50));
        Optional<Double> pickAll = value(single, "pick-all", 2);
        add("100,000-question bank, pick /ask <level> (every track)", pickAll.map(us -> String.format(Locale.ROOT,
                "p50 %s us, p99 %.1f us", single.get("pick-all").get(1), us)), "p99 < 50 us",
                pickAll.map(us -> us < 50));
        Optional<Double> cds = value(single, "startup", 2);
        add("jar start-up to running, with the launcher's CDS archive", cds.map(s -> String.format(Locale.ROOT,
                "%.2f s (%s s without CDS)", s, single.get("startup").get(1))), "<= 1.5 s", cds.map(s -> s <= 1.5));

        System.out.println();
        System.out.println("| what | figure | target | met |");
        System.out.println("|---|---|---|---|");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        List<List<String>> latency = csv("engine-latency.csv", false);
        if (!latency.isEmpty()) {
            System.out.println();
            System.out.println("| store | threads | command | p50 us | p99 us | failed |");
            System.out.println("|---|---|---|---|---|---|");
            for (List<String> row : latency) {
                System.out.println("| " + row.get(0) + " | " + row.get(1) + " | " + row.get(2) + " | " + row.get(4)
                        + " | " + row.get(5) + " | " + row.get(6) + " |");
            }
        }
        Path statements = dir.resolve("statements.txt");
        if (Files.exists(statements)) {
            System.out.println();
            System.out.println(Files.readString(statements).strip());
        }
    }

    private static Optional<Double> value(Map<String, List<String>> rows, String key, int column) {
        return Optional.ofNullable(rows.get(key)).map(r -> Double.parseDouble(r.get(column)));
    }

    private void add(String what, Optional<String> figure, String target, Optional<Boolean> met) {
        rows.add(new String[] {what, figure.orElse("not measured"), target,
            figure.isEmpty() ? "-" : met.map(m -> m ? "yes" : "no").orElse("-")});
    }

    private static String perSecond(double value) {
        return String.format(Locale.ROOT, "%,.0f/s", value);
    }

    private List<List<String>> csv(String name, boolean header) throws IOException {
        Path file = dir.resolve(name);
        List<List<String>> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file);
        for (String line : header ? lines.subList(Math.min(1, lines.size()), lines.size()) : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String field : line.split(",", -1)) {
                fields.add(field.replace("\"", "").strip());
            }
            out.add(fields);
        }
        return out;
    }
}
