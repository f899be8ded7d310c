package dev.mockingbird.app.scale;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput and latency of one, two and three instances on one PostgreSQL, in webhook mode behind a round-robin
 * "load balancer", with a loopback Bot API: a bounded, closed-loop load that stops by itself. Not a test (it only
 * measures); run with {@code ./mockingbird bench-scale} and record the table in docs/scaling.md.
 */
public final class ScaleBenchmark {

    private static final int PEOPLE = 50;
    private static final int ROUNDS = 4;
    /** Each of these is answered with exactly one message. */
    private static final List<String> SCRIPT = List.of("/start", "/ask system-design",
            "We cache hot links in Redis and encode a counter in base62.", "/hint", "/next");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String pg = System.getenv("MOCKINGBIRD_TEST_PG_URL");
        if (pg == null || pg.isBlank()) {
            throw new IllegalStateException("set MOCKINGBIRD_TEST_PG_URL to a PostgreSQL database");
        }
        System.out.printf(Locale.ROOT, "%-10s %8s %10s %10s %10s %10s%n", "instances", "updates", "seconds",
                "updates/s", "p50 ms", "p99 ms");
        for (int n = 1; n <= 3; n++) {
            run(pg, n);
        }
    }

    private static void run(String pg, int count) throws Exception {
        String schema = "mb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(pg, "CREATE SCHEMA " + schema);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Instance> instances = new ArrayList<>();
        try (LoopbackBotApi api = LoopbackBotApi.start(Set.of())) {
            for (int i = 0; i < count; i++) {
                instances.add(Instance.start("bench-" + count + "-" + i, api.url(), pg + "&currentSchema=" + schema,
                        Path.of("target", "scale-benchmark"), http));
            }
            AtomicInteger updateIds = new AtomicInteger();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> done = new ArrayList<>();
                for (int p = 0; p < PEOPLE; p++) {
                    long person = 10_000 + p;
                    done.add(people.submit(() -> {
                        converse(http, instances, api, updateIds, person, latencies);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%-10d %8d %10.1f %10.0f %10.1f %10.1f%n", count, sorted.size(), seconds,
                    sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
        } finally {
            for (Instance instance : instances) {
                instance.close();
            }
            sql(pg, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** One person's conversation: each update posted round-robin, then waited for until its reply arrives. */
    private static void converse(HttpClient http, List<Instance> instances, LoopbackBotApi api,
                                 AtomicInteger updateIds, long person, List<Long> latencies) throws Exception {
        int answered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String text : SCRIPT) {
                int update = updateIds.incrementAndGet();
                long sent = System.nanoTime();
                Instance to = instances.get(update % instances.size());
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(to.webhook())
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", Instance.SECRET)
                        .POST(HttpRequest.BodyPublishers.ofString(privateText(update, person, text))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IOException("instance answered " + response.statusCode());
                }
                answered++;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                List<LoopbackBotApi.Sent> got = api.sentTo(String.valueOf(person));
                while (got.size() < answered && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                    got = api.sentTo(String.valueOf(person));
                }
                if (got.size() < answered) {
                    throw new IOException("no reply for update " + update);
                }
                latencies.add(got.get(answered - 1).atNanos() - sent);
            }
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String privateText(int update, long person, String text) {
        return String.format(Locale.ROOT, "{\"update_id\":%d,\"message\":{\"message_id\":%d,\"date\":1700000000,"
                + "\"chat\":{\"id\":%d,\"type\":\"private\",\"first_name\":\"P%d\"},"
                + "\"from\":{\"id\":%d,\"is_bot\":false,\"first_name\":\"P%d\"},\"text\":\"%s\"}}",
                update, update, person, person, person, person, text);
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
