package dev.mockingbird.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockingbird.core.ask.QuestionPicker;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Storage;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * A synthetic bank of 100,000 questions (50 tracks of 2,000, every fourth with a quiz): how long it takes to load
 * from its pack files, and how long picking a question for {@code /ask <track> <level>} takes (the bank's pool
 * for the track and level, then the picker over the person's history, as {@code /ask} does), p50/p99 over many
 * picks after warm-up. Not a test; run with {@code ./mockingbird bench-bank}.
 */
public final class BankBenchmark {

    static final int TRACKS = 50;
    static final int PER_TRACK = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BankBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("mockingbird-bank");
        try {
            int written = write(dir);
            // A class loader that sees no packs, so only the synthetic ones load.
            ClassLoader none = new URLClassLoader(new URL[0], null);
            double[] loads = new double[3];
            QuestionBank bank = null;
            for (int i = 0; i < loads.length; i++) {
                long start = System.nanoTime();
                bank = QuestionBank.load(none, Optional.of(dir));
                loads[i] = (System.nanoTime() - start) / 1e6;
            }
            if (bank.questions().size() != written) {
                throw new IllegalStateException("loaded " + bank.questions().size() + " of " + written);
            }
            Storage storage = Storage.inMemory();
            HistoryPort history = storage.history();
            QuestionPicker picker = new QuestionPicker(history, new Random(7));
            SessionKey person = SessionKey.parse("bench:user:1");
            Track track = bank.tracks().get(7);
            // A person well into the track: 300 questions asked before.
            for (int i = 0; i < 300; i++) {
                Question q = bank.questionsOf(track).get(i);
                history.recordAsked(person, q.id(), Instant.EPOCH.plusSeconds(i));
            }
            double[] named = picks(bank, picker, person, Optional.of(track));
            double[] all = picks(bank, picker, person, Optional.empty());
            System.out.printf(Locale.ROOT, "%nquestions %d in %d tracks%n", bank.questions().size(),
                    bank.tracks().size());
            System.out.printf(Locale.ROOT, "load ms: first %.0f, then %.0f, %.0f%n", loads[0], loads[1], loads[2]);
            System.out.printf(Locale.ROOT, "pick /ask <track> <level> (pool %d): p50 %.1f us, p99 %.1f us%n",
                    bank.pool(Optional.of(track), Level.MID).size(), named[0], named[1]);
            System.out.printf(Locale.ROOT, "pick /ask <level>, every track (pool %d): p50 %.1f us, p99 %.1f us%n",
                    bank.pool(Optional.empty(), Level.MID).size(), all[0], all[1]);
            String out = System.getProperty("mockingbird.bench.out");
            if (out != null) {
                Files.writeString(Path.of(out), String.format(Locale.ROOT, "load,%.0f,%.0f%npick-track,%.1f,%.1f%n"
                        + "pick-all,%.1f,%.1f%n", loads[0], Math.min(loads[1], loads[2]), named[0], named[1], all[0],
                        all[1]), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** p50 and p99 in microseconds of picking from the pool, 20,000 picks after 20,000 of warm-up. */
    private static double[] picks(QuestionBank bank, QuestionPicker picker, SessionKey person,
                                  Optional<Track> track) {
        int n = 20_000;
        long[] nanos = new long[n];
        long sink = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                List<Question> pool = bank.pool(track, Level.MID);
                Optional<Question> picked = picker.pick(person, pool);
                nanos[i] = System.nanoTime() - start;
                sink += picked.map(q -> q.id().length()).orElse(0);
            }
        }
        if (sink == 42) {
            System.out.print(""); // Keeps the picks from being optimised away.
        }
        java.util.Arrays.sort(nanos);
        return new double[] {nanos[n / 2] / 1e3, nanos[(int) Math.ceil(n * 0.99) - 1] / 1e3};
    }

    /** Writes one pack per track; ids whose short code another id took already are renamed (32-bit codes). */
    private static int write(Path dir) throws Exception {
        Set<String> codes = new HashSet<>();
        Level[] levels = Level.values();
        int count = 0;
        for (int t = 0; t < TRACKS; t++) {
            String slug = "synthetic-" + t;
            ObjectNode pack = JSON.createObjectNode().put("track", slug).put("name", "Synthetic " + t)
                    .put("family", "Systems").put("description", "Generated questions for the benchmark.");
            ArrayNode questions = pack.putArray("questions");
            for (int n = 0; n < PER_TRACK; n++) {
                String id = slug + "/question-" + n;
                while (!codes.add(code(id))) {
                    id = id + "x";
                }
                ObjectNode q = questions.addObject().put("id", id).put("level", levels[n % levels.length].slug())
                        .put("question", "How would you design part " + n + " of system " + t + " for scale?")
                        .put("answer", "A model answer of a few sentences. ".repeat(12));
                ArrayNode points = q.putArray("keyPoints");
                for (int p = 0; p < 3; p++) {
                    ObjectNode point = points.addObject().put("point", "Key point " + p + " of question " + n);
                    point.putArray("keywords").add("cache").add("queue" + p).add("shard");
                }
                if (n % 4 == 0) {
                    ObjectNode quiz = q.putObject("quiz").put("question", "Which option is right for " + n + "?")
                            .put("answer", 1).put("explanation", "Because the second option is.");
                    quiz.putArray("options").add("The first option").add("The second option")
                            .add("The third option").add("The fourth option");
                }
                count++;
            }
            Files.writeString(dir.resolve(slug + ".json"), JSON.writeValueAsString(pack), StandardCharsets.UTF_8);
        }
        return count;
    }

    private static String code(String id) {
        CRC32C crc = new CRC32C();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue(), 36);
    }
}
