package dev.mockingbird.core.bank;

import java.util.List;
import java.util.Objects;

/**
 * The multiple-choice variant of a question, for group quizzes.
 *
 * @param question    the quiz question
 * @param options     3 to 5 options
 * @param answer      index of the correct option
 * @param explanation why that option is right
 */
public record Quiz(String question, List<String> options, int answer, String explanation) {
    public Quiz {
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
        Objects.requireNonNull(explanation, "explanation");
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("quiz answer index out of range");
        }
    }
}
