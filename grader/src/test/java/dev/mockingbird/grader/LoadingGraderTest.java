package dev.mockingbird.grader;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LoadingGraderTest {

    private static final Question Q = new Question("t/q", "t", Level.MID, "Q?", List.of(), "A.", List.of(), List.of(),
            List.of(), Optional.empty());
    private static final Grade LOADED = new Grade(List.of(), List.of());
    private static final Grade FALLBACK = new Grade(List.of(), List.of());

    @Test
    void theFirstGradingWaitsForTheModelThenUsesIt() {
        CompletableFuture<Grader> loading = new CompletableFuture<>();
        Grader grader = new LoadingGrader(loading, (q, a) -> FALLBACK);
        CompletableFuture<Grade> graded = CompletableFuture.supplyAsync(() -> grader.grade(Q, "an answer"));
        loading.complete((q, a) -> LOADED);
        assertSame(LOADED, graded.join());
    }

    @Test
    void aModelThatCannotLoadLeavesTheFallbackGrading() {
        Grader grader = new LoadingGrader(CompletableFuture.failedFuture(new UnsatisfiedLinkError("no onnxruntime")),
                (q, a) -> FALLBACK);
        assertSame(FALLBACK, grader.grade(Q, "an answer"));
    }
}
