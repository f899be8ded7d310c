package dev.mockingbird.core.quiz;

import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A chat's quiz defaults: set by admins, read by anyone, and what /quiz plays when told nothing. */
class QuizSetTest {

    private final Storage storage = Storage.inMemory();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

    private ChatEngine engine(boolean admins) {
        return Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(3))
                .admins((platform, chat, user) -> admins).build();
    }

    private static String say(ChatEngine engine, String text) {
        return text(engine.handle(groupText("1", text)).getLast());
    }

    @Test
    void anAdminsDefaultsShapeTheNextGame() {
        // given an admin who sets 3 rounds of 10 s from the databases track
        ChatEngine admin = engine(true);
        assertTrue(say(admin, "/quizset rounds 3").startsWith("Saved."));
        assertTrue(say(admin, "/quizset seconds 10").contains("3 rounds of 10 s"));
        String saved = say(admin, "/quizset track databases");
        assertTrue(saved.contains("3 rounds of 10 s, from Databases & SQL (all levels)"), saved);

        // when anyone starts a quiz without saying more
        ChatEngine member = engine(false);
        List<Reply> started = member.handle(groupText("2", "/quiz"));

        // then it is a 3-round databases game whose rounds last 10 s
        assertTrue(text(started.getFirst()).contains("3-round quiz game starts now: 10 s a round"),
                text(started.getFirst()));
        assertTrue(text(started.getLast()).startsWith("Round 1 of 3 · Quiz · Databases & SQL"),
                text(started.getLast()));
        List<String> posted = new ArrayList<>();
        OutboundPort port = new OutboundPort() {
            @Override
            public String platform() {
                return "test";
            }

            @Override
            public void post(String chatId, List<Reply> replies) {
                replies.forEach(r -> posted.add(text(r)));
            }
        };
        clock.advance(Duration.ofSeconds(10));
        assertEquals(1, member.postDue(List.of(port)));
        assertTrue(posted.getFirst().contains("Round 1 of 3 is over"), posted.getFirst());
        // and the game's starter can stop it, after which a track named on the command wins over the default
        assertTrue(text(member.handle(groupText("2", "/quiz stop")).getLast()).contains("Game stopped"));
        String named = text(member.handle(groupText("2", "/quiz system-design 2")).getLast());
        assertTrue(named.startsWith("Round 1 of 2 · Quiz · System Design"), named);
    }

    @Test
    void everyoneReadsTheSettingsButOnlyAdminsChangeThem() {
        ChatEngine member = engine(false);
        String shown = say(member, "/quizset");
        assertTrue(shown.contains("5 rounds of 20 s, from all tracks (all levels)"), shown);
        String refused = say(member, "/quizset rounds 10");
        assertTrue(refused.contains("Only this chat's admins can change the quiz settings"), refused);
        assertTrue(say(member, "/quizset").contains("5 rounds"));
    }

    @Test
    void badValuesGetAFriendlyAnswerAndChangeNothing() {
        ChatEngine admin = engine(true);
        assertTrue(say(admin, "/quizset seconds 2").contains("5 to 120 seconds"));
        assertTrue(say(admin, "/quizset rounds 99").contains("1 to 20"));
        assertTrue(say(admin, "/quizset track cobol").contains("no track I know"));
        assertTrue(say(admin, "/quizset level wizard").contains("junior, mid and senior"));
        assertTrue(say(admin, "/quizset colour blue").contains("rounds, seconds, track and level"));
        assertTrue(say(admin, "/quizset rounds").contains("Give a value"));
        assertTrue(say(admin, "/quizset").contains("5 rounds of 20 s"));
    }
}
