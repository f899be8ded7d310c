package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's answer in a quiz round.
 *
 * @param person      who answered
 * @param displayName how they were called when they answered
 * @param choice      the option index they picked
 * @param at          when
 */
public record QuizAnswer(SessionKey person, String displayName, int choice, Instant at) {
    public QuizAnswer {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(at, "at");
    }
}
