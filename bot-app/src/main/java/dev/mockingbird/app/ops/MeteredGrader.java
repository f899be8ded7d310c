package dev.mockingbird.app.ops;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** A grader, timed: {@code mockingbird_grading_seconds}, a histogram. */
public final class MeteredGrader implements Grader {

    private final Grader grader;
    private final Timer timer;

    /** Times {@code grader} into {@code registry}. */
    public MeteredGrader(Grader grader, MeterRegistry registry) {
        this.grader = grader;
        this.timer = Timer.builder("mockingbird.grading").description("Time to grade one answer")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    public Grade grade(Question question, String answer) {
        return timer.record(() -> grader.grade(question, answer));
    }
}
