package dev.mockingbird.core.daily;

import static dev.mockingbird.core.Fixtures.groupPress;
import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.privateText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DailyTest {

    /** An outbound port that keeps what it was given, or fails the way it is told to. */
    static final class RecordingPort implements OutboundPort {
        final List<String> posts = new ArrayList<>();
        final List<Reply.Send> sent = new ArrayList<>();
        Optional<DeliveryException> failure = Optional.empty();

        @Override
        public String platform() {
            return "test";
        }

        @Override
        public void post(String chatId, List<Reply> replies) {
            if (failure.isPresent()) {
                throw failure.get();
            }
            for (Reply reply : replies) {
                if (reply instanceof Reply.Send send) {
                    posts.add(chatId + ": " + send.text().plainText());
                    sent.add(send);
                }
            }
        }

        /** Like a platform, numbers the messages it posts: the first of each post is "message-<n>". */
        @Override
        public Optional<String> postAndGetId(String chatId, dev.mockingbird.core.chat.ChatKind kind,
                                             List<Reply> replies) {
            post(chatId, kind, replies);
            return Optional.of("message-" + sent.size());
        }
    }

    private final Storage storage = Storage.inMemory();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T08:00:00Z"));
    private final RecordingPort port = new RecordingPort();
    private ChatEngine engine;

    @BeforeEach
    void newEngine() {
        engine = engineOver(storage);
    }

    private ChatEngine engineOver(Storage store) {
        // The people in these tests run their groups; who may change a schedule is AdminAccessTest's subject.
        return Mockingbird.builder(Fixtures.bank()).storage(store).clock(clock).random(new Random(3))
                .admins((platform, chat, user) -> true).build();
    }

    private static String text(List<Reply> replies) {
        return Fixtures.text(replies.getLast());
    }

    @Test
    void aGroupSubscribesAndGetsItsQuestionAtTheTimeOfDay() {
        // given a group that asks for a senior system-design question at 09:30 UTC
        String done = text(engine.handle(groupText("1", "/daily 09:30 sd senior")));
        assertTrue(done.contains("a daily question at 09:30 UTC from System Design (senior)"), done);
        assertTrue(done.contains("2026-01-01 at 09:30 UTC, in 1 h 30 min"), done);
        // when the schedule runs before the time, nothing goes out
        assertEquals(0, engine.postDue(List.of(port)));
        // when it runs after the time
        clock.advance(Duration.ofMinutes(91));
        assertEquals(1, engine.postDue(List.of(port)));
        // then the chat got a headed senior system-design question with its buttons
        String post = port.posts.getFirst();
        assertTrue(post.startsWith("-100: Daily interview question") && post.contains("System Design senior question"),
                post);
        assertEquals(List.of("Answer privately", "Show answer", "Next", "Skip"),
                port.sent.getFirst().buttons().stream().map(Button::label).toList());
        // and it is the chat's current question
        assertTrue(text(engine.handle(groupText("2", "/answer"))).contains("Model answer · System Design senior"));
        // and it goes out once that day, however often the schedule runs
        assertEquals(0, engine.postDue(List.of(port)));
        clock.advance(Duration.ofHours(24));
        assertEquals(1, engine.postDue(List.of(port)));
        // (nobody answered the first privately, so no reveal comes with it)
        assertEquals(2, port.posts.size());
    }

    @Test
    void itsShowAnswerButtonWorksLikeAnAskedQuestion() {
        engine.handle(groupText("1", "/daily 08:00 databases"));
        clock.advance(Duration.ofDays(1));
        engine.postDue(List.of(port));
        String data = port.sent.getFirst().buttons().stream().filter(b -> b.label().equals("Show answer"))
                .findFirst().orElseThrow().data();
        assertTrue(text(engine.handle(groupPress("3", data))).contains("Model answer"));
    }

    @Test
    void subscribingAfterTodaysTimeStartsTomorrow() {
        clock.advance(Duration.ofHours(2)); // 10:00
        String done = text(engine.handle(privateText("/daily 9am")));
        assertTrue(done.contains("2026-01-02 at 09:00 UTC, in 23 h 0 min"), done);
        assertEquals(0, engine.postDue(List.of(port)));
        clock.advance(Duration.ofHours(23));
        assertEquals(1, engine.postDue(List.of(port)));
        assertTrue(port.posts.getFirst().startsWith("42: Daily interview question"));
    }

    @Test
    void twoInstancesOnOneStorePostOnce() {
        ChatEngine other = engineOver(storage);
        engine.handle(groupText("1", "/daily 08:00"));
        clock.advance(Duration.ofDays(1));
        assertEquals(1, engine.postDue(List.of(port)) + other.postDue(List.of(port)));
        assertEquals(1, port.posts.size());
    }

    @Test
    void aChatThatBlockedTheBotIsMarkedInactiveAndSkipped() {
        engine.handle(groupText("1", "/daily 08:00"));
        clock.advance(Duration.ofDays(1));
        port.failure = Optional.of(new DeliveryException("403 Forbidden: bot was kicked", true));
        assertEquals(0, engine.postDue(List.of(port)));
        assertFalse(storage.chats().isActive("test", "-100"));
        port.failure = Optional.empty();
        clock.advance(Duration.ofDays(1));
        assertEquals(0, engine.postDue(List.of(port)), "inactive chats get nothing");
    }

    @Test
    void aPassingDeliveryFailureIsRetriedOnTheNextRun() {
        engine.handle(groupText("1", "/daily 08:00"));
        clock.advance(Duration.ofDays(1));
        port.failure = Optional.of(new DeliveryException("502 Bad Gateway", false));
        assertEquals(0, engine.postDue(List.of(port)));
        port.failure = Optional.empty();
        assertEquals(1, engine.postDue(List.of(port)));
    }

    @Test
    void nothingIsPostedWhenTheEngineCouldNotAskAQuestion() {
        // given a private subscriber in the middle of a mock interview, and a chat whose track has left the bank
        engine.handle(privateText("/daily 08:00"));
        engine.handle(privateText("/interview"));
        storage.daily().subscribe(new dev.mockingbird.core.storage.DailySubscription("test", "-200",
                dev.mockingbird.core.chat.ChatKind.GROUP, "7", "Bo", LocalTime.of(8, 0), java.time.ZoneOffset.UTC,
                Optional.of("retired-track"), Optional.empty(), clock.instant()));
        clock.advance(Duration.ofDays(1));
        // when the schedule runs
        int posted = engine.postDue(List.of(port));
        // then neither chat gets a message made of an error or a reminder instead of a question
        assertEquals(0, posted);
        assertEquals(List.of(), port.posts);
    }

    @Test
    void aChatThatKeepsFailingIsTriedAFewTimesThenLeftForTheDay() {
        engine.handle(groupText("1", "/daily 08:00"));
        clock.advance(Duration.ofDays(1));
        port.failure = Optional.of(new DeliveryException("400 Bad Request: something odd", false));
        for (int i = 0; i < 10; i++) {
            assertEquals(0, engine.postDue(List.of(port)));
        }
        port.failure = Optional.empty();
        assertEquals(0, engine.postDue(List.of(port)), "given up for today after a few tries");
        clock.advance(Duration.ofDays(1));
        assertEquals(1, engine.postDue(List.of(port)), "tomorrow is a new day");
    }

    @Test
    void theScheduleForgetsUpdateIdsOlderThanAWeek() {
        // given an update handled now
        engine.handle(dev.mockingbird.core.Fixtures.privateText("/help").withUpdateId("u1"));
        engine.delivered(dev.mockingbird.core.Fixtures.privateText("/help").withUpdateId("u1"));
        assertTrue(engine.handle(dev.mockingbird.core.Fixtures.privateText("/help").withUpdateId("u1")).isEmpty(),
                "a redelivery is dropped");
        // when the schedule runs more than a week later
        clock.advance(Duration.ofDays(8));
        engine.postDue(List.of(port));
        // then that id is no longer remembered
        assertTrue(storage.updates().firstSeen("test", "u1", clock.instant()));
    }

    @Test
    void movingTheTimeAfterTodaysQuestionWentOutPromisesTomorrow() {
        // given today's 08:00 question went out
        engine.handle(groupText("1", "/daily 08:00"));
        assertEquals(1, engine.postDue(List.of(port)));
        // when the time is moved to 10:00 at 08:30
        clock.advance(Duration.ofMinutes(30));
        String moved = text(engine.handle(groupText("1", "/daily 10:00")));
        // then the reply says tomorrow, and nothing more comes today
        assertTrue(moved.contains("The next one comes 2026-01-02 at 10:00 UTC"), moved);
        clock.advance(Duration.ofHours(2));
        assertEquals(0, engine.postDue(List.of(port)));
        clock.advance(Duration.ofDays(1));
        assertEquals(1, engine.postDue(List.of(port)));
    }

    @Test
    void platformsWithoutAPortAreLeftAlone() {
        engine.handle(groupText("1", "/daily 08:00"));
        clock.advance(Duration.ofDays(1));
        assertEquals(0, engine.postDue(List.of()));
    }

    @Test
    void statusOffAndBadInputAnswerClearly() {
        assertTrue(text(engine.handle(groupText("1", "/daily"))).contains("no daily question yet"));
        engine.handle(groupText("1", "/daily 17:45 mongo"));
        String status = text(engine.handle(groupText("2", "/daily")));
        assertTrue(status.contains("17:45 UTC from MongoDB (the subscriber's level)"), status);
        assertTrue(text(engine.handle(groupText("1", "/daily 25:00"))).contains("25:00 is not a time of day"));
        assertTrue(text(engine.handle(groupText("1", "/daily 10:00 nonsense"))).contains("I don't know a track"));
        assertTrue(text(engine.handle(groupText("1", "/daily off"))).contains("no more daily questions"));
        assertTrue(text(engine.handle(groupText("1", "/daily off"))).contains("had no daily question"));
    }

    @Test
    void aTimeZoneMovesTheQuestionToThatZonesMorning() {
        // given a chat in Tokyo (UTC+9) subscribing at 08:00 UTC, which is 17:00 there
        String done = text(engine.handle(groupText("1", "/daily 09:30 Asia/Tokyo sd")));
        // then its next question is 09:30 Tokyo time tomorrow, 00:30 UTC
        assertTrue(done.contains("a daily question at 09:30 Asia/Tokyo from System Design"), done);
        assertTrue(done.contains("2026-01-02 at 09:30 Asia/Tokyo, in 16 h 30 min"), done);
        clock.advance(Duration.ofHours(16).plusMinutes(29));
        assertEquals(0, engine.postDue(List.of(port)));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, engine.postDue(List.of(port)));
        // and on the next UTC day, still the same Tokyo day, nothing more goes out
        clock.advance(Duration.ofHours(12));
        assertEquals(0, engine.postDue(List.of(port)));
    }

    @Test
    void offsetsWorkAndAnUnknownZoneIsNamed() {
        assertTrue(text(engine.handle(groupText("1", "/daily 07:00 UTC+2"))).contains("07:00 +02:00"));
        String unknown = text(engine.handle(groupText("1", "/daily 07:00 Mars/Olympus")));
        assertTrue(unknown.contains("Mars/Olympus is not a time zone I know"), unknown);
    }

    @Test
    void readsTimesThePeopleWriteThem() {
        assertEquals(Optional.of(LocalTime.of(9, 0)), DailyCommand.parseTime("9"));
        assertEquals(Optional.of(LocalTime.of(9, 5)), DailyCommand.parseTime("09:05"));
        assertEquals(Optional.of(LocalTime.of(21, 30)), DailyCommand.parseTime("9.30pm"));
        assertEquals(Optional.of(LocalTime.of(0, 0)), DailyCommand.parseTime("12am"));
        assertEquals(Optional.of(LocalTime.of(17, 0)), DailyCommand.parseTime("17:00UTC"));
        assertEquals(Optional.empty(), DailyCommand.parseTime("24:00"));
        assertEquals(Optional.empty(), DailyCommand.parseTime("13pm"));
        assertEquals(Optional.empty(), DailyCommand.parseTime("sd"));
    }
}
