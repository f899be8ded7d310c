package dev.mockingbird.grader;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A grader whose model loads on its own thread while the app starts: the first answer waits for it, nothing else
 * does. If the model cannot load (a platform ONNX Runtime has no native library for, say), answers are graded by
 * {@code fallback} and the log says why once.
 */
final class LoadingGrader implements Grader {

    private static final Logger LOG = LoggerFactory.getLogger(LoadingGrader.class);

    private final CompletableFuture<Grader> loading;

    LoadingGrader(CompletableFuture<Grader> loading, Grader fallback) {
        this.loading = loading.exceptionally(e -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            LOG.warn("The grader's sentence model could not load ({}); answers are graded by keywords", cause.toString());
            return fallback;
        });
    }

    @Override
    public Grade grade(Question question, String answer) {
        return loading.join().grade(question, answer);
    }
}
