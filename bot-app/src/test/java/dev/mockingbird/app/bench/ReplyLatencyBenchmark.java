package dev.mockingbird.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reply latency on the telegram-test-api emulator: a minimal telegrambots echo bot ({@link EchoBot}) against
 * Mockingbird through its real Telegram adapter, on the in-memory store ({@link MemoryBot}) and as the app itself on
 * SQLite ({@code dev.mockingbird.app.Main}). Each bot runs as its own process against a fresh emulator
 * ({@code src/test/bench/server.js}), gets a warm-up and then {@code N} messages, one a chat (so Telegram's pacing of
 * one message a second per chat never applies), at most 25 a second (under the 30 a second across chats), each waited
 * for before the next. The emulator times each message on its own clock: arrival to the bot's getUpdates taking it
 * (pickup), then to the bot's sendMessage (answer). Not a test; run with {@code ./mockingbird bench-telegram [N [warm-up]]}.
 */
public final class ReplyLatencyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "123456789:bench-token";
    private static final Duration EVERY = Duration.ofMillis(40);
    /** What people send, in turn: a question (store writes on the reply path) and help (none but the update's). */
    private static final List<String> TEXTS = List.of("/ask system-design", "/help");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReplyLatencyBenchmark() {
    }

    /** Times of one message, in milliseconds, as the emulator saw them. */
    record Timed(String text, double total, double pickup, double answer) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        // The adapter paces sends to 30 a second across chats, so warming up takes time: 1,500 messages (a minute)
        // bring the app's JDBC and engine paths to compiled code, as in a bot that has been up for a while. With a
        // few hundred, SQLite's paths were still interpreted and cost about a millisecond more per reply.
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 1_500;
        Path emulator = install();
        Path work = Path.of("bot-app", "target", "bench-telegram").toAbsolutePath();
        Files.createDirectories(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Map<String, List<String>> bots = new java.util.LinkedHashMap<>();
        bots.put("echo", List.of(java, "-cp", classpath, EchoBot.class.getName()));
        bots.put("memory", List.of(java, "-cp", classpath, MemoryBot.class.getName()));
        bots.put("sqlite", List.of(java, "-cp", classpath, "dev.mockingbird.app.Main"));
        Map<String, List<Timed>> results = new java.util.LinkedHashMap<>();
        long chat = 10_000_000;
        for (Map.Entry<String, List<String>> bot : bots.entrySet()) {
            try (Running api = startEmulator(emulator, work)) {
                int port = api.port();
                List<String> command = new ArrayList<>(bot.getValue());
                if (!bot.getKey().equals("sqlite")) {
                    command.addAll(List.of("http://127.0.0.1:" + port, TOKEN));
                }
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(work.resolve(bot.getKey() + ".log").toFile());
                Path db = work.resolve("bench-" + System.nanoTime() + ".db");
                builder.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("DISCORD_")
                        || k.startsWith("MOCKINGBIRD_"));
                builder.environment().putAll(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL",
                        "http://127.0.0.1:" + port, "MOCKINGBIRD_DB_URL", "jdbc:sqlite:" + db,
                        "MOCKINGBIRD_HTTP_PORT", "0", "MOCKINGBIRD_LOG_LEVEL", "INFO"));
                Process process = builder.start();
                try {
                    awaitRunning(work.resolve(bot.getKey() + ".log"), process);
                    run(port, chat, warmUp, "warm-up");
                    chat += warmUp;
                    Map<String, java.util.TreeMap<Double, Double>> before = engineBuckets(work.resolve(
                            bot.getKey() + ".log"));
                    results.put(bot.getKey(), run(port, chat, count, bot.getKey()));
                    chat += count;
                    engineTime(before, engineBuckets(work.resolve(bot.getKey() + ".log")));
                } finally {
                    stop(process);
                    Files.deleteIfExists(db);
                }
            }
        }
        report(results);
    }

    private static List<Timed> run(int port, long firstChat, int count, String what) throws Exception {
        List<Timed> out = new ArrayList<>();
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next = System.nanoTime() + EVERY.toNanos();
            long chat = firstChat + i;
            String text = TEXTS.get(i % TEXTS.size());
            ObjectNode body = JSON.createObjectNode().put("botToken", TOKEN).put("date", 1_700_000_000 + i)
                    .put("text", text);
            body.set("from", JSON.createObjectNode().put("id", chat).put("is_bot", false).put("first_name", "P"));
            body.set("chat", JSON.createObjectNode().put("id", chat).put("type", "private"));
            post(port, "/benchSay", body);
            JsonNode reply = post(port, "/benchAwait", JSON.createObjectNode().put("chatId", String.valueOf(chat)));
            if (!reply.path("ok").asBoolean()) {
                throw new IllegalStateException(what + ": " + reply.path("description").asText());
            }
            JsonNode r = reply.path("result");
            out.add(new Timed(text, r.path("total").asDouble(), r.path("pickup").asDouble(),
                    r.path("answer").asDouble()));
        }
        return out;
    }

    private static void report(Map<String, List<Timed>> results) throws IOException {
        double echo = percentile(results.get("echo").stream().mapToDouble(Timed::total).toArray(), 0.5);
        StringBuilder csv = new StringBuilder();
        System.out.printf(Locale.ROOT, "%n%-8s %-20s %6s %9s %9s %12s %12s %8s%n", "bot", "text", "count",
                "p50 ms", "p99 ms", "pickup p50", "answer p50", "p50/echo");
        for (Map.Entry<String, List<Timed>> bot : results.entrySet()) {
            List<String> texts = new ArrayList<>(TEXTS);
            texts.add("all");
            for (String text : texts) {
                List<Timed> some = bot.getValue().stream().filter(t -> text.equals("all") || t.text().equals(text))
                        .toList();
                double[] total = some.stream().mapToDouble(Timed::total).toArray();
                double p50 = percentile(total, 0.5);
                double p99 = percentile(total, 0.99);
                double pickup = percentile(some.stream().mapToDouble(Timed::pickup).toArray(), 0.5);
                double answer = percentile(some.stream().mapToDouble(Timed::answer).toArray(), 0.5);
                System.out.printf(Locale.ROOT, "%-8s %-20s %6d %9.2f %9.2f %12.2f %12.2f %8.2f%n", bot.getKey(), text,
                        some.size(), p50, p99, pickup, answer, p50 / echo);
                csv.append(String.format(Locale.ROOT, "%s,%s,%d,%.2f,%.2f,%.2f,%.2f,%.2f%n", bot.getKey(), text,
                        some.size(), p50, p99, pickup, answer, p50 / echo));
            }
        }
        String out = System.getProperty("mockingbird.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), csv, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /**
     * The app's own histogram of the engine's work per update ({@code mockingbird.reply} from /metrics): cumulative
     * counts per upper bound, per command. Empty for the bots that serve no metrics.
     */
    private static Map<String, java.util.TreeMap<Double, Double>> engineBuckets(Path log)
            throws IOException, InterruptedException {
        Optional<String> metrics = Files.readAllLines(log).stream().filter(l -> l.contains("Health and metrics on"))
                .map(l -> l.replaceAll(".*(http://\\S+)/health/ready.*", "$1")).findFirst();
        Map<String, java.util.TreeMap<Double, Double>> buckets = new java.util.TreeMap<>();
        if (metrics.isEmpty()) {
            return buckets;
        }
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(metrics.get() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String line : body.lines().toList()) {
            if (line.startsWith("mockingbird_reply_seconds_bucket{")) {
                String command = line.replaceAll(".*command=\"([^\"]*)\".*", "$1");
                String le = line.replaceAll(".*le=\"([^\"]*)\".*", "$1");
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                buckets.computeIfAbsent(command, c -> new java.util.TreeMap<>()).merge(bound,
                        Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
            }
        }
        return buckets;
    }

    /** The engine's p50 per command over the measured messages: the bucket holding the middle update. */
    private static void engineTime(Map<String, java.util.TreeMap<Double, Double>> before,
                                   Map<String, java.util.TreeMap<Double, Double>> after) {
        after.forEach((command, counts) -> {
            java.util.TreeMap<Double, Double> earlier = before.getOrDefault(command, new java.util.TreeMap<>());
            double total = counts.lastEntry().getValue() - earlier.getOrDefault(counts.lastKey(), 0.0);
            if (total <= 0) {
                return;
            }
            for (Map.Entry<Double, Double> bucket : counts.entrySet()) {
                double below = bucket.getValue() - earlier.getOrDefault(bucket.getKey(), 0.0);
                if (below >= total / 2) {
                    System.out.printf(Locale.ROOT, "app engine time (mockingbird.reply) %-8s p50 <= %.2f ms over "
                            + "%.0f updates%n", command, bucket.getKey() * 1000, total);
                    return;
                }
            }
        });
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }

    private static JsonNode post(int port, String path, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + path)).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Waits for the bot's log to say it runs (the echo and memory bots print "running"; the app logs it). */
    private static void awaitRunning(Path log, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited: " + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).lines().anyMatch(l -> l.equals("running")
                    || l.contains("Mockingbird is running"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the bot did not start within 60 s: " + Files.readString(log));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** A running emulator process and its port. */
    record Running(Process process, int port) implements AutoCloseable {
        @Override
        public void close() {
            try {
                stop(process);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static Running startEmulator(Path dir, Path work) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(onPath("node").toString(), "server.js", String.valueOf(port))
                .directory(dir.toFile()).redirectError(work.resolve("emulator.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("listening")) {
            stop(process);
            throw new IllegalStateException("the emulator did not start: " + Files.readString(
                    work.resolve("emulator.log")));
        }
        return new Running(process, port);
    }

    /** Copies the emulator's files under target/ and runs npm ci there when nothing is installed yet. */
    static Path install() throws IOException, InterruptedException {
        Path source = Path.of("bot-app", "src", "test", "bench").toAbsolutePath();
        Path dir = Path.of("bot-app", "target", "bench-emulator").toAbsolutePath();
        Files.createDirectories(dir);
        for (String file : List.of("package.json", "package-lock.json", "server.js")) {
            Files.copy(source.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("telegram-test-api"))) {
            Process install = new ProcessBuilder(onPath("npm").toString(), "ci", "--no-audit", "--no-fund")
                    .directory(dir.toFile()).inheritIO().start();
            if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
                throw new IllegalStateException("npm ci for the emulator failed in " + dir);
            }
        }
        return dir;
    }

    static Path onPath(String program) {
        for (String entry : Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, program);
            if (!entry.isBlank() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(program + " is needed on PATH for the Telegram emulator");
    }
}
