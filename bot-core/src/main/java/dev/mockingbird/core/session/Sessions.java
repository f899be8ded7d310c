package dev.mockingbird.core.session;

import dev.mockingbird.core.transaction.TransactionPort;
import java.time.Clock;
import java.time.Duration;

/**
 * Live sessions: a bounded, idle-expiring cache in front of the session store. Reads come from the cache; writes go to
 * the store first, so a reply never shows something the store does not have.
 */
public interface Sessions {

    /** The current state; {@link SessionState.Idle} when there is none or it has been idle too long. */
    SessionState get(SessionKey key);

    /** Stores and caches the new state. */
    void put(SessionKey key, SessionState state);

    /** Deletes the session from the store and the cache; true when one was stored. */
    boolean delete(SessionKey key);

    /**
     * Runs work with exclusive access to one session, so two presses of the same button or two messages from one
     * person never interleave, as one unit of work: everything it stores commits together or not at all.
     */
    <T> T locked(SessionKey key, java.util.function.Supplier<T> work);

    /** Sessions over a store, each piece of work in one of its transactions. */
    static Sessions cached(SessionPort store, TransactionPort transactions, Clock clock, Duration idleTimeout,
                           long maxSessions) {
        return new CachedSessions(store, transactions, clock, idleTimeout, maxSessions);
    }
}
