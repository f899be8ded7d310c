package dev.mockingbird.core.session;

import static dev.mockingbird.core.Fixtures.privateText;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionExpiryTest {

    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final ChatEngine engine = Mockingbird.builder(Fixtures.bank()).clock(clock)
            .idleTimeout(Duration.ofHours(2)).build();

    private String answer() {
        Reply.Send send = assertInstanceOf(Reply.Send.class, engine.handle(privateText("/answer")).getFirst());
        return send.text().plainText();
    }

    @Test
    void aSessionUsedWithinTheIdleTimeoutKeepsItsQuestion() {
        engine.handle(privateText("/ask sd"));
        clock.advance(Duration.ofMinutes(119));
        assertTrue(answer().contains("Model answer"));
    }

    @Test
    void anIdleSessionExpiresAndStartsAfresh() {
        engine.handle(privateText("/ask sd"));
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertTrue(answer().contains("There is no question on the table"));
    }

    @Test
    void activityKeepsASessionAlive() {
        engine.handle(privateText("/ask sd"));
        clock.advance(Duration.ofMinutes(90));
        engine.handle(privateText("/answer"));
        clock.advance(Duration.ofMinutes(90));
        assertTrue(answer().contains("Model answer"));
    }

    @Test
    void theCacheIsBoundedAndFallsBackToTheStore() {
        Storage storage = Storage.inMemory();
        Sessions sessions = Sessions.cached(storage.sessions(), storage.transactions(), clock, Duration.ofHours(1), 2);
        for (int i = 0; i < 50; i++) {
            SessionKey key = new SessionKey("test", "user", "u" + i);
            sessions.put(key, new SessionState.Idle(clock.instant()));
        }
        SessionKey first = new SessionKey("test", "user", "u0");
        assertTrue(storage.sessions().load(first).isPresent(), "written through to the store");
        assertInstanceOf(SessionState.Idle.class, sessions.get(first));
    }
}
