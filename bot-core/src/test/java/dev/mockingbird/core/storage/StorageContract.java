package dev.mockingbird.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every store must do; run against memory, SQLite and PostgreSQL. */
abstract class StorageContract {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    final SessionKey ada = new SessionKey("telegram", "user", "42");
    final SessionKey bob = new SessionKey("discord", "user", "42");
    final SessionKey team = new SessionKey("telegram", "chat", "-100");

    /** A store with nothing in it. */
    abstract Storage storage();

    @Test
    void savesFindsUpdatesAndDeletesProfiles() {
        ProfilePort profiles = storage().profiles();
        assertEquals(Optional.empty(), profiles.find(ada));
        profiles.save(new Profile(ada, "Ada", Optional.of("system-design"), Level.SENIOR));
        profiles.save(new Profile(bob, "Bob", Optional.empty(), Level.JUNIOR));
        assertEquals(Optional.of(new Profile(ada, "Ada", Optional.of("system-design"), Level.SENIOR)),
                profiles.find(ada));
        profiles.save(new Profile(ada, "Ada L.", Optional.empty(), Level.MID));
        assertEquals(Optional.of(new Profile(ada, "Ada L.", Optional.empty(), Level.MID)), profiles.find(ada));
        assertTrue(profiles.deleteProfile(ada));
        assertFalse(profiles.deleteProfile(ada));
        assertEquals(Optional.empty(), profiles.find(ada));
        assertEquals(Level.JUNIOR, profiles.find(bob).orElseThrow().level(), "other people are untouched");
    }

    @Test
    void recordsAsksOutcomesAndCountsPerOwner() {
        HistoryPort history = storage().history();
        history.recordAsked(ada, "sd/a", T0);
        history.recordAsked(ada, "sd/b", T0);
        history.recordAsked(ada, "sd/a", T0);
        history.recordAsked(team, "sd/c", T0);
        history.recordOutcome(ada, "sd/a", Outcome.ANSWERED, OptionalInt.of(60), T0.plusSeconds(5));
        assertEquals(Map.of("sd/a", 2, "sd/b", 1), history.askCounts(ada));
        assertEquals(Optional.of("sd/a"), history.lastAsked(ada), "newest even within the same millisecond");
        List<HistoryEntry> recent = history.recent(ada, 2);
        assertEquals(List.of(new HistoryEntry("sd/a", T0, Outcome.ANSWERED, OptionalInt.of(60)),
                new HistoryEntry("sd/b", T0, Outcome.ASKED, OptionalInt.empty())), recent);
        assertEquals(Outcome.ASKED, history.recent(ada, 3).get(2).outcome(), "only the latest ask is updated");
        assertEquals(Map.of("sd/c", 1), history.askCounts(team));
    }

    @Test
    void deletesAnOwnersHistoryAndSaysHowMuch() {
        HistoryPort history = storage().history();
        history.recordAsked(ada, "sd/a", T0);
        history.recordAsked(ada, "sd/a", T0);
        history.recordAsked(ada, "sd/b", T0);
        history.recordAsked(team, "sd/b", T0);
        assertEquals(2, history.deleteHistory(ada));
        assertEquals(Map.of(), history.askCounts(ada));
        assertEquals(Optional.empty(), history.lastAsked(ada));
        assertEquals(Map.of("sd/b", 1), history.askCounts(team));
    }

    @Test
    void storesReplacesAndDeletesSessions() {
        SessionPort sessions = storage().sessions();
        SessionState asking = new SessionState.Asking("system-design/url-shortener", Optional.of("system-design"),
                Level.MID, false, T0, T0.plusSeconds(1));
        sessions.save(ada, asking);
        sessions.save(team, new SessionState.Asking("databases/acid", Optional.empty(), Level.SENIOR, true, T0, T0));
        assertEquals(Optional.of(asking), sessions.load(ada));
        SessionState idle = new SessionState.Idle(T0.plusSeconds(9));
        sessions.save(ada, idle);
        assertEquals(Optional.of(idle), sessions.load(ada));
        assertEquals(Optional.of(new SessionState.Asking("databases/acid", Optional.empty(), Level.SENIOR, true, T0,
                T0)), sessions.load(team));
        assertTrue(sessions.deleteSession(ada));
        assertFalse(sessions.deleteSession(ada));
        assertEquals(Optional.empty(), sessions.load(ada));
    }

    @Test
    void seesEachUpdateOnlyOnce() {
        UpdateLogPort updates = storage().updates();
        assertTrue(updates.firstSeen("telegram", "1001", T0));
        assertFalse(updates.firstSeen("telegram", "1001", T0.plusSeconds(1)));
        assertTrue(updates.firstSeen("discord", "1001", T0));
    }

    @Test
    void exactlyOneOfManyConcurrentClaimsWins() throws Exception {
        ClaimPort claims = storage().claims();
        int contenders = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(contenders)) {
            for (int i = 0; i < contenders; i++) {
                String instance = "instance-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return claims.claim("daily:telegram:-100:2026-03-01", instance, T0);
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> r : results) {
                wins += r.get() ? 1 : 0;
            }
            assertEquals(1, wins);
        }
        assertTrue(claims.claim("daily:telegram:-100:2026-03-02", "instance-0", T0));
    }

    @Test
    void marksChatsInactiveAndActiveAgain() {
        ChatPort chats = storage().chats();
        assertTrue(chats.isActive("telegram", "-100"));
        chats.markInactive("telegram", "-100", "403 Forbidden: bot was kicked", T0);
        assertFalse(chats.isActive("telegram", "-100"));
        assertTrue(chats.isActive("discord", "-100"));
        chats.markActive("telegram", "-100", T0.plusSeconds(60));
        assertTrue(chats.isActive("telegram", "-100"));
    }
}
