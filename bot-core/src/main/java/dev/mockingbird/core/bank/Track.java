package dev.mockingbird.core.bank;

import java.util.Objects;

/**
 * A subject people practise, e.g. {@code system-design}.
 *
 * @param slug        stable lower-case id, also the pack's file name
 * @param name        display name
 * @param description one line for /tracks
 * @param family      the group /tracks lists it under ({@code Data}, {@code Languages & runtimes}); empty for none
 */
public record Track(String slug, String name, String description, String family) {
    public Track {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(family, "family");
    }

    /** A track in no family. */
    public Track(String slug, String name, String description) {
        this(slug, name, description, "");
    }
}
