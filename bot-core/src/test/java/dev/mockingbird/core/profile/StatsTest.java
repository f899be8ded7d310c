package dev.mockingbird.core.profile;

import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.privateText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatsTest {

    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private ChatEngine engine;

    @BeforeEach
    void newEngine() {
        engine = Mockingbird.builder(Fixtures.bank()).clock(clock).random(new Random(2)).build();
    }

    private String say(String text) {
        return text(engine.handle(privateText(text)).getLast());
    }

    @Test
    void inAGroupPersonalCommandsAnswerOnlyThePersonWhoAsked() {
        // when someone asks for their stats, level and track in a group, and another asks for the tracks
        for (String personal : java.util.List.of("/stats", "/level", "/track", "/forget")) {
            // then the personal ones are for them alone (where the platform can show it so), the shared one for all
            dev.mockingbird.core.chat.Reply reply = engine.handle(groupText("5", personal)).getLast();
            assertTrue(reply instanceof dev.mockingbird.core.chat.Reply.Send send
                    && send.audience() == dev.mockingbird.core.chat.Audience.REQUESTER, personal + ": " + reply);
        }
        dev.mockingbird.core.chat.Reply tracks = engine.handle(groupText("6", "/tracks")).getLast();
        assertTrue(tracks instanceof dev.mockingbird.core.chat.Reply.Send send
                && send.audience() != dev.mockingbird.core.chat.Audience.REQUESTER, tracks.toString());
    }

    @Test
    void showsEachTracksProgressAverageAndTheWeakestArea() {
        // given two system design answers covering 1 and 2 of 3 points, and one database question only revealed
        say("/ask sd");
        say("A cache for the hot reads.");
        say("/next");
        say("A cache in front, and a queue for slow work.");
        say("/ask databases");
        say("/answer");
        say("/rate missed");
        // when they look at their stats
        String stats = say("/stats");
        // then each track shows what was seen and how answers did, weakest first named
        assertTrue(stats.startsWith("Your practice · 3 questions seen"), stats);
        assertTrue(stats.contains("System Design: 2 of 12 seen · 2 answered, 50% of key points on average"), stats);
        assertTrue(stats.contains("Databases & SQL: 1 of 6 seen"), stats);
        assertFalse(stats.contains("Databases & SQL: 1 of 6 seen ·"), "no average without answers: " + stats);
        assertTrue(stats.contains("Weakest area: System Design (50%). Practise it with /ask system-design."), stats);
        assertTrue(stats.contains("No reviews are due right now."), stats);
        // and a day later the missed ones are due (the 33% answer and the database question rated missed; the 67%
        // answer, partly known, waits three days)
        clock.advance(Duration.ofDays(1));
        String later = say("/stats");
        assertTrue(later.contains("2 reviews are due: /review"), later);
    }

    @Test
    void beforeAnyPracticeItSaysHowToStart() {
        assertTrue(say("/stats").contains("not practised yet"));
        assertTrue(text(engine.handle(groupText("1", "/stats")).getLast()).contains("This chat has not practised"));
    }
}
