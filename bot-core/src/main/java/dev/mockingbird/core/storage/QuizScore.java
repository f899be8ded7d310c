package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.util.Objects;

/**
 * A person's standing in a chat's quizzes.
 *
 * @param person      the player
 * @param displayName how they were last called
 * @param right       rounds they answered correctly
 * @param answered    rounds they answered
 */
public record QuizScore(SessionKey person, String displayName, int right, int answered) {
    public QuizScore {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(displayName, "displayName");
    }
}
