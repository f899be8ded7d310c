package dev.mockingbird.core.limits;

import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.privatePress;
import static dev.mockingbird.core.Fixtures.privateText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Per-person and per-group limits in front of the engine, timed by an injected clock. */
class RateLimitTest {

    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final ChatEngine engine = RateLimits.DEFAULT.around(Mockingbird.builder(Fixtures.bank()).clock(clock)
            .random(new Random(1)).admins((platform, chat, user) -> true).build(), clock);

    @Test
    void aPersonPastTheBurstIsToldOnceThenHeardAgainWhenItPasses() {
        // given someone who sends five commands at once (the burst)
        for (int i = 0; i < 5; i++) {
            assertTrue(text(engine.handle(privateText("/help")).getLast()).contains("/ask"), "request " + i);
        }

        // when they send a sixth and a seventh at once
        List<Reply> sixth = engine.handle(privateText("/help"));
        List<Reply> seventh = engine.handle(privateText("/help"));

        // then the sixth is told, politely, and the seventh meets silence
        assertEquals(1, sixth.size());
        assertTrue(text(sixth.getFirst()).contains("going a little fast"), text(sixth.getFirst()));
        assertEquals(List.of(), seventh);

        // when three seconds pass (20 a minute refills one every 3 s)
        clock.advance(Duration.ofSeconds(3));

        // then they are answered again, and a later slip is told once more
        assertTrue(text(engine.handle(privateText("/help")).getLast()).contains("/ask"));
        assertTrue(text(engine.handle(privateText("/help")).getLast()).contains("going a little fast"));
    }

    @Test
    void oneFastPersonDoesNotSlowOthersDown() {
        for (int i = 0; i < 8; i++) {
            engine.handle(privateText("/help"));
        }
        ChatRequest other = ChatRequest.text("test", "7", ChatKind.PRIVATE, "7", "Grace", "/help");
        assertTrue(text(engine.handle(other).getLast()).contains("/ask"));
    }

    @Test
    void aLimitedPressGetsAToastNotAMessage() {
        for (int i = 0; i < 5; i++) {
            engine.handle(privateText("/levels"));
        }
        Reply refused = engine.handle(privatePress("1:levels")).getLast();
        assertInstanceOf(Reply.Notice.class, refused);
    }

    @Test
    void aGroupsSharedSettingsHaveALimitOfTheirOwnThatAnswersDoNotSpend() {
        // given three people who each start or change something the whole group shares
        assertTrue(text(engine.handle(groupText("1", "/quiz databases 1")).getLast()).startsWith("Quiz · "));
        assertTrue(text(engine.handle(groupText("2", "/daily 09:00")).getLast()).startsWith("Done"));
        assertTrue(text(engine.handle(groupText("3", "/quizset rounds 3")).getLast()).startsWith("Saved"));
        // and answers and reads, which do not count
        engine.handle(groupText("4", "/quiz b"));
        engine.handle(groupText("5", "/daily"));

        // when a fourth person changes a setting at once
        String refused = text(engine.handle(groupText("6", "/daily 10:00")).getLast());

        // then the group is asked to slow down, though that person has sent nothing before
        assertTrue(refused.contains("This chat has changed its quiz or daily settings a lot"), refused);
        assertFalse(text(engine.handle(groupText("6", "/daily")).getLast()).contains("a lot"),
                "reading the settings is still fine");
        // and after a while it goes through
        clock.advance(Duration.ofSeconds(10));
        assertTrue(text(engine.handle(groupText("6", "/daily 10:00")).getLast()).startsWith("Done"));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimits(0, 5, 6, 3));
        assertThrows(IllegalArgumentException.class, () -> new RateLimits(20, 5, 6, 0));
    }
}
