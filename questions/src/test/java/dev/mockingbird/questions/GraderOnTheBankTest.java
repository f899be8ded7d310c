package dev.mockingbird.questions;

import static dev.mockingbird.questions.SharedGrader.GRADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Misconception;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.grading.Grade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the built-in grader must get right on every question of the bank, whatever candidates write. */
class GraderOnTheBankTest {

    @Test
    void everyModelAnswerEarnsFullMarksOnItsOwnPoints() {
        List<String> problems = new ArrayList<>();
        for (Question q : SharedGrader.questions()) {
            Grade grade = GRADER.grade(q, q.answer());
            grade.missed().forEach(p -> problems.add(q.id() + ": the model answer misses \"" + p.point() + "\""));
            grade.wrong().forEach(w -> problems.add(q.id() + ": the model answer is called wrong about \""
                    + w.point().point() + "\" for \"" + w.said() + "\""));
        }
        assertEquals(List.of(), problems, "add evidence in the model answer's own words to these points");
    }

    @Test
    void theQuestionPastedBackEarnsAtMostTenPercent() {
        List<String> problems = new ArrayList<>();
        for (Question q : SharedGrader.questions()) {
            List<String> echoes = new ArrayList<>(q.aliases());
            echoes.addFirst(q.question());
            echoes.add(String.join(" ", echoes));
            for (String echo : echoes) {
                Grade grade = GRADER.grade(q, echo);
                if (grade.percent() > 10) {
                    problems.add(q.id() + ": \"" + echo + "\" scores " + grade.percent() + "% with "
                            + grade.covered().stream().map(KeyPoint::point).toList());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aMisconceptionSaidAsTheAnswerNeverEarnsItsPoint() {
        List<String> problems = new ArrayList<>();
        for (Question q : SharedGrader.questions()) {
            for (KeyPoint point : q.keyPoints()) {
                for (Misconception m : point.misconceptions()) {
                    if (GRADER.grade(q, m.claim()).covered().contains(point)) {
                        problems.add(q.id() + ": \"" + m.claim() + "\" earns \"" + point.point() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
