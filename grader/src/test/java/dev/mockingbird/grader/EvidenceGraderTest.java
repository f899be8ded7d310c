package dev.mockingbird.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Misconception;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in grader with its real sentence model, on one question written for these tests. */
class EvidenceGraderTest {

    private static final KeyPoint CEILING = new KeyPoint("Vertical scaling has a ceiling and a single point of failure",
            List.of("ceiling", "limit"),
            List.of("A single machine can only be made so big before you hit the largest instance size.",
                    "There is only so much CPU and RAM you can buy for one box, and if it dies everything is down.",
                    "Scaling up stops at the biggest server on the market and leaves one machine as a single point "
                            + "of failure."),
            List.of(new Misconception("Vertical scaling has no limit, you can always add more CPU and RAM.",
                    "One machine is capped by the largest instance you can buy, and it is a single point of "
                            + "failure.")));
    private static final KeyPoint STATELESS = new KeyPoint("Horizontal scaling needs stateless services",
            List.of("stateless"),
            List.of("To add servers behind a load balancer, the app must keep no session state in memory.",
                    "Move sessions into Redis or a database so any instance can serve any request.",
                    "Servers should be interchangeable, holding nothing a user needs between requests."),
            List.of(new Misconception("Each server keeps its users' sessions in memory and sticky sessions make "
                    + "horizontal scaling work fine.", "Sticky in-memory sessions are lost when a server dies; keep "
                    + "state outside the servers.")));
    private static final Question SCALING = new Question("system-design/scaling", "system-design", Level.MID,
            "What is the difference between vertical and horizontal scaling?", List.of(),
            "Vertical scaling makes one machine bigger. A single machine can only be made so big, and it is a single "
                    + "point of failure. Horizontal scaling adds machines behind a load balancer; the services must "
                    + "keep no session state in memory so any instance can serve any request.",
            List.of(CEILING, STATELESS), List.of(), List.of(), Optional.empty());

    private static OnnxSentenceEncoder encoder;
    private static Terms terms;
    private static Grader grader;

    @BeforeAll
    static void load() {
        encoder = new OnnxSentenceEncoder();
        terms = new Terms();
        grader = new EvidenceGrader(encoder, terms, Thresholds.DEFAULT);
    }

    @AfterAll
    static void close() {
        encoder.close();
        terms.close();
    }

    @Test
    void aCorrectAnswerInOtherWordsEarnsThePoint() {
        Grade grade = grader.grade(SCALING, "well there's only so big a box you can buy, and when it dies "
                + "everything is down with it");
        assertEquals(List.of(CEILING), grade.covered());
    }

    @Test
    void aConfidentlyWrongClaimIsCaughtWithItsCorrectionAndEarnsNothing() {
        Grade grade = grader.grade(SCALING, "vertical scaling has no real limit, you can always just add more cpu "
                + "and ram to the box");
        assertEquals(List.of(), grade.covered());
        assertEquals(1, grade.wrong().size());
        assertEquals(CEILING, grade.wrong().getFirst().point());
        assertTrue(grade.wrong().getFirst().misconception().correction().startsWith("One machine is capped"));
        assertEquals(0, grade.percent());
    }

    @Test
    void aKnownWrongBeliefAboutOnePointCreditsNoNeighbouringPoint() {
        // given a sentence that states the stateless point's misconception in words near the ceiling point's
        String answer = "just keep the sessions in the servers memory with sticky sessions, then you can scale out "
                + "or scale up forever";

        // when it is graded
        Grade grade = grader.grade(SCALING, answer);

        // then it earns no point at all, however many of the ceiling point's words it shares
        assertEquals(List.of(), grade.covered(), grade.toString());
    }

    @Test
    void aListOfBuzzwordsEarnsNothing() {
        assertEquals(0, grader.grade(SCALING, "vertical, horizontal, stateless, load balancer, sharding, redis")
                .percent());
    }

    @Test
    void theQuestionPastedBackEarnsNothing() {
        assertEquals(0, grader.grade(SCALING, SCALING.question()).percent());
    }

    @Test
    void theModelAnswerEarnsEveryPoint() {
        assertEquals(100, grader.grade(SCALING, SCALING.answer()).percent());
    }

    @Test
    void gradingIsAPureFunctionOfQuestionAndAnswer() {
        String answer = "keep sessions in redis so any server can take any request";
        assertEquals(grader.grade(SCALING, answer), grader.grade(SCALING, answer));
        assertEquals(grader.grade(SCALING, answer),
                new EvidenceGrader(encoder, terms, Thresholds.DEFAULT).grade(SCALING, answer));
    }
}
