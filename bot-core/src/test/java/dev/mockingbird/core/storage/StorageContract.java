package dev.mockingbird.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.Audience;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionPort;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.time.LocalTime;
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

/**
 * What every store must do; run against memory here and, through the test jar, against SQLite and PostgreSQL in
 * storage-jdbc.
 */
public abstract class StorageContract {

    public static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    protected final SessionKey ada = new SessionKey("telegram", "user", "42");
    protected final SessionKey bob = new SessionKey("discord", "user", "42");
    protected final SessionKey team = new SessionKey("telegram", "chat", "-100");

    /** A store with nothing in it. */
    protected abstract Storage storage();

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
        assertEquals(new HistoryPort.AskedSoFar(Map.of("sd/a", 2, "sd/b", 1), Optional.of("sd/a")),
                history.askedSoFar(ada), "the counts and the last ask in one read");
        List<HistoryEntry> recent = history.recent(ada, 2);
        assertEquals(List.of(new HistoryEntry("sd/a", T0, Outcome.ANSWERED, OptionalInt.of(60)),
                new HistoryEntry("sd/b", T0, Outcome.ASKED, OptionalInt.empty())), recent);
        assertEquals(Outcome.ASKED, history.recent(ada, 3).get(2).outcome(), "only the latest ask is updated");
        assertEquals(Map.of("sd/c", 1), history.askCounts(team));
    }

    @Test
    void revealingAfterAnsweringKeepsTheScore() {
        HistoryPort history = storage().history();
        history.recordAsked(ada, "sd/a", T0);
        history.recordOutcome(ada, "sd/a", Outcome.ANSWERED, OptionalInt.of(67), T0.plusSeconds(5));
        history.recordOutcome(ada, "sd/a", Outcome.REVEALED, OptionalInt.empty(), T0.plusSeconds(9));
        assertEquals(List.of(new HistoryEntry("sd/a", T0, Outcome.REVEALED, OptionalInt.of(67))),
                history.recent(ada, 5));
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
        assertEquals(new HistoryPort.AskedSoFar(Map.of(), Optional.empty()), history.askedSoFar(ada));
        assertEquals(Map.of("sd/b", 1), history.askCounts(team));
    }

    @Test
    void storesReplacesAndDeletesSessions() {
        SessionPort sessions = storage().sessions();
        SessionState asking = new SessionState.Asking("system-design/url-shortener", Optional.of("system-design"),
                Level.MID, false, java.util.Set.of(2, 0), T0, T0.plusSeconds(1));
        assertEquals(Optional.empty(), sessions.version(ada));
        sessions.save(ada, asking);
        sessions.save(team, new SessionState.Asking("databases/acid", Optional.empty(), Level.SENIOR, true, T0, T0));
        assertEquals(Optional.of(asking), sessions.load(ada));
        assertEquals(Optional.of(T0.plusSeconds(1)), sessions.version(ada), "the version is when it last changed");
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
    void holdsAnUpdatesRepliesUntilTheyAreDeliveredAndLetsOneInstanceTakeThemOver() {
        UpdateLogPort updates = storage().updates();
        List<Reply> replies = List.of(
                new Reply.Send(RichText.markdown("**Design** a `URL` shortener\n\n- reads\n- writes"),
                        List.of(new Button("Show answer", "1:a:sd", "/answer"), Button.textEntry("Answer")),
                        Audience.CHAT),
                new Reply.Send(RichText.builder().paragraph(new RichText.Mention("555", "@team"))
                        .text("The team's answers").build(), List.of(), Audience.CHAT, Optional.of("9001")),
                new Reply.Edit(RichText.builder().text("edited")
                        .block(new RichText.Hidden(List.of(new RichText.CodeBlock("js", "!origin || ok"))))
                        .block(new RichText.Bullets(List.of(List.of(new RichText.Italic("first"))), true, 3))
                        .build(), List.of()),
                new Reply.Notice("Locked in: B"));
        // given an update handled, its replies held with a lease until T0 + 10 s
        assertTrue(updates.firstSeen("telegram", "7", T0));
        updates.hold("telegram", "7", new HeldReplies(replies, T0.plusSeconds(10)));
        assertEquals(Optional.of(new HeldReplies(replies, T0.plusSeconds(10))), updates.held("telegram", "7"));
        // when another instance asks before the lease ends, it may not take them; after it, exactly once
        assertFalse(updates.takeOver("telegram", "7", T0.plusSeconds(5), T0.plusSeconds(15)));
        assertTrue(updates.takeOver("telegram", "7", T0.plusSeconds(11), T0.plusSeconds(21)));
        assertFalse(updates.takeOver("telegram", "7", T0.plusSeconds(12), T0.plusSeconds(22)));
        assertEquals(T0.plusSeconds(21), updates.held("telegram", "7").orElseThrow().until());
        // then once delivered, nothing is held and nothing can be taken over
        updates.delivered("telegram", "7");
        assertEquals(Optional.empty(), updates.held("telegram", "7"));
        assertFalse(updates.takeOver("telegram", "7", T0.plusSeconds(60), T0.plusSeconds(70)));
        assertEquals(Optional.empty(), updates.held("discord", "7"));
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

    private static QuizRound round(String id, SessionKey chat, String question, int correct, Instant at) {
        return new QuizRound(id, chat, question, correct, Optional.of("system-design"), Optional.empty(), at,
                Optional.of(at.plusSeconds(60)), Optional.empty());
    }

    @Test
    void playsAQuizGameRoundByRoundWithEachStepTakenOnce() {
        // given a 2-round game in the team chat with its first round
        QuizPort quizzes = storage().quizzes();
        QuizGame game = new QuizGame("g1", team, "42", Optional.of("system-design"), Optional.empty(), 2, 20, 0, T0,
                Optional.empty(), Optional.empty());
        quizzes.startGame(game);
        assertEquals(Optional.of(game), quizzes.game("g1"));
        assertEquals(Optional.of(game), quizzes.runningGame(team));
        assertEquals(Optional.empty(), quizzes.runningGame(ada));
        quizzes.startRound(round("g1r1", team, "sd/a", 1, T0));
        quizzes.addGameRound("g1", "g1r1");
        assertEquals(1, quizzes.game("g1").orElseThrow().played());
        assertEquals(Optional.of("g1"), quizzes.gameOf("g1r1").map(QuizGame::id));

        // when its round ends and the next step is scheduled twice (two instances)
        quizzes.endRound("g1r1", T0.plusSeconds(20));
        boolean first = quizzes.scheduleNext("g1", 1, T0.plusSeconds(23));
        boolean second = quizzes.scheduleNext("g1", 1, T0.plusSeconds(24));

        // then one schedule holds, the game is due only once its time comes, and one instance takes the step
        assertTrue(first);
        assertFalse(second);
        assertEquals(List.of(), quizzes.gamesDue(T0.plusSeconds(22), List.of("telegram"), 10));
        assertEquals(List.of(), quizzes.gamesDue(T0.plusSeconds(30), List.of("discord"), 10));
        assertEquals(List.of("g1"), quizzes.gamesDue(T0.plusSeconds(23), List.of("telegram"), 10).stream()
                .map(QuizGame::id).toList());
        assertTrue(quizzes.takeNext("g1", 1));
        assertFalse(quizzes.takeNext("g1", 1));
        assertEquals(List.of(), quizzes.gamesDue(T0.plusSeconds(30), List.of("telegram"), 10));

        // when its second round is added, then the rounds read back in order
        quizzes.startRound(round("g1r2", team, "sd/b", 0, T0.plusSeconds(25)));
        quizzes.addGameRound("g1", "g1r2");
        assertEquals(List.of("g1r1", "g1r2"), quizzes.gameRounds("g1").stream().map(QuizRound::id).toList());
        assertEquals(2, quizzes.game("g1").orElseThrow().played());

        // and an answer in it carries its game, which counts as ended once it has
        quizzes.answer("g1r2", new QuizAnswer(ada, "Ada", 0, T0.plusSeconds(26)));
        quizzes.endRound("g1r2", T0.plusSeconds(30));
        assertEquals(List.of(new ScoredAnswer("g1r2", 0, T0.plusSeconds(25), Optional.of("g1"), 20, false,
                new QuizAnswer(ada, "Ada", 0, T0.plusSeconds(26)))), quizzes.scoredAnswers(team, T0));

        // and the game ends once
        assertTrue(quizzes.endGame("g1", T0.plusSeconds(60)));
        assertTrue(quizzes.scoredAnswers(team, T0).getFirst().gameEnded());
        assertFalse(quizzes.endGame("g1", T0.plusSeconds(61)));
        assertEquals(Optional.empty(), quizzes.runningGame(team));
        assertEquals(Optional.of(T0.plusSeconds(60)), quizzes.game("g1").orElseThrow().endedAt());
        assertFalse(quizzes.scheduleNext("g1", 2, T0.plusSeconds(62)), "an ended game takes no more steps");
        assertEquals(Optional.empty(), quizzes.gameOf("solo"));
    }

    @Test
    void keepsEachChatsQuizSettings() {
        QuizPort quizzes = storage().quizzes();
        assertEquals(Optional.empty(), quizzes.settings(team));
        QuizSettings set = new QuizSettings(team, 10, 30, Optional.of("databases"), Optional.empty());
        quizzes.saveSettings(set);
        QuizSettings changed = new QuizSettings(team, 3, 15, Optional.empty(), Optional.of("senior"));
        quizzes.saveSettings(QuizSettings.defaults(ada));
        assertEquals(Optional.of(set), quizzes.settings(team));
        quizzes.saveSettings(changed);
        assertEquals(Optional.of(changed), quizzes.settings(team));
        assertEquals(Optional.of(QuizSettings.defaults(ada)), quizzes.settings(ada));
    }

    @Test
    void keepsQuizRoundsAndOnlyEachPersonsFirstAnswer() {
        QuizPort quizzes = storage().quizzes();
        // given an open round in the team chat
        quizzes.startRound(round("r1", team, "sd/a", 1, T0));
        assertEquals(Optional.of(round("r1", team, "sd/a", 1, T0)), quizzes.round("r1"));
        assertEquals("r1", quizzes.openRound(team).orElseThrow().id());
        assertEquals(Optional.empty(), quizzes.openRound(ada), "other chats have no round");
        // when Ada answers twice and Bob once
        assertTrue(quizzes.answer("r1", new QuizAnswer(ada, "Ada", 1, T0.plusSeconds(1))));
        assertFalse(quizzes.answer("r1", new QuizAnswer(ada, "Ada", 2, T0.plusSeconds(2))));
        assertTrue(quizzes.answer("r1", new QuizAnswer(bob, "Bob", 0, T0.plusSeconds(3))));
        // then Ada's first answer is the one kept, in answer order
        assertEquals(List.of(new QuizAnswer(ada, "Ada", 1, T0.plusSeconds(1)),
                new QuizAnswer(bob, "Bob", 0, T0.plusSeconds(3))), quizzes.answers("r1"));
        assertEquals(Map.of("sd/a", 1), quizzes.roundCounts(team));
    }

    @Test
    void endsARoundOnceAndScoresOnlyEndedRounds() {
        QuizPort quizzes = storage().quizzes();
        quizzes.startRound(round("r1", team, "sd/a", 1, T0));
        quizzes.answer("r1", new QuizAnswer(ada, "Ada", 1, T0));
        quizzes.answer("r1", new QuizAnswer(bob, "Bob", 0, T0));
        assertEquals(List.of(), quizzes.scoredAnswers(team, T0), "an open round does not count yet");
        assertTrue(quizzes.endRound("r1", T0.plusSeconds(30)));
        assertFalse(quizzes.endRound("r1", T0.plusSeconds(31)), "a round ends once");
        assertFalse(quizzes.answer("r1", new QuizAnswer(new SessionKey("telegram", "user", "9"), "Late", 1,
                T0.plusSeconds(32))), "an ended round takes no more answers");
        assertEquals(Optional.of(T0.plusSeconds(30)), quizzes.round("r1").orElseThrow().endedAt());
        assertEquals(Optional.empty(), quizzes.openRound(team));
        quizzes.startRound(round("r2", team, "sd/b", 2, T0.plusSeconds(60)));
        quizzes.answer("r2", new QuizAnswer(bob, "Bob", 2, T0.plusSeconds(61)));
        quizzes.endRound("r2", T0.plusSeconds(90));
        // Every answer of the ended rounds, oldest first, with its round's right option; none from a later start on
        assertEquals(List.of(
                // At the same moment, by person: Bob's discord key sorts before Ada's telegram one
                new ScoredAnswer("r1", 1, T0, Optional.empty(), 0, false, new QuizAnswer(bob, "Bob", 0, T0)),
                new ScoredAnswer("r1", 1, T0, Optional.empty(), 0, false, new QuizAnswer(ada, "Ada", 1, T0)),
                new ScoredAnswer("r2", 2, T0.plusSeconds(60), Optional.empty(), 0, false,
                        new QuizAnswer(bob, "Bob", 2, T0.plusSeconds(61)))), quizzes.scoredAnswers(team, T0));
        assertEquals(List.of("r2"), quizzes.scoredAnswers(team, T0.plusSeconds(1)).stream()
                .map(ScoredAnswer::roundId).toList());
        assertEquals(List.of(), quizzes.scoredAnswers(ada, T0));
    }

    @Test
    void findsOpenRoundsWhoseTimeIsUp() {
        QuizPort quizzes = storage().quizzes();
        quizzes.startRound(round("late", team, "sd/a", 1, T0));
        quizzes.startRound(round("later", ada, "sd/b", 1, T0.plusSeconds(30)));
        quizzes.startRound(new QuizRound("manual", bob, "sd/c", 0, Optional.empty(), Optional.empty(), T0,
                Optional.empty(), Optional.empty()));
        quizzes.startRound(round("ended", team, "sd/d", 1, T0.minusSeconds(600)));
        quizzes.endRound("ended", T0);
        List<String> both = List.of("telegram", "discord");
        assertEquals(List.of(), quizzes.closing(T0.plusSeconds(59), both, 10));
        assertEquals(List.of("late"), quizzes.closing(T0.plusSeconds(60), both, 10).stream().map(QuizRound::id)
                .toList());
        assertEquals(List.of("late", "later"), quizzes.closing(T0.plusSeconds(3600), both, 10).stream()
                .map(QuizRound::id).toList(), "soonest first; a round without a timer never closes by itself");
        assertEquals(1, quizzes.closing(T0.plusSeconds(3600), both, 1).size());
        assertEquals(List.of(), quizzes.closing(T0.plusSeconds(3600), List.of("discord"), 10),
                "only the platforms asked for");
        assertEquals(List.of(), quizzes.closing(T0.plusSeconds(3600), List.of(), 10));
        assertEquals(Optional.of(T0.plusSeconds(60)), quizzes.round("late").orElseThrow().closesAt());
    }

    @Test
    void exactlyOneOfManyConcurrentRoundEndsWins() throws Exception {
        QuizPort quizzes = storage().quizzes();
        quizzes.startRound(round("r1", team, "sd/a", 1, T0));
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> ends = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                ends.add(pool.submit(() -> {
                    go.await();
                    return quizzes.endRound("r1", T0.plusSeconds(5));
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> end : ends) {
                won += end.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoHundredMembersPressingTwiceAtOnceAreEachKeptOnce() throws Exception {
        // given an open round
        QuizPort quizzes = storage().quizzes();
        quizzes.startRound(round("crowd", team, "sd/a", 1, T0));
        int people = 200;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> presses = new ArrayList<>();
            // when every member presses twice at the same moment
            for (int i = 0; i < people * 2; i++) {
                SessionKey person = new SessionKey("telegram", "user", "m" + (i % people));
                int choice = i < people ? 1 : 0;
                presses.add(pool.submit(() -> {
                    go.await();
                    return quizzes.answer("crowd", new QuizAnswer(person, "M", choice, T0.plusSeconds(1)));
                }));
            }
            go.countDown();
            int kept = 0;
            for (Future<Boolean> press : presses) {
                kept += press.get() ? 1 : 0;
            }
            // then each member's answer is kept exactly once, none lost
            assertEquals(people, kept);
            List<QuizAnswer> answers = quizzes.answers("crowd");
            assertEquals(people, answers.size());
            assertEquals(people, answers.stream().map(QuizAnswer::person).distinct().count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgettingAPersonDeletesTheirQuizAnswersOnly() {
        QuizPort quizzes = storage().quizzes();
        quizzes.startRound(round("r1", team, "sd/a", 1, T0));
        quizzes.answer("r1", new QuizAnswer(ada, "Ada", 1, T0));
        quizzes.answer("r1", new QuizAnswer(bob, "Bob", 1, T0));
        assertEquals(1, quizzes.deleteAnswers(ada));
        assertEquals(0, quizzes.deleteAnswers(ada));
        assertEquals(List.of(new QuizAnswer(bob, "Bob", 1, T0)), quizzes.answers("r1"));
    }

    @Test
    void keepsOneDailySubscriptionPerChat() {
        DailyPort daily = storage().daily();
        DailySubscription morning = new DailySubscription("telegram", "-100", ChatKind.GROUP, "42", "Ada",
                LocalTime.of(9, 0), java.time.ZoneId.of("Europe/Berlin"), Optional.of("system-design"),
                Optional.of(Level.SENIOR), T0);
        DailySubscription evening = new DailySubscription("telegram", "-100", ChatKind.GROUP, "7", "Bob",
                LocalTime.of(18, 30), java.time.ZoneOffset.UTC, Optional.empty(), Optional.empty(), T0.plusSeconds(60));
        DailySubscription discord = new DailySubscription("discord", "555", ChatKind.PRIVATE, "555", "Cy",
                LocalTime.of(7, 15), java.time.ZoneOffset.ofHours(-5), Optional.empty(), Optional.of(Level.JUNIOR), T0);
        daily.subscribe(morning);
        daily.subscribe(discord);
        assertEquals(Optional.of(morning), daily.subscription("telegram", "-100"));
        daily.subscribe(evening);
        assertEquals(Optional.of(evening), daily.subscription("telegram", "-100"), "a new time replaces the old");
        assertEquals(List.of(discord, evening), daily.subscriptions(List.of("telegram", "discord")), "by time");
        assertEquals(List.of(evening), daily.subscriptions(List.of("telegram")));
        assertEquals(List.of(), daily.subscriptions(List.of()));
        assertTrue(daily.unsubscribe("telegram", "-100"));
        assertFalse(daily.unsubscribe("telegram", "-100"));
        assertEquals(Optional.empty(), daily.subscription("telegram", "-100"));
    }

    @Test
    void keepsTeamPostsAndTheirPrivateAnswersUntilRevealedOnce() {
        // given two posts in one team chat and one in another
        DailyPort daily = storage().daily();
        TeamPost monday = new TeamPost("p1", "telegram", "-100", "sd-1", T0, Optional.empty());
        TeamPost tuesday = new TeamPost("p2", "telegram", "-100", "sd-2", T0.plusSeconds(86_400), Optional.empty());
        TeamPost elsewhere = new TeamPost("p3", "telegram", "-200", "sd-3", T0.plusSeconds(90_000), Optional.empty());
        daily.addPost(monday);
        daily.addPost(tuesday);
        daily.addPost(elsewhere);
        assertEquals(Optional.of(monday), daily.post("p1"));
        assertEquals(Optional.of(tuesday), daily.openPost("telegram", "-100"), "the newest open post");

        // when two people answer, one of them twice
        daily.saveAnswer(new TeamAnswer("p2", "42", "Ada", List.of(2, 0), 50, T0.plusSeconds(86_500)));
        daily.saveAnswer(new TeamAnswer("p2", "7", "Bob", List.of(), 0, T0.plusSeconds(86_600)));
        TeamAnswer better = new TeamAnswer("p2", "42", "Ada L.", List.of(0, 1, 2), 100, T0.plusSeconds(86_700));
        daily.saveAnswer(better);

        // then each keeps their latest answer, in the order they first answered, and no other post sees them
        assertEquals(List.of(better, new TeamAnswer("p2", "7", "Bob", List.of(), 0, T0.plusSeconds(86_600))),
                daily.teamAnswers("p2"));
        assertEquals(List.of(), daily.teamAnswers("p3"));
        // and a post is revealed once, after which the chat's open post is the one before it
        assertTrue(daily.reveal("p2", T0.plusSeconds(90_000)));
        assertFalse(daily.reveal("p2", T0.plusSeconds(90_001)), "a second reveal (another instance) is refused");
        assertEquals(Optional.of(T0.plusSeconds(90_000)), daily.post("p2").orElseThrow().revealedAt());
        assertEquals(Optional.of(monday), daily.openPost("telegram", "-100"));
        assertEquals(Optional.empty(), daily.openPost("discord", "-100"));
    }

    @Test
    void keepsAPostsMessageIdAndEachTeamsSettingsApart() {
        // given a post in a team chat, answered by Ada, and one in another chat she does not answer
        DailyPort daily = storage().daily();
        daily.addPost(new TeamPost("a1", "discord", "2000", "sd-1", T0, Optional.empty()));
        daily.addPost(new TeamPost("a2", "discord", "3000", "sd-1", T0, Optional.empty()));
        daily.saveAnswer(new TeamAnswer("a1", "42", "Ada", List.of(0), 33, T0.plusSeconds(5)));

        // when its message id is recorded, and the first chat's admins set a reveal time and a role
        daily.anchor("a1", "998877");
        daily.teamSettings(TeamSettings.defaults("discord", "2000").withRevealAt(Optional.of(LocalTime.of(17, 0)))
                .withMentionRole(Optional.of("555")));
        daily.teamSettings(TeamSettings.defaults("telegram", "2000").withMentionRole(Optional.of("1")));

        // then the post keeps its message id through its reveal, and each chat has its own settings
        assertEquals(Optional.of("998877"), daily.post("a1").orElseThrow().messageId());
        assertTrue(daily.reveal("a1", T0.plusSeconds(60)));
        assertEquals(Optional.of("998877"), daily.post("a1").orElseThrow().messageId());
        assertEquals(Optional.empty(), daily.post("a2").orElseThrow().messageId());
        assertEquals(new TeamSettings("discord", "2000", Optional.of(LocalTime.of(17, 0)), Optional.of("555")),
                daily.teamSettings("discord", "2000"));
        assertEquals(TeamSettings.defaults("discord", "3000"), daily.teamSettings("discord", "3000"));
        assertEquals(List.of(daily.teamSettings("discord", "2000")), daily.revealTimes(List.of("discord", "other")));
        assertEquals(List.of(), daily.revealTimes(List.of("telegram")), "no reveal time set there");
        // and an admin clears them again
        daily.teamSettings(daily.teamSettings("discord", "2000").withRevealAt(Optional.empty())
                .withMentionRole(Optional.empty()));
        assertEquals(TeamSettings.defaults("discord", "2000"), daily.teamSettings("discord", "2000"));
        assertEquals(List.of(), daily.revealTimes(List.of("discord")));
        // and the chats a person answered in are known, per platform
        assertEquals(List.of("2000"), daily.teamChats("discord", "42", T0));
        assertEquals(List.of(), daily.teamChats("discord", "42", T0.plusSeconds(1)));
        assertEquals(List.of(), daily.teamChats("telegram", "42", T0));
    }

    @Test
    void listsAChatsRecentPostsAndAnswersAndWhoIsAnonymous() {
        DailyPort daily = storage().daily();
        TeamPost old = new TeamPost("q1", "telegram", "-100", "sd-1", T0, Optional.empty());
        TeamPost recent = new TeamPost("q2", "telegram", "-100", "sd-2", T0.plusSeconds(86_400), Optional.empty());
        TeamPost other = new TeamPost("q3", "telegram", "-200", "sd-2", T0.plusSeconds(86_400), Optional.empty());
        List.of(old, recent, other).forEach(daily::addPost);
        TeamAnswer first = new TeamAnswer("q1", "42", "Ada", List.of(0), 33, T0.plusSeconds(10));
        TeamAnswer second = new TeamAnswer("q2", "42", "Ada", List.of(1), 33, T0.plusSeconds(86_410));
        daily.saveAnswer(first);
        daily.saveAnswer(second);
        daily.saveAnswer(new TeamAnswer("q3", "42", "Ada", List.of(1), 33, T0.plusSeconds(86_410)));
        assertEquals(List.of(recent, old), daily.postsSince("telegram", "-100", T0));
        assertEquals(List.of(recent), daily.postsSince("telegram", "-100", T0.plusSeconds(1)));
        assertEquals(List.of(first, second), daily.teamAnswersSince("telegram", "-100", T0));
        daily.anonymous("telegram", "-100", "42", true);
        daily.anonymous("telegram", "-100", "42", true);
        daily.anonymous("telegram", "-100", "7", true);
        daily.anonymous("telegram", "-100", "7", false);
        assertEquals(java.util.Set.of("42"), daily.anonymous("telegram", "-100"));
        assertEquals(java.util.Set.of(), daily.anonymous("telegram", "-200"));
        // and /forget takes a person's answers and choices away, on their platform only
        daily.awaitAnswer("telegram", "42", Optional.of("q2"));
        assertEquals(3, daily.deleteTeamAnswers("telegram", "42"));
        assertEquals(List.of(), daily.teamAnswersSince("telegram", "-100", T0));
        assertEquals(java.util.Set.of(), daily.anonymous("telegram", "-100"));
        assertEquals(Optional.empty(), daily.awaitedAnswer("telegram", "42"));
        assertEquals(0, daily.deleteTeamAnswers("discord", "42"));
    }

    @Test
    void keepsOneWeeklyDigestPerChat() {
        DailyPort daily = storage().daily();
        TeamDigest monday = new TeamDigest("telegram", "-100", java.time.DayOfWeek.MONDAY, LocalTime.of(9, 0));
        TeamDigest friday = new TeamDigest("telegram", "-100", java.time.DayOfWeek.FRIDAY, LocalTime.of(16, 30));
        TeamDigest discord = new TeamDigest("discord", "555", java.time.DayOfWeek.SUNDAY, LocalTime.of(20, 15));
        daily.digest("telegram", "-100", Optional.of(monday));
        daily.digest("discord", "555", Optional.of(discord));
        daily.digest("telegram", "-100", Optional.of(friday));
        assertEquals(Optional.of(friday), daily.digest("telegram", "-100"));
        assertEquals(List.of(friday), daily.digests(List.of("telegram")));
        assertEquals(List.of(), daily.digests(List.of()));
        daily.digest("telegram", "-100", Optional.empty());
        assertEquals(Optional.empty(), daily.digest("telegram", "-100"));
        assertEquals(List.of(discord), daily.digests(List.of("telegram", "discord")));
    }

    @Test
    void remembersWhichPostAPersonsNextPrivateMessageAnswers() {
        DailyPort daily = storage().daily();
        assertEquals(Optional.empty(), daily.awaitedAnswer("telegram", "42"));
        daily.awaitAnswer("telegram", "42", Optional.of("p1"));
        daily.awaitAnswer("telegram", "42", Optional.of("p2"));
        assertEquals(Optional.of("p2"), daily.awaitedAnswer("telegram", "42"));
        assertEquals(Optional.empty(), daily.awaitedAnswer("discord", "42"));
        daily.awaitAnswer("telegram", "42", Optional.empty());
        assertEquals(Optional.empty(), daily.awaitedAnswer("telegram", "42"));
    }

    @Test
    void keepsADailySubscriptionsWeekdaysAndPause() {
        // given a weekdays-only subscription
        DailyPort daily = storage().daily();
        DailySubscription weekdays = new DailySubscription("telegram", "-100", ChatKind.GROUP, "42", "Ada",
                LocalTime.of(9, 30), java.time.ZoneId.of("Europe/Berlin"), Optional.empty(), Optional.empty(), T0,
                true, false);
        daily.subscribe(weekdays);
        assertEquals(Optional.of(weekdays), daily.subscription("telegram", "-100"));

        // when it is paused, then resumed
        DailySubscription paused = weekdays.paused(true, T0.plusSeconds(60));
        daily.subscribe(paused);
        assertEquals(Optional.of(paused), daily.subscription("telegram", "-100"));
        assertTrue(daily.subscription("telegram", "-100").orElseThrow().paused());
        DailySubscription resumed = paused.paused(false, T0.plusSeconds(120));
        daily.subscribe(resumed);

        // then every setting survives, and the resume counts from its own time
        DailySubscription read = daily.subscription("telegram", "-100").orElseThrow();
        assertEquals(resumed, read);
        assertTrue(read.weekdays() && !read.paused());
        assertEquals(T0.plusSeconds(120), read.since());
    }

    @Test
    void forgetsOldUpdateIdsAndClaimsOnly() {
        UpdateLogPort updates = storage().updates();
        ClaimPort claims = storage().claims();
        updates.firstSeen("telegram", "1", T0);
        updates.firstSeen("telegram", "2", T0.plusSeconds(100));
        claims.claim("daily:telegram:-100:2026-03-01", "a", T0);
        claims.claim("daily:telegram:-100:2026-03-02", "a", T0.plusSeconds(100));
        assertEquals(1, updates.forgetUpdatesBefore(T0.plusSeconds(50)));
        assertEquals(1, claims.forgetClaimsBefore(T0.plusSeconds(50)));
        assertTrue(updates.firstSeen("telegram", "1", T0.plusSeconds(200)), "forgotten, so new again");
        assertFalse(updates.firstSeen("telegram", "2", T0.plusSeconds(200)), "recent ones are kept");
        assertFalse(claims.claim("daily:telegram:-100:2026-03-02", "b", T0.plusSeconds(200)));
        assertTrue(claims.claim("daily:telegram:-100:2026-03-01", "b", T0.plusSeconds(200)));
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        ClaimPort claims = storage().claims();
        assertFalse(claims.claimed("daily:telegram:-100:2026-03-01"));
        assertTrue(claims.claim("daily:telegram:-100:2026-03-01", "a", T0));
        assertTrue(claims.claimed("daily:telegram:-100:2026-03-01"));
        assertFalse(claims.claim("daily:telegram:-100:2026-03-01", "b", T0));
        claims.release("daily:telegram:-100:2026-03-01");
        assertFalse(claims.claimed("daily:telegram:-100:2026-03-01"));
        assertTrue(claims.claim("daily:telegram:-100:2026-03-01", "b", T0));
    }

    @Test
    void keepsEachPersonsReviewQueueInDueOrder() {
        ReviewPort reviews = storage().reviews();
        reviews.schedule(new Review(ada, "sd/a", T0.plusSeconds(300), 4));
        reviews.schedule(new Review(ada, "sd/b", T0.plusSeconds(100), 1));
        reviews.schedule(new Review(ada, "sd/c", T0.plusSeconds(900), 10));
        reviews.schedule(new Review(bob, "sd/a", T0, 1));
        // a new rating replaces the old review
        reviews.schedule(new Review(ada, "sd/a", T0.plusSeconds(200), 3));
        assertEquals(Optional.of(new Review(ada, "sd/a", T0.plusSeconds(200), 3)), reviews.review(ada, "sd/a"));
        assertEquals(List.of(new Review(ada, "sd/b", T0.plusSeconds(100), 1),
                new Review(ada, "sd/a", T0.plusSeconds(200), 3)), reviews.due(ada, T0.plusSeconds(250), 10));
        assertEquals(List.of(new Review(ada, "sd/b", T0.plusSeconds(100), 1)), reviews.due(ada, T0.plusSeconds(250),
                1));
        assertEquals(Optional.of(new Review(ada, "sd/c", T0.plusSeconds(900), 10)), reviews.next(ada,
                T0.plusSeconds(250)));
        assertEquals(Optional.empty(), reviews.next(ada, T0.plusSeconds(900)));
        assertEquals(3, reviews.deleteReviews(ada));
        assertEquals(List.of(), reviews.due(ada, T0.plusSeconds(10_000), 10));
        assertEquals(1, reviews.due(bob, T0, 10).size(), "other people keep theirs");
    }
}
