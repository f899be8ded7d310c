package dev.mockingbird.grader;

import dev.mockingbird.core.grading.Grader;

/** The graders this module offers. */
public final class Graders {

    private Graders() {
    }

    /**
     * The built-in grader: offline and deterministic. Loading its sentence model takes under a second; build it once
     * and share it (it is thread-safe).
     */
    public static Grader builtIn() {
        return new EvidenceGrader(new OnnxSentenceEncoder(), new Terms(), Thresholds.DEFAULT);
    }

    /**
     * A language model behind an OpenAI-compatible endpoint judges each key point and writes a critique; on any error
     * or after the timeout, {@code fallback} grades instead. Nothing is sent anywhere unless this is called.
     */
    public static Grader languageModel(LlmSettings settings, Grader fallback) {
        return LlmGrader.of(settings, fallback);
    }
}
