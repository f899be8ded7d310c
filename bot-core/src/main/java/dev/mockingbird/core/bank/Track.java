package dev.mockingbird.core.bank;

import java.util.Objects;

/**
 * A subject people practise, e.g. {@code system-design}.
 *
 * @param slug        stable lower-case id, also the pack's file name
 * @param name        display name
 * @param description one line for /tracks
 */
public record Track(String slug, String name, String description) {
    public Track {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
