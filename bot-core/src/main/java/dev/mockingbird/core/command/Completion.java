package dev.mockingbird.core.command;

import java.util.Objects;

/**
 * One value the engine offers for an option while a person types it (Discord's autocomplete).
 *
 * @param label what the person sees, e.g. {@code System Design}
 * @param value what the option is set to, e.g. {@code system-design}
 */
public record Completion(String label, String value) {
    public Completion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
