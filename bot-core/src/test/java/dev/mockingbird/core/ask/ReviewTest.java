package dev.mockingbird.core.ask;

import static dev.mockingbird.core.Fixtures.buttons;
import static dev.mockingbird.core.Fixtures.groupPress;
import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.privatePress;
import static dev.mockingbird.core.Fixtures.privateText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.Review;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final SessionKey ADA = new SessionKey("test", "user", "42");
    private final Storage storage = Storage.inMemory();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private ChatEngine engine;

    @BeforeEach
    void newEngine() {
        engine = Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(1)).build();
    }

    private static String data(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> buttons(r).stream()).filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + replies)).data();
    }

    private String firstLine(List<Reply> replies) {
        return text(replies.getLast()).lines().filter(l -> l.contains("question")).findFirst().orElseThrow();
    }

    @Test
    void aMissedQuestionComesBackTomorrowThroughReview() {
        // given a question whose model answer the person saw and rated as missed
        String question = firstLine(engine.handle(privateText("/ask sd")));
        List<Reply> answer = engine.handle(privateText("/answer"));
        assertEquals(List.of("Nailed it", "Partly", "Missed it", "Next"),
                buttons(answer.getLast()).stream().map(Button::label).toList());
        Reply rated = engine.handle(privatePress(data(answer, "Missed it"))).getLast();
        assertTrue(text(rated).contains("comes back tomorrow"), text(rated));
        // when they ask for a review the same day, nothing is due yet
        assertTrue(text(engine.handle(privateText("/review")).getLast()).contains("next review comes in 24 hours"));
        // when a day has passed
        clock.advance(Duration.ofDays(1));
        List<Reply> review = engine.handle(privateText("/review"));
        // then that very question is asked again, as the current question
        assertTrue(text(review.getLast()).startsWith("Review (the only one due)"), text(review.getLast()));
        assertTrue(text(review.getLast()).contains(question), text(review.getLast()));
        assertTrue(text(engine.handle(privateText("/answer")).getLast()).contains("Model answer · " + question));
    }

    @Test
    void nailingAQuestionAgainAndAgainSpacesItOut() {
        engine.handle(privateText("/ask sd"));
        List<Integer> gaps = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            engine.handle(privateText("/rate nailed"));
            Review review = storage.reviews().due(ADA, clock.instant().plus(Duration.ofDays(365)), 1).getFirst();
            gaps.add(review.intervalDays());
            // when it is due, /review puts it on the table again
            clock.advance(Duration.ofDays(review.intervalDays()));
            assertTrue(text(engine.handle(privateText("/review")).getLast()).startsWith("Review"));
        }
        assertEquals(List.of(4, 10, 25, 63), gaps);
        // a second press before the question is due again does not stretch the gap
        engine.handle(privateText("/rate nailed"));
        engine.handle(privateText("/rate nailed"));
        assertEquals(158, storage.reviews().due(ADA, clock.instant().plus(Duration.ofDays(365)), 1).getFirst()
                .intervalDays());
        engine.handle(privateText("/rate partly"));
        assertEquals(79, storage.reviews().due(ADA, clock.instant().plus(Duration.ofDays(365)), 1).getFirst()
                .intervalDays(), "partly halves a long gap");
        engine.handle(privateText("/rate missed"));
        assertEquals(1, storage.reviews().due(ADA, clock.instant().plus(Duration.ofDays(365)), 1).getFirst()
                .intervalDays());
    }

    @Test
    void inAGroupTheRatingGoesToThePressersOwnQueue() {
        // given a group question whose answer person 2 revealed
        List<Reply> asked = engine.handle(groupText("1", "/ask sd"));
        List<Reply> answer = engine.handle(groupPress("2", data(asked, "Show answer")));
        // when person 3 presses Partly under it
        engine.handle(groupPress("3", data(answer, "Partly")));
        // then the review is person 3's, nobody else's, and reviewing happens in private
        assertEquals(1, storage.reviews().due(new SessionKey("test", "user", "3"), clock.instant().plus(
                Duration.ofDays(30)), 10).size());
        assertEquals(List.of(), storage.reviews().due(new SessionKey("test", "user", "2"), clock.instant().plus(
                Duration.ofDays(30)), 10));
        assertTrue(text(engine.handle(groupText("3", "/review")).getLast()).contains("private chat"));
    }

    @Test
    void aGradedAnswerSchedulesItsReviewUntilARatingSaysOtherwise() {
        // given an own answer covering one of three key points (33%, counted as missed)
        engine.handle(privateText("/ask sd"));
        engine.handle(privateText("I would cache the hot reads."));
        String question = storage.history().recent(ADA, 1).getFirst().questionId();
        assertEquals(1, storage.reviews().review(ADA, question).orElseThrow().intervalDays());
        // when the person adds to it, covering everything (100%, nailed)
        engine.handle(privateText("And a queue for slow work, and scale out."));
        // then the review moves out to the first nailed gap
        assertEquals(4, storage.reviews().review(ADA, question).orElseThrow().intervalDays());
        // and an explicit rating still has the last word
        engine.handle(privateText("/rate missed"));
        assertEquals(1, storage.reviews().review(ADA, question).orElseThrow().intervalDays());
    }

    @Test
    void anEmptyQueueAndBadRatingsAnswerClearly() {
        assertTrue(text(engine.handle(privateText("/review")).getLast()).contains("review queue is empty"));
        assertTrue(text(engine.handle(privateText("/rate")).getLast()).contains("/rate nailed"));
        assertTrue(text(engine.handle(privateText("/rate nailed")).getLast()).contains("no question to rate"));
        assertTrue(text(engine.handle(privatePress("1:rate:zzz:n")).getLast()).contains("out of date"));
        assertEquals(Optional.empty(), storage.reviews().review(ADA, "system-design/mid-1"));
    }

    @Test
    void forgetEmptiesTheQueue() {
        engine.handle(privateText("/ask sd"));
        engine.handle(privateText("/rate missed"));
        assertTrue(text(engine.handle(privateText("/forget yes")).getLast()).contains("your review queue of 1 question"));
        clock.advance(Duration.ofDays(2));
        assertTrue(text(engine.handle(privateText("/review")).getLast()).contains("review queue is empty"));
    }
}
