package dev.mockingbird.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the runnable jar to "running" (the app's log line once every platform is connected and health is
 * served), with Telegram pointed at a local Bot API (the benchmark emulator) and a fresh SQLite file each time: without
 * class-data sharing, and with the archive the launcher uses ({@code -XX:SharedArchiveFile} with
 * {@code -XX:+AutoCreateSharedArchive}, created by the first run and used by the rest). The median of several starts
 * of each. Not a test; run with {@code ./mockingbird bench-startup} after {@code ./mvnw package}.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "bot-app/target/mockingbird.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Path.of("bot-app", "target", "bench-startup").toAbsolutePath();
        Files.createDirectories(work);
        Path archive = work.resolve("mockingbird.jsa");
        Files.deleteIfExists(archive);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path emulator = ReplyLatencyBenchmark.install();
        int port = freePort();
        Process api = new ProcessBuilder(ReplyLatencyBenchmark.onPath("node").toString(), "server.js", String.valueOf(port)).directory(emulator.toFile())
                .redirectError(work.resolve("emulator.log").toFile()).start();
        try {
            new BufferedReader(new InputStreamReader(api.getInputStream(), StandardCharsets.UTF_8)).readLine();
            double[] plain = new double[runs];
            double[] shared = new double[runs];
            // The first run with the flags writes the archive (at exit); it is not counted.
            start(cds(java, archive, jar), port, work);
            for (int i = 0; i < runs; i++) {
                plain[i] = start(List.of(java, "-jar", jar.toString()), port, work);
                shared[i] = start(cds(java, archive, jar), port, work);
            }
            Arrays.sort(plain);
            Arrays.sort(shared);
            System.out.printf(Locale.ROOT, "%nstart-up to running, median of %d: %.2f s without CDS, %.2f s with "
                    + "the CDS archive (%s)%n", runs, plain[runs / 2], shared[runs / 2], Arrays.toString(shared));
            String out = System.getProperty("mockingbird.bench.out");
            if (out != null) {
                Files.writeString(Path.of(out), String.format(Locale.ROOT, "startup,%.2f,%.2f%n", plain[runs / 2],
                        shared[runs / 2]), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } finally {
            api.destroy();
            api.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The launcher's command line for the jar (see the mockingbird script). */
    private static List<String> cds(String java, Path archive, Path jar) {
        return List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", jar.toString());
    }

    /** Seconds from starting the process to its "running" line; then stops it. */
    private static double start(List<String> command, int port, Path work) throws IOException, InterruptedException {
        Path db = work.resolve("startup-" + System.nanoTime() + ".db");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("DISCORD_")
                || k.startsWith("MOCKINGBIRD_"));
        builder.environment().put("TELEGRAM_BOT_TOKEN", "123456789:startup-token");
        builder.environment().put("TELEGRAM_API_URL", "http://127.0.0.1:" + port);
        builder.environment().put("MOCKINGBIRD_DB_URL", "jdbc:sqlite:" + db);
        builder.environment().put("MOCKINGBIRD_HTTP_PORT", "0");
        long begin = System.nanoTime();
        Process process = builder.start();
        double seconds = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.contains("Mockingbird is running")) {
                    seconds = (System.nanoTime() - begin) / 1e9;
                    break;
                }
            }
            if (seconds < 0) {
                throw new IllegalStateException("the jar never said it was running: " + String.join("\n", seen));
            }
            // SIGTERM: the app's graceful stop, after which the JVM writes the archive on the first run.
            process.destroy();
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + "-wal"));
            Files.deleteIfExists(Path.of(db + "-shm"));
        }
        return seconds;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
