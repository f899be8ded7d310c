package dev.mockingbird.core.session;

import java.util.Optional;

/** Stores live sessions so a restart resumes where people were. */
public interface SessionPort {

    /** The stored state. */
    Optional<SessionState> load(SessionKey key);

    /** Stores the state, replacing what was there. */
    void save(SessionKey key, SessionState state);

    /** Deletes the stored state; true when there was one. */
    boolean deleteSession(SessionKey key);
}
