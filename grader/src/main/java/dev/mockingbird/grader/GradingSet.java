package dev.mockingbird.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A hand-labelled set of candidate answers: for each, the key points a fair senior interviewer ticks, the points it
 * gets wrong, and an overall score.
 *
 * @param name    the set's name
 * @param answers its labelled answers
 */
public record GradingSet(String name, List<Labelled> answers) {

    /** The categories of answers a set holds; the point-by-point ones test judgement per key point. */
    public static final Set<String> POINT_BY_POINT = Set.of("partial", "partial-later-points", "one-wrong-claim",
            "name-dropped");

    public GradingSet {
        answers = List.copyOf(answers);
    }

    /**
     * One labelled answer.
     *
     * @param question its question's id
     * @param category what kind of answer it is (strong-paraphrase, buzzwords, confident-wrong…)
     * @param answer   the candidate's text
     * @param covered  the positions of the key points it genuinely makes
     * @param wrong    the positions of the key points it makes a wrong claim about
     * @param score    the interviewer's overall score, 0 to 100
     */
    public record Labelled(String question, String category, String answer, Set<Integer> covered, Set<Integer> wrong,
                           int score) {
        public Labelled {
            covered = Set.copyOf(covered);
            wrong = Set.copyOf(wrong);
        }
    }

    /** Every {@code *.json} set in a folder, by name. */
    public static List<GradingSet> readAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<GradingSet> sets = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                sets.add(read(f));
            }
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the grading sets in " + dir, e);
        }
    }

    /** One set file. */
    public static GradingSet read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Labelled> answers = new ArrayList<>();
        for (JsonNode a : root.path("answers")) {
            answers.add(new Labelled(a.path("question").asText(), a.path("category").asText(),
                    a.path("answer").asText(), ints(a.path("covered")), ints(a.path("wrong")),
                    a.path("score").asInt()));
        }
        String name = root.path("set").asText(file.getFileName().toString());
        return new GradingSet(name, answers);
    }

    private static Set<Integer> ints(JsonNode list) {
        Set<Integer> out = new TreeSet<>();
        list.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
