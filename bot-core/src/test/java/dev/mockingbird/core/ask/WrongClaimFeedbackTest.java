package dev.mockingbird.core.ask;

import static dev.mockingbird.core.Fixtures.privateText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Misconception;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.core.grading.WrongClaim;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WrongClaimFeedbackTest {

    private static final Misconception NO_LIMIT = new Misconception("Vertical scaling has no limit",
            "It is capped by the largest machine you can buy.");

    /** A grader that credits caching and finds the answer wrong about scaling, whatever was said. */
    private static final Grader WRONG_ABOUT_SCALING = (question, answer) -> {
        List<KeyPoint> points = question.keyPoints();
        return new Grade(List.of(points.get(0)), List.of(points.get(1), points.get(2)),
                List.of(new WrongClaim(points.get(2), answer, NO_LIMIT)));
    };

    private final ChatEngine engine = Mockingbird.builder(Fixtures.bank())
            .clock(new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z")))
            .random(new Random(7))
            .grader(WRONG_ABOUT_SCALING)
            .build();

    @Test
    void aWrongClaimIsNamedWithItsCorrectionAndCostsHalfAPoint() {
        // given a question on the table
        engine.handle(privateText("/ask sd"));
        // when the answer caches well but says something wrong about scaling
        String reply = text(engine.handle(privateText("Cache it in Redis; vertical scaling has no limit anyway."))
                .getLast());
        // then the covered point is ticked, the wrong claim quoted with what is true, and the score pays for it
        assertTrue(reply.contains("✓ Caching hot reads"), reply);
        assertTrue(reply.contains("You said “Cache it in Redis; vertical scaling has no limit anyway.” — It is capped "
                + "by the largest machine you can buy."), reply);
        assertTrue(reply.contains("1 of 3 key points (17%)"), reply);
    }

    @Test
    void aLongWrongSentenceIsQuotedShort() {
        engine.handle(privateText("/ask sd"));
        String reply = text(engine.handle(privateText("word ".repeat(200))).getLast());
        assertTrue(reply.contains("…” — It is capped"), reply);
        assertFalse(reply.contains("word ".repeat(40)), "the quote is cut to a readable length");
    }
}
