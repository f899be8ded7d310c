package dev.mockingbird.core.quiz;

import static dev.mockingbird.core.Fixtures.buttons;
import static dev.mockingbird.core.Fixtures.groupPress;
import static dev.mockingbird.core.Fixtures.groupText;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Group quiz games: rounds one after another, scored for speed, closed early, stopped, and carried over a restart. */
class QuizGameTest {

    private final Storage storage = Storage.inMemory();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final Posts posts = new Posts();

    private ChatEngine engine(long seed, boolean admins) {
        return Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(seed))
                .admins((platform, chat, user) -> admins).build();
    }

    /** An outbound port that keeps every reply it was given. */
    private static final class Posts implements OutboundPort {
        final List<Reply> posted = new ArrayList<>();

        @Override
        public String platform() {
            return "test";
        }

        @Override
        public void post(String chatId, List<Reply> replies) {
            posted.addAll(replies);
        }

        String last() {
            return text(posted.getLast());
        }
    }

    private int tick(ChatEngine engine, Duration after) {
        clock.advance(after);
        return engine.postDue(List.of(posts));
    }

    /** The data of the button a round shows the fixture option ({@code b} is right) under. */
    private static String press(Reply round, String option) {
        String letter = text(round).lines().map(String::strip).filter(l -> l.matches("[A-E]\\) " + option))
                .map(l -> l.substring(0, 1)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option + " in " + text(round)));
        return buttons(round).stream().filter(b -> b.label().equals(letter)).findFirst().map(Button::data)
                .orElseThrow();
    }

    @Test
    void aWholeGameScoresSpeedClosesEarlyWhenEveryoneAnsweredAndEndsWithTheWinner() {
        ChatEngine engine = engine(7, true);
        // given a 3-round game
        List<Reply> started = engine.handle(groupText("1", "/quiz system-design 3"));
        assertTrue(text(started.getFirst()).contains("3-round quiz game starts now"), text(started.getFirst()));
        Reply round1 = started.getLast();
        assertTrue(text(round1).startsWith("Round 1 of 3 · Quiz · System Design"), text(round1));
        assertEquals(List.of("A", "B", "C"), buttons(round1).stream().map(Button::label).toList(),
                "a game round has no Reveal: it closes by itself");

        // when in round 1 Grace is wrong at 2 s, Ada right at 4 s and Linus right at 5 s
        clock.advance(Duration.ofSeconds(2));
        Reply locked = engine.handle(groupPress("3", press(round1, "a"))).getLast();
        clock.advance(Duration.ofSeconds(2));
        engine.handle(groupPress("2", press(round1, "b")));
        clock.advance(Duration.ofSeconds(1));
        engine.handle(groupPress("4", press(round1, "b")));
        // then each press is acknowledged privately, and the round waits for its 20 s
        assertInstanceOf(Reply.Notice.class, locked);
        assertTrue(text(locked).startsWith("Locked in: "), text(locked));
        assertEquals(0, tick(engine, Duration.ofSeconds(14)));
        assertEquals(1, tick(engine, Duration.ofSeconds(1)));
        assertTrue(posts.last().startsWith("Time is up!") && posts.last().contains("Round 1 of 3 is over")
                && posts.last().contains("Right (2 of 3): User 2, User 4"), posts.last());
        assertTrue(posts.last().contains("Standings: User 2 1.4, User 4 1.4, User 3 0.0"), posts.last());

        // when the pause is over, round 2 is posted once
        assertEquals(0, tick(engine, Duration.ofSeconds(1)));
        assertEquals(1, tick(engine, Duration.ofSeconds(2)));
        Reply round2 = posts.posted.getLast();
        assertTrue(text(round2).startsWith("Round 2 of 3"), text(round2));
        assertEquals(0, tick(engine, Duration.ZERO));

        // when everyone who played answers round 2 (Ada and Linus right at 7 s)
        clock.advance(Duration.ofSeconds(1));
        engine.handle(groupPress("3", press(round2, "c")));
        clock.advance(Duration.ofSeconds(6));
        engine.handle(groupPress("2", press(round2, "b")));
        Reply last = engine.handle(groupPress("4", press(round2, "b"))).getLast();
        // then the round closes at once, turning its message into the result
        String closed = assertInstanceOf(Reply.Edit.class, last).text().plainText();
        assertTrue(closed.startsWith("Round 2 of 3 is over") && closed.contains("Next round in a few seconds"),
                closed);

        // when round 3 comes and nobody answers it
        assertEquals(1, tick(engine, GameFlow.PAUSE));
        assertTrue(posts.last().startsWith("Round 3 of 3"), posts.last());
        assertEquals(1, tick(engine, Duration.ofSeconds(20)));
        assertTrue(posts.last().contains("Nobody answered") && posts.last().contains("Final scores in a moment"),
                posts.last());
        assertEquals(1, tick(engine, GameFlow.PAUSE));

        // then the scoreboard names the winner: Ada and Linus both show 2.7, Ada was faster (11 s against 12 s)
        String board = posts.last();
        assertTrue(board.startsWith("Game over · 3 rounds"), board);
        assertTrue(board.contains("User 2 wins with 2.7 points"), board);
        assertTrue(board.indexOf("1. User 2 2.7 points · 2 of 3 right · 11.0 s")
                < board.indexOf("2. User 4 2.7 points · 2 of 3 right · 12.0 s"), board);
        assertTrue(board.contains("3. User 3 0.0 points · 0 of 3 right"), board);
        // and the chat's leaderboard counts the game's points and its win
        String scores = text(engine.handle(groupText("3", "/scores")).getLast());
        assertTrue(scores.contains("1. User 2 2.7 points · 1 win · 100% right of 2 · 1 game")
                && scores.contains("2. User 4 2.7 points · 0 wins · 100% right of 2"), scores);
        // and the game is over: nothing more is posted, and a new /quiz starts a new game
        assertEquals(0, tick(engine, Duration.ofMinutes(5)));
        assertTrue(text(engine.handle(groupText("1", "/quiz 2")).getFirst()).contains("2-round quiz game"));
    }

    @Test
    void theRoundShowsHowManyHaveAnsweredAtMostOnceASecond() {
        // given a game round
        ChatEngine engine = engine(7, true);
        Reply round = engine.handle(groupText("1", "/quiz 3")).getLast();

        // when two people press in the same second, and a third a second later
        List<Reply> first = engine.handle(groupPress("2", press(round, "b")));
        List<Reply> second = engine.handle(groupPress("3", press(round, "a")));
        clock.advance(Duration.ofSeconds(1));
        List<Reply> third = engine.handle(groupPress("4", press(round, "c")));

        // then the first press edits the round to show one answer, the second only gets its note, the third shows 3
        String edited = assertInstanceOf(Reply.Edit.class, first.getFirst()).text().plainText();
        assertTrue(edited.startsWith("Round 1 of 3") && edited.contains("Answered: 1"), edited);
        assertEquals(List.of("A", "B", "C"), assertInstanceOf(Reply.Edit.class, first.getFirst()).buttons().stream()
                .map(Button::label).toList(), "the buttons stay");
        assertInstanceOf(Reply.Notice.class, first.getLast());
        assertEquals(1, second.size());
        assertInstanceOf(Reply.Notice.class, second.getFirst());
        assertTrue(assertInstanceOf(Reply.Edit.class, third.getFirst()).text().plainText().contains("Answered: 3"));
    }

    @Test
    void aSecondQuizSaysAGameIsRunningAndHowManyRoundsAreLeft() {
        ChatEngine engine = engine(7, true);
        engine.handle(groupText("1", "/quiz 4"));
        String reply = text(engine.handle(groupText("2", "/quiz databases")).getLast());
        assertTrue(reply.contains("round 1 of 4, 3 rounds to go") && reply.contains("/quiz stop"), reply);
    }

    @Test
    void onlyTheStarterOrAnAdminStopsAGameAndTheScoresSoFarArePosted() {
        // given a game started by person 1 in a chat where nobody is an admin
        ChatEngine engine = engine(7, false);
        Reply round = engine.handle(groupText("1", "/quiz 5")).getLast();
        engine.handle(groupPress("2", press(round, "b")));

        // when someone else tries to stop it
        String refused = text(engine.handle(groupText("2", "/quiz stop")).getLast());

        // then it goes on
        assertTrue(refused.contains("Only whoever started this game, or an admin"), refused);
        // when its starter stops it
        List<Reply> stopped = engine.handle(groupText("1", "/quiz stop"));
        // then the open round's result and the scoreboard so far are posted, and nothing more follows
        assertTrue(text(stopped.getFirst()).contains("Right (1 of 1): User 2"), text(stopped.getFirst()));
        assertTrue(text(stopped.getLast()).startsWith("Game stopped after 1 of 5 rounds")
                && text(stopped.getLast()).contains("User 2 wins"), text(stopped.getLast()));
        assertEquals(0, tick(engine, Duration.ofMinutes(2)));
    }

    @Test
    void anAdminMayStopSomeoneElsesGame() {
        engine(7, false).handle(groupText("1", "/quiz 3"));
        List<Reply> stopped = engine(8, true).handle(groupText("9", "/quiz stop"));
        assertTrue(text(stopped.getLast()).startsWith("Game stopped after 1 of 3 rounds"), text(stopped.getLast()));
    }

    @Test
    void aGameGoesOnAfterARestartAndEachStepHappensOnceAcrossTwoInstances() {
        // given a game whose first round was answered on an instance that then went away
        Reply round = engine(7, true).handle(groupText("1", "/quiz 2")).getLast();
        engine(7, true).handle(groupPress("2", press(round, "b")));

        // when two new instances over the same store run the schedule
        ChatEngine a = engine(11, true);
        ChatEngine b = engine(12, true);
        clock.advance(Duration.ofSeconds(20));
        int closed = a.postDue(List.of(posts)) + b.postDue(List.of(posts));
        clock.advance(GameFlow.PAUSE);
        int next = b.postDue(List.of(posts)) + a.postDue(List.of(posts));

        // then round 1 closed once with its press counted, and round 2 started once
        assertEquals(List.of(1, 1), List.of(closed, next));
        assertTrue(text(posts.posted.get(0)).contains("Right (1 of 1): User 2"), text(posts.posted.get(0)));
        assertTrue(posts.last().startsWith("Round 2 of 2"), posts.last());
    }

    @Test
    void twoHundredMembersPressingAtOnceAreEachCountedOnce() throws Exception {
        // given a game round in a big group
        ChatEngine engine = engine(7, true);
        Reply round = engine.handle(groupText("1", "/quiz 2")).getLast();
        String right = press(round, "b");
        int people = 200;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long locked = 0;
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
            for (Future<List<Reply>> press : presses) {
                locked += text(press.get().getLast()).startsWith("Locked in") ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        // then each press was locked in once, and the result counts each person once
        assertEquals(people, locked);
        assertEquals(1, tick(engine, Duration.ofSeconds(20)));
        assertTrue(posts.last().contains("Right (200 of 200)"), posts.last());
    }

    @Test
    void scoresCoverAPeriodAndShowTheAskersOwnPlaceBelowTheTop() {
        // given a single round a fortnight ago that twelve people answered, person 12 wrong
        ChatEngine engine = engine(7, true);
        Reply old = engine.handle(groupText("1", "/quiz 1")).getLast();
        for (int p = 1; p <= 12; p++) {
            engine.handle(groupPress("u" + p, press(old, p == 12 ? "a" : "b")));
        }
        engine.handle(groupText("1", "/quiz reveal"));
        // and a round today that only person 1 answered
        clock.advance(Duration.ofDays(14));
        Reply today = engine.handle(groupText("1", "/quiz 1")).getLast();
        engine.handle(groupPress("u1", press(today, "b")));
        engine.handle(groupText("1", "/quiz reveal"));

        // when person 12 asks for all time, and anyone for the week
        String all = text(engine.handle(groupText("u12", "/scores all")).getLast());
        String week = text(engine.handle(groupText("u12", "/scores week")).getLast());

        // then all time lists the top ten and then person 12's own place; the week only today's round
        assertTrue(all.contains("1. User u1 2.0 points") && all.contains("10. "), all);
        assertTrue(all.contains("You:") && all.contains("12. User u12 0.0 points · 0 wins · 0% right of 1"), all);
        assertTrue(week.contains("· 7 days") && week.contains("1. User u1 1.0 points") && !week.contains("2. "),
                week);
        assertTrue(text(engine.handle(groupText("u12", "/scores year")).getLast()).contains("/scores week"));
    }
}
