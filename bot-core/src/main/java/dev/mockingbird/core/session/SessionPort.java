package dev.mockingbird.core.session;

import java.time.Instant;
import java.util.Optional;

/** Stores live sessions so a restart resumes where people were. */
public interface SessionPort {

    /** The stored state. */
    Optional<SessionState> load(SessionKey key);

    /**
     * When the stored state last changed, without reading it: lets a cache in front of a store shared by several
     * instances see that another instance wrote since.
     */
    Optional<Instant> version(SessionKey key);

    /** Stores the state, replacing what was there. */
    void save(SessionKey key, SessionState state);

    /** Deletes the stored state; true when there was one. */
    boolean deleteSession(SessionKey key);
}
