package dev.mockingbird.grader;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a language model grades answers: any OpenAI-compatible endpoint (a local Ollama, llama.cpp or vLLM server, or
 * a hosted one).
 *
 * @param baseUrl the API's base URL, e.g. {@code http://127.0.0.1:11434/v1}
 * @param model   the model's name
 * @param apiKey  the key, where the endpoint needs one
 * @param timeout how long one grading may take before the built-in grader answers instead
 */
public record LlmSettings(URI baseUrl, String model, Optional<String> apiKey, Duration timeout) {

    /** Fifteen seconds: long enough for a small local model, short enough for a chat. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        if (model.isBlank()) {
            throw new IllegalArgumentException("the model's name is empty");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
    }

    @Override
    public String toString() {
        // The key never reaches a log line.
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey.isPresent() ? "***" : "none")
                + ", timeout=" + timeout + "]";
    }
}
