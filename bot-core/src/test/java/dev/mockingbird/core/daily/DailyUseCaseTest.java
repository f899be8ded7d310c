package dev.mockingbird.core.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.ask.AskUseCase;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.DailySubscription;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schedule asks through the asking use case: no typed "/ask" goes through the engine to post a question. */
class DailyUseCaseTest {

    /** The asking use case, recording what the schedule asked of it and answering with a fixed question. */
    private static final class RecordingAsks implements AskUseCase {
        final List<String> calls = new ArrayList<>();
        final Question question = Fixtures.question(Fixtures.DATABASES, Level.SENIOR, 2);

        @Override
        public Asked ask(SessionKey session, boolean inGroup, Optional<Track> track, Level level) {
            throw new AssertionError("the schedule asks with the subscriber's defaults");
        }

        @Override
        public Asked askWithDefaults(SessionKey session, SessionKey person, boolean inGroup, Optional<Track> track,
                                     Optional<Level> level) {
            calls.add(session.asString() + " for " + person.asString() + " group=" + inGroup + " "
                    + track.map(Track::slug).orElse("-") + " " + level.map(Level::slug).orElse("-"));
            return new Asked(Optional.of(question), List.of(Reply.send(RichText.plain(question.question()))));
        }

        @Override
        public Asked askQuestion(SessionKey session, boolean inGroup, Question q, RichText before) {
            throw new AssertionError("not a review");
        }
    }

    @Test
    void aDueSubscriptionIsAskedThroughTheUseCaseAndPostedWithItsHeading() {
        // given a group subscribed to senior database questions at 09:00 UTC, and it is 09:00
        Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T09:00:00Z"));
        Storage storage = Storage.inMemory();
        Sessions sessions = Sessions.cached(storage.sessions(), storage.transactions(), clock, Duration.ofHours(24),
                100);
        storage.daily().subscribe(new DailySubscription("test", "-100", ChatKind.GROUP, "7", "Bo", LocalTime.of(9, 0),
                ZoneOffset.UTC, Optional.of("databases"), Optional.of(Level.SENIOR),
                Instant.parse("2025-12-31T12:00:00Z")));
        RecordingAsks asks = new RecordingAsks();
        DailyTest.RecordingPort port = new DailyTest.RecordingPort();

        // when the schedule runs
        int posted = DailyPosts.over(Fixtures.bank(), storage, sessions, clock, asks).postDue(List.of(port));

        // then it asked the use case for the chat's session, with the subscription's track and level
        assertEquals(1, posted);
        assertEquals(List.of("test:chat:-100 for test:user:7 group=true databases senior"), asks.calls);
        // and posted what the use case replied, under the daily heading
        assertEquals(1, port.posts.size());
        assertTrue(port.posts.getFirst().startsWith("-100: Daily interview question"), port.posts.getFirst());
        assertTrue(port.posts.getFirst().contains(asks.question.question()), port.posts.getFirst());
        // and once only, however often it runs that day
        assertEquals(0, DailyPosts.over(Fixtures.bank(), storage, sessions, clock, asks).postDue(List.of(port)));
    }
}
