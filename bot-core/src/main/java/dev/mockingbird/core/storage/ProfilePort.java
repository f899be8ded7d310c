package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import java.util.Optional;

/** Stores people's defaults. */
public interface ProfilePort {

    /** The person's profile, if they have one. */
    Optional<Profile> find(SessionKey person);

    /** Creates or replaces the profile. */
    void save(Profile profile);

    /** Deletes the profile; true when there was one. */
    boolean deleteProfile(SessionKey person);
}
