package dev.mockingbird.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two instances' session caches in front of one store, as two app instances on one PostgreSQL. */
class SharedStoreSessionsTest {

    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final Storage storage = Storage.inMemory();
    private final SessionPort store = storage.sessions();
    private final Sessions here = Sessions.cached(store, storage.transactions(), clock, Duration.ofHours(24), 1_000);
    private final Sessions there = Sessions.cached(store, storage.transactions(), clock, Duration.ofHours(24), 1_000);
    private final SessionKey team = new SessionKey("test", "chat", "-100");

    private SessionState asking(String questionId) {
        return new SessionState.Asking(questionId, Optional.empty(), Level.MID, false, clock.instant(),
                clock.instant());
    }

    @Test
    void workOnASessionSeesWhatAnotherInstanceWroteSince() {
        // given this instance has the session cached
        here.locked(team, () -> {
            here.put(team, asking("sd/a"));
            return null;
        });
        // when another instance writes a newer state
        clock.advance(Duration.ofSeconds(5));
        there.locked(team, () -> {
            there.put(team, asking("sd/b"));
            return null;
        });
        // then this instance's next piece of work reads the newer one
        SessionState seen = here.locked(team, () -> here.get(team));
        assertEquals("sd/b", ((SessionState.Asking) seen).questionId());
    }

    @Test
    void aSessionDeletedElsewhereIsIdleHere() {
        here.locked(team, () -> {
            here.put(team, asking("sd/a"));
            return null;
        });
        there.locked(team, () -> there.delete(team));
        SessionState seen = here.locked(team, () -> here.get(team));
        assertEquals(SessionState.Idle.class, seen.getClass());
    }
}
