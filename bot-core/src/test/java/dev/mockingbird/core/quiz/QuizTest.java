package dev.mockingbird.core.quiz;

import static dev.mockingbird.core.Fixtures.buttons;
import static dev.mockingbird.core.Fixtures.groupPress;
import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.privatePress;
import static dev.mockingbird.core.Fixtures.privateText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuizTest {

    private final Storage storage = Storage.inMemory();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private ChatEngine engine;

    @BeforeEach
    void newEngine() {
        engine = engineOver(storage, 7);
    }

    private ChatEngine engineOver(Storage store, long seed) {
        return Mockingbird.builder(Fixtures.bank()).storage(store).clock(clock).random(new Random(seed)).build();
    }

    /** An outbound port that keeps what it was given. */
    private static final class Posts implements OutboundPort {
        final List<String> posted = new ArrayList<>();

        @Override
        public String platform() {
            return "test";
        }

        @Override
        public void post(String chatId, List<Reply> replies) {
            replies.forEach(r -> posted.add(chatId + ": " + text(r)));
        }
    }

    @Test
    void aGroupRoundClosesByItselfWhenItsTimeIsUp() {
        // given a group round with one right answer
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        assertTrue(text(round.getLast()).contains("show in 60 s, or when someone presses Reveal"), text(round.getLast()));
        engine.handle(groupPress("2", data(round, at(round, "b"))));
        Posts posts = new Posts();
        // when the schedule runs before and after its minute
        clock.advance(java.time.Duration.ofSeconds(59));
        assertEquals(0, engine.postDue(List.of(posts)));
        clock.advance(java.time.Duration.ofSeconds(1));
        assertEquals(1, engine.postDue(List.of(posts)));
        // then the result was posted to the group, once, and the round takes no more answers
        assertEquals(1, posts.posted.size());
        assertTrue(posts.posted.getFirst().startsWith("-100: Time is up!"), posts.posted.getFirst());
        assertTrue(posts.posted.getFirst().contains("Right (1 of 1): User 2"), posts.posted.getFirst());
        assertEquals(0, engine.postDue(List.of(posts)));
        assertTrue(text(engine.handle(groupPress("3", data(round, at(round, "a")))).getLast()).contains("round is over"));
        // and a second instance over the same store finds nothing left to close
        assertEquals(0, engineOver(storage, 1).postDue(List.of(posts)));
    }

    @Test
    void aRoundRevealedBeforeItsTimeIsNotClosedAgain() {
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        engine.handle(groupPress("1", data(round, "Reveal")));
        clock.advance(java.time.Duration.ofMinutes(5));
        Posts posts = new Posts();
        assertEquals(0, engine.postDue(List.of(posts)));
        assertEquals(List.of(), posts.posted);
    }

    /** The letter a round shows the fixture option ({@code a}, {@code b}: b is right) under: rounds shuffle them. */
    private static String at(List<Reply> round, String option) {
        return text(round.getLast()).lines().map(String::strip).filter(l -> l.matches("[A-E]\\) " + option))
                .map(l -> l.substring(0, 1)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option + " in " + text(round.getLast())));
    }

    @Test
    void theRightOptionMovesBetweenRoundsButEveryInstanceShowsARoundAlike() {
        // given many rounds, each revealed
        Set<String> rightLetters = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            List<Reply> round = engine.handle(groupText("1", "/quiz system-design 1"));
            String right = at(round, "b");
            rightLetters.add(right);
            // when another instance over the same store takes a typed answer for this round
            Reply noted = engineOver(storage, 99 + i).handle(groupText("2", "/quiz " + right)).getLast();
            // then it reads the letter as the round showed it
            assertTrue(text(noted).contains("Got it: " + right), text(noted));
            String result = text(engine.handle(groupPress("1", data(round, "Reveal"))).getLast());
            assertTrue(result.contains("answer " + right) && result.contains("Right (1 of 1): User 2"), result);
        }
        // and the right answer is not always under the same letter
        assertTrue(rightLetters.size() > 1, "the right option always showed as " + rightLetters);
    }

    private static String data(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> buttons(r).stream()).filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + replies)).data();
    }

    @Test
    void aGroupQuizKeepsEachPersonsFirstPressAndTheRevealNamesWhoWasRight() {
        // given a round in a group
        List<Reply> round = engine.handle(groupText("1", "/quiz system-design 1"));
        assertTrue(text(round.getLast()).startsWith("Quiz · System Design · "), text(round.getLast()));
        assertEquals(List.of("A", "B", "C", "Reveal"), buttons(round.getLast()).stream().map(Button::label).toList());
        // when two people answer right, one wrong, and one changes their mind
        Reply first = engine.handle(groupPress("1", data(round, at(round, "b")))).getLast();
        engine.handle(groupPress("2", data(round, at(round, "b"))));
        engine.handle(groupPress("3", data(round, at(round, "a"))));
        Reply again = engine.handle(groupPress("3", data(round, at(round, "b")))).getLast();
        // then each is told privately, and the first press is kept
        assertInstanceOf(Reply.Notice.class, first);
        assertTrue(text(first).contains("Got it: " + at(round, "b")), text(first));
        assertTrue(text(again).contains("You answered " + at(round, "a") + " already"), text(again));
        // when anyone reveals
        Reply result = engine.handle(groupPress("4", data(round, "Reveal"))).getLast();
        // then the round's message turns into the result
        Reply.Edit edit = assertInstanceOf(Reply.Edit.class, result);
        String shown = edit.text().plainText();
        assertTrue(shown.contains("answer " + at(round, "b")) && shown.contains("Because b."), shown);
        assertTrue(shown.contains("Right (2 of 3): User 1, User 2"), shown);
        assertEquals(List.of("Next quiz", "Scores"), edit.buttons().stream().map(Button::label).toList());
    }

    @Test
    void pressesAfterTheRevealAndOnUnknownRoundsAnswerSensibly() {
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        engine.handle(groupPress("1", data(round, "Reveal")));
        assertTrue(text(engine.handle(groupPress("2", data(round, at(round, "a")))).getLast()).contains("round is over"));
        assertTrue(text(engine.handle(groupPress("2", data(round, "Reveal"))).getLast())
                .contains("revealed already"));
        assertTrue(text(engine.handle(groupPress("2", "1:quiz:zzzzzzzz:0")).getLast()).contains("round is gone"));
        assertTrue(text(engine.handle(groupPress("2", "1:quiz:x")).getLast()).contains("out of date"));
    }

    @Test
    void aRoundFromAnotherChatCannotBeAnsweredHere() {
        // given a round in the group
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        // when its button data is pressed in a private chat
        Reply reply = engine.handle(privatePress(data(round, at(round, "b")))).getLast();
        // then it is not found there, and the group's round is untouched
        assertTrue(text(reply).contains("round is gone"), text(reply));
        Reply result = engine.handle(groupPress("1", data(round, "Reveal"))).getLast();
        assertTrue(text(result).contains("Nobody answered"), text(result));
    }

    @Test
    void playingAloneRevealsAtOnce() {
        List<Reply> round = engine.handle(privateText("/quiz databases"));
        assertTrue(text(round.getLast()).contains("Pick an answer."), text(round.getLast()));
        Reply result = engine.handle(privatePress(data(round, at(round, "a")))).getLast();
        String shown = assertInstanceOf(Reply.Edit.class, result).text().plainText();
        assertTrue(shown.contains("answer " + at(round, "b"))
                && shown.contains("Not this time. You picked " + at(round, "a") + "."), shown);
    }

    @Test
    void typedLettersAndRevealWorkWhereThereAreNoButtons() {
        // given a round, as the console shows it
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        assertEquals(List.of("/quiz a", "/quiz b", "/quiz c", "/quiz reveal"),
                buttons(round.getLast()).stream().map(Button::command).toList());
        // when people type their answers and the reveal
        Reply typed = engine.handle(groupText("1", "/quiz " + at(round, "b").toLowerCase(Locale.ROOT))).getLast();
        engine.handle(groupText("2", "/quiz " + at(round, "c")));
        Reply wrong = engine.handle(groupText("3", "/quiz e")).getLast();
        Reply result = engine.handle(groupText("1", "/quiz reveal")).getLast();
        // then typed answers get messages (not toasts) and the result is posted
        assertInstanceOf(Reply.Send.class, typed);
        assertTrue(text(wrong).contains("Pick one of A, B, C"), text(wrong));
        assertTrue(text(result).contains("Right (1 of 2): User 1"), text(result));
        assertTrue(text(engine.handle(groupText("1", "/quiz reveal")).getLast()).contains("No quiz round"));
        assertTrue(text(engine.handle(groupText("1", "/quiz b")).getLast()).contains("No quiz round"));
    }

    @Test
    void aNewQuizClosesTheRunningRoundAndShowsItsResultFirst() {
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        engine.handle(groupPress("2", data(round, at(round, "b"))));
        List<Reply> next = engine.handle(groupText("1", "/quiz system-design 1"));
        assertEquals(2, next.size(), next.toString());
        assertTrue(text(next.getFirst()).contains("Right (1 of 1): User 2"), text(next.getFirst()));
        assertTrue(text(next.getLast()).startsWith("Quiz · "), text(next.getLast()));
    }

    @Test
    void quizzesDoNotRepeatUntilTheChatHasPlayedThemAll() {
        // system design has 12 questions with quizzes in the fixture bank (4 per level)
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            List<Reply> round = engine.handle(groupText("1", "/quiz system-design 1"));
            seen.add(text(round.getLast()).lines().findFirst().orElseThrow() + " " + data(round, at(round, "a")));
            engine.handle(groupPress("1", data(round, "Reveal")));
        }
        // the questions' quiz texts repeat ("Quiz 1?"), so count distinct rounds by heading and level instead
        assertEquals(12, seen.size());
        String levels = String.join(" ", seen);
        assertTrue(levels.contains("junior") && levels.contains("mid") && levels.contains("senior"), levels);
    }

    @Test
    void scoresRankTheChatByRightAnswers() {
        for (String answer : List.of("b", "a")) {
            List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
            engine.handle(groupPress("1", data(round, at(round, "b"))));
            engine.handle(groupPress("2", data(round, at(round, answer))));
            engine.handle(groupPress("1", data(round, "Reveal")));
        }
        String scores = text(engine.handle(groupText("3", "/scores")).getLast());
        assertTrue(scores.contains("1. User 1 2.0 points · 0 wins · 100% right of 2 · 0 games")
                && scores.contains("2. User 2 1.0 points · 0 wins · 50% right of 2"), scores);
        assertTrue(text(engine.handle(privateText("/scores")).getLast()).contains("no finished quiz rounds"));
    }

    @Test
    void manySimultaneousPressesCountEveryoneOnce() throws Exception {
        // given a round in a busy group
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        String right = data(round, at(round, "b"));
        int people = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Reply>>> presses = new ArrayList<>();
            // when everyone presses twice at the same moment
            for (int i = 0; i < people * 2; i++) {
                String person = "p" + (i % people);
                presses.add(pool.submit(() -> {
                    go.await();
                    return engine.handle(groupPress(person, right));
                }));
            }
            go.countDown();
            long accepted = 0;
            for (Future<List<Reply>> press : presses) {
                accepted += text(press.get().getLast()).startsWith("Got it") ? 1 : 0;
            }
            // then each person's answer counted exactly once
            assertEquals(people, accepted);
        } finally {
            pool.shutdownNow();
        }
        String result = text(engine.handle(groupPress("p0", data(round, "Reveal"))).getLast());
        assertTrue(result.contains("Right (40 of 40)"), result);
    }

    @Test
    void twoInstancesOnOneStoreRevealARoundOnce() {
        // given a second instance over the same store
        ChatEngine other = engineOver(storage, 99);
        List<Reply> round = engine.handle(groupText("1", "/quiz 1"));
        other.handle(groupPress("2", data(round, at(round, "b"))));
        // when both reveal
        Reply here = engine.handle(groupPress("1", data(round, "Reveal"))).getLast();
        Reply there = other.handle(groupPress("3", data(round, "Reveal"))).getLast();
        // then one posts the result and the other only says so
        assertInstanceOf(Reply.Edit.class, here);
        assertTrue(text(here).contains("Right (1 of 1): User 2"), text(here));
        assertTrue(text(there).contains("revealed already"), text(there));
    }

    @Test
    void forgetDeletesAPersonsQuizAnswers() {
        List<Reply> round = engine.handle(privateText("/quiz"));
        engine.handle(privatePress(data(round, at(round, "b"))));
        String done = text(engine.handle(privateText("/forget yes")).getLast());
        assertTrue(done.contains("your 1 quiz answer"), done);
        assertTrue(text(engine.handle(privateText("/scores")).getLast()).contains("no finished quiz rounds"));
    }
}
