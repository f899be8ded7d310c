package dev.mockingbird.core.storage;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.session.SessionKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's defaults.
 *
 * @param person      the person ({@code user} scope)
 * @param displayName how they were last seen
 * @param track       default track slug, empty for all tracks
 * @param level       default level
 */
public record Profile(SessionKey person, String displayName, Optional<String> track, Level level) {

    /** The level people start at until they choose one. */
    public static final Level DEFAULT_LEVEL = Level.MID;

    public Profile {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
    }

    /** A new person's profile. */
    public static Profile fresh(SessionKey person, String displayName) {
        return new Profile(person, displayName, Optional.empty(), DEFAULT_LEVEL);
    }

    /** With another default track (empty: all tracks). */
    public Profile withTrack(Optional<String> newTrack) {
        return new Profile(person, displayName, newTrack, level);
    }

    /** With another default level. */
    public Profile withLevel(Level newLevel) {
        return new Profile(person, displayName, track, newLevel);
    }
}
