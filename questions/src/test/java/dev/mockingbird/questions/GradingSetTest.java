package dev.mockingbird.questions;

import static dev.mockingbird.questions.SharedGrader.BANK;
import static dev.mockingbird.questions.SharedGrader.GRADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.grader.GraderEvaluation;
import dev.mockingbird.grader.GraderEvaluation.Summary;
import dev.mockingbird.grader.GradingSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in grader against the hand-labelled grading sets (labelled from meaning by people who never saw the
 * grader's evidence): the floors below keep its agreement with a senior interviewer from slipping.
 * {@code ./mockingbird grader-eval} prints the whole table.
 */
class GradingSetTest {

    private static final Path SETS = Path.of("src/test/resources/grading");
    private static final Set<String> CATEGORIES = Set.of("strong-paraphrase", "partial", "partial-later-points",
            "buzzwords", "confident-wrong", "off-topic", "near-copy", "one-wrong-claim", "name-dropped");

    private static List<GradingSet> sets;
    private static GraderEvaluation evaluation;

    @BeforeAll
    static void gradeEverything() {
        sets = GradingSet.readAll(SETS);
        evaluation = GraderEvaluation.run(GRADER, BANK, sets);
        System.out.println(evaluation.table());
    }

    @Test
    void theSetsAreLargeVariedAndWellFormed() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> perCategory = new HashMap<>();
        Set<String> questions = new java.util.HashSet<>();
        Set<String> tracks = new java.util.HashSet<>();
        Set<String> levels = new java.util.HashSet<>();
        for (GradingSet set : sets) {
            for (GradingSet.Labelled a : set.answers()) {
                Question q = BANK.byId(a.question()).orElse(null);
                if (q == null) {
                    problems.add(set.name() + ": " + a.question() + " is not in the bank");
                    continue;
                }
                questions.add(q.id());
                tracks.add(q.track());
                levels.add(q.level().slug());
                perCategory.merge(a.category(), 1, Integer::sum);
                if (!CATEGORIES.contains(a.category())) {
                    problems.add(set.name() + ": " + q.id() + ": unknown category " + a.category());
                }
                for (int i : a.covered()) {
                    if (i < 0 || i >= q.keyPoints().size() || a.wrong().contains(i)) {
                        problems.add(set.name() + ": " + q.id() + ": covered " + i + " is out of range or also wrong");
                    }
                }
                a.wrong().stream().filter(i -> i < 0 || i >= q.keyPoints().size())
                        .forEach(i -> problems.add(set.name() + ": " + q.id() + ": wrong " + i + " is out of range"));
                if (a.score() < 0 || a.score() > 100) {
                    problems.add(set.name() + ": " + q.id() + ": score " + a.score());
                }
            }
        }
        assertEquals(List.of(), problems);
        int answers = perCategory.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(answers >= 400 && questions.size() >= 80, answers + " answers over " + questions.size()
                + " questions");
        assertEquals(BANK.tracks().size(), tracks.size(), "every track");
        assertEquals(3, levels.size(), "every level");
        assertEquals(CATEGORIES, perCategory.keySet());
        perCategory.forEach((c, n) -> assertTrue(n * CATEGORIES.size() >= answers * 0.8, c + ": " + n));
    }

    @Test
    void keyPointsAreJudgedLikeASeniorInterviewerWould() {
        Summary all = evaluation.summary(r -> true);
        Summary pointByPoint = evaluation.summary(r -> GradingSet.POINT_BY_POINT.contains(r.labelled().category()));
        Summary paraphrase = category("strong-paraphrase");
        assertTrue(all.f1() >= Floors.F1, "overall key-point F1 " + all.f1());
        assertTrue(pointByPoint.f1() >= Floors.POINT_BY_POINT_F1, "point-by-point F1 " + pointByPoint.f1());
        assertTrue(paraphrase.f1() >= Floors.PARAPHRASE_F1, "strong answers in other words: F1 " + paraphrase.f1());
        assertTrue(all.spearman() >= Floors.SPEARMAN, "Spearman " + all.spearman());
    }

    @Test
    void buzzwordListsAndConfidentlyWrongAnswersEarnAlmostNothing() {
        assertTrue(category("buzzwords").meanScore() <= Floors.BUZZWORD_CREDIT,
                "buzzword lists " + category("buzzwords").meanScore());
        assertTrue(category("confident-wrong").meanScore() <= Floors.WRONG_CREDIT,
                "confidently wrong answers " + category("confident-wrong").meanScore());
        assertTrue(category("off-topic").meanScore() <= Floors.BUZZWORD_CREDIT,
                "answers to another question " + category("off-topic").meanScore());
    }

    private static Summary category(String name) {
        return evaluation.summary(r -> r.labelled().category().equals(name));
    }

    /**
     * Where the built-in grader stands on both sets together (measured F1 0.85 overall, 0.86 point by point, 0.86 on
     * paraphrases, Spearman 0.86, 4.3% to buzzword lists and 9.9% to confidently wrong answers), a little below so a
     * change elsewhere in the bank does not fail the build for a hair; raise them as it improves, never lower them.
     * The product's targets are F1 0.85 overall and point by point, 0.80 on paraphrases, Spearman 0.80, and at most
     * 10% credit to buzzword lists and to confidently wrong answers.
     */
    private static final class Floors {
        static final double F1 = 0.84;
        static final double POINT_BY_POINT_F1 = 0.85;
        static final double PARAPHRASE_F1 = 0.85;
        static final double SPEARMAN = 0.85;
        static final double BUZZWORD_CREDIT = 6;
        static final double WRONG_CREDIT = 11;

        private Floors() {
        }
    }
}
