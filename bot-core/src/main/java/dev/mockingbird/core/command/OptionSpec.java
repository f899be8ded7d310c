package dev.mockingbird.core.command;

import java.util.Objects;

/**
 * One argument of a command, for platforms with typed command menus (Discord slash options).
 *
 * @param name        lower-case option name
 * @param description one line
 * @param kind        what values it takes
 * @param required    whether it must be given
 */
public record OptionSpec(String name, String description, Kind kind, boolean required) {

    /** What values an option takes; adapters offer autocomplete or fixed choices from it. */
    public enum Kind {
        /** A track: offer the bank's tracks. */
        TRACK,
        /** A level: offer junior, mid, senior. */
        LEVEL,
        /** Free text. */
        TEXT,
        /** A group of people to mention (a role on Discord), given as the platform's id; text elsewhere. */
        GROUP
    }

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
    }
}
