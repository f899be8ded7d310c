package dev.mockingbird.grader;

import dev.mockingbird.core.grading.Grader;
import java.util.concurrent.CompletableFuture;

/** The graders this module offers. */
public final class Graders {

    private Graders() {
    }

    /**
     * One sentence model per process, created once by the class loader's own lock: ONNX Runtime sessions are
     * thread-safe to use, but creating several at once from different threads has crashed it natively, and each
     * would hold the model again.
     */
    private static final class Model {
        static final OnnxSentenceEncoder ENCODER = new OnnxSentenceEncoder();

        private Model() {
        }
    }

    /**
     * The built-in grader: offline and deterministic. Loading its sentence model takes under a second; build it once
     * and share it (it is thread-safe).
     */
    public static Grader builtIn() {
        return new EvidenceGrader(Model.ENCODER, new Terms(), Thresholds.DEFAULT);
    }

    /**
     * The built-in grader, its model loading on a background thread from now on, so start-up does not wait for it;
     * the first grading does if it must. Should the model fail to load, answers are graded by keywords instead.
     */
    public static Grader builtInLoadingInBackground() {
        CompletableFuture<Grader> loading = new CompletableFuture<>();
        // ONNX Runtime's graph optimisation recurses deeply: give it the main thread's stack size, not a worker's.
        Thread loader = new Thread(null, () -> {
            try {
                loading.complete(builtIn());
            } catch (RuntimeException | LinkageError e) {
                loading.completeExceptionally(e);
            }
        }, "grader-model-load", 8L << 20);
        loader.setDaemon(true);
        loader.start();
        return new LoadingGrader(loading, Grader.keywords());
    }

    /**
     * A language model behind an OpenAI-compatible endpoint judges each key point and writes a critique; on any error
     * or after the timeout, {@code fallback} grades instead. Nothing is sent anywhere unless this is called.
     */
    public static Grader languageModel(LlmSettings settings, Grader fallback) {
        return LlmGrader.of(settings, fallback);
    }
}
