package dev.mockingbird.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.core.grading.WrongClaim;
import dev.mockingbird.grader.GraderEvaluation;
import dev.mockingbird.grader.GradingSet;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The grader from the command line, for pack authors and for measuring it: {@code grade <question-id>} grades
 * standard input and prints the verdict as JSON; {@code grader-eval [folder]} runs the labelled grading sets.
 */
final class GraderCommands {

    private final QuestionBank bank;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    GraderCommands(QuestionBank bank, BufferedReader in, PrintStream out, PrintStream err) {
        this.bank = bank;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** {@code grade <question-id>}: the answer on standard input, the verdict as one JSON object on standard out. */
    int grade(Grader grader, List<String> args) {
        if (args.isEmpty()) {
            err.println("usage: mockingbird grade <question-id> < answer.txt");
            return App.BAD_SETUP;
        }
        Optional<Question> found = bank.byId(args.getFirst());
        if (found.isEmpty()) {
            err.println("mockingbird: no question with id '" + args.getFirst() + "' (ids look like "
                    + bank.questions().getFirst().id() + ")");
            return App.BAD_SETUP;
        }
        Question question = found.get();
        String answer = in.lines().collect(Collectors.joining("\n"));
        Grade grade = grader.grade(question, answer);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode verdict = mapper.createObjectNode();
        verdict.put("question", question.id());
        verdict.put("score", grade.percent());
        ArrayNode covered = verdict.putArray("covered");
        grade.covered().stream().map(KeyPoint::point).forEach(covered::add);
        ArrayNode missed = verdict.putArray("missed");
        grade.missed().stream().map(KeyPoint::point).forEach(missed::add);
        ArrayNode wrong = verdict.putArray("misconceptions");
        for (WrongClaim claim : grade.wrong()) {
            wrong.addObject().put("point", claim.point().point()).put("said", claim.said())
                    .put("claim", claim.misconception().claim())
                    .put("correction", claim.misconception().correction());
        }
        out.println(verdict.toPrettyString());
        return 0;
    }

    /** {@code grader-eval [folder]}: the agreement of the grader with every labelled set in the folder. */
    int evaluate(Grader grader, String graderName, List<String> args) {
        Path dir = Path.of(args.isEmpty() ? "questions/src/test/resources/grading" : args.getFirst());
        if (!Files.isDirectory(dir)) {
            err.println("mockingbird: no grading sets in " + dir + " (run it from the repository, or name the folder)");
            return App.BAD_SETUP;
        }
        List<GradingSet> sets;
        try {
            sets = GradingSet.readAll(dir);
        } catch (UncheckedIOException e) {
            err.println("mockingbird: " + e.getMessage());
            return App.BAD_SETUP;
        }
        long start = System.nanoTime();
        for (GradingSet set : sets) {
            GraderEvaluation evaluation = GraderEvaluation.run(grader, bank, List.of(set));
            out.printf("%n== %s grader on set %s (%d answers)%n%s", graderName, set.name(), set.answers().size(),
                    evaluation.table());
        }
        if (sets.size() > 1) {
            out.printf("%n== %s grader on all sets%n%s", graderName,
                    GraderEvaluation.run(grader, bank, sets).table());
        }
        out.printf("%n(%d ms)%n", (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
