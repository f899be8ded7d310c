package dev.mockingbird.core.daily;

import static dev.mockingbird.core.Fixtures.groupText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.core.storage.TeamAnswer;
import dev.mockingbird.core.storage.TeamPost;
import java.util.Optional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A team's daily question: answered privately, revealed together, by the next post or an admin. */
class TeamDailyTest {

    private static final String ADMIN = "1";

    private final Storage storage = Storage.inMemory();
    private final DailyTest.RecordingPort port = new DailyTest.RecordingPort();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    private ChatEngine engine;

    @BeforeEach
    void aTeamWithADailyQuestion() {
        engine = Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(7))
                .admins((platform, chat, user) -> user.equals(ADMIN)).build();
        engine.handle(groupText(ADMIN, "/daily 09:00 sd"));
    }

    private void tickAt(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
        engine.postDue(List.of(port));
    }

    private String privately(String userId, String name, String text) {
        List<Reply> replies = engine.handle(ChatRequest.text("test", userId, ChatKind.PRIVATE, userId, name, text));
        return Fixtures.text(replies.getLast());
    }

    private Button answerButton() {
        return port.sent.getLast().buttons().stream().filter(b -> b.kind() == Button.Kind.PRIVATE_ANSWER)
                .findFirst().orElseThrow(() -> new AssertionError("no private answer button on the post"));
    }

    @Test
    void peopleAnswerPrivatelyAndTheNextPostRevealsWhoCoveredWhich() {
        // given the day's post, with its button to answer privately
        tickAt("2026-01-05T09:00:00Z");
        Button answer = answerButton();
        assertTrue(answer.data().startsWith("t_") && answer.command().equals("/start " + answer.data()),
                answer.toString());

        // when Ada follows the link, then answers; and Bob sends his answer with the link, as Discord's box does
        String opened = privately("7", "Ada", "/start " + answer.data());
        String ada = privately("7", "Ada", "I would put a redis cache in front of reads and move slow work to a "
                + "kafka queue");
        String bob = privately("8", "Bob", "/start " + answer.data() + " we scale out horizontally with sharding");

        // then each hears only about their own answer, and the team chat sees nothing yet
        assertTrue(opened.contains("System Design") && opened.contains("next message"), opened);
        assertTrue(ada.startsWith("Saved for the team's reveal. You covered 2 of 3"), ada);
        assertTrue(bob.startsWith("Saved for the team's reveal. You covered 1 of 3"), bob);
        assertEquals(1, port.posts.size());

        // when the next day's question goes out
        tickAt("2026-01-06T09:00:00Z");

        // then the reveal comes first, naming who covered which points, then the new question with a new button
        assertEquals(3, port.posts.size());
        String reveal = port.posts.get(1);
        assertTrue(reveal.contains("The team's answers") && reveal.contains("Model answer"), reveal);
        assertTrue(reveal.contains("Ada: 2 of 3 (67%) — Caching hot reads; Queue for async work"), reveal);
        assertTrue(reveal.contains("Bob: 1 of 3 (33%) — Horizontal scaling"), reveal);
        assertTrue(port.posts.get(2).contains("Daily interview question"), port.posts.get(2));
        assertNotEquals(answer.data(), answerButton().data());
    }

    @Test
    void anAdminRevealsAtOnceMembersCannotAndARevealedPostTakesNoMoreAnswers() {
        // given the day's post and one private answer
        tickAt("2026-01-05T09:00:00Z");
        Button answer = answerButton();
        privately("7", "Ada", "/start " + answer.data() + " a redis cache for hot reads");

        // when a member asks for the reveal, then the admin, twice
        String member = Fixtures.text(engine.handle(groupText("7", "/daily reveal")).getLast());
        String admin = Fixtures.text(engine.handle(groupText(ADMIN, "/daily reveal")).getLast());
        String again = Fixtures.text(engine.handle(groupText(ADMIN, "/daily reveal")).getLast());

        // then only the admin's reveals, once
        assertTrue(member.contains("admin"), member);
        assertTrue(admin.contains("Ada: 1 of 3") && admin.contains("Caching hot reads"), admin);
        assertTrue(again.contains("no team answers waiting"), again);
        // and an answer after the reveal is not kept
        String late = privately("8", "Bob", "/start " + answer.data() + " horizontal sharding");
        assertTrue(late.contains("already been revealed"), late);
        // and the next post has nothing left to reveal
        tickAt("2026-01-06T09:00:00Z");
        assertTrue(port.posts.getLast().contains("Daily interview question"), port.posts.getLast());
        assertEquals(2, port.posts.size());
    }

    @Test
    void streaksCountPostsInARowAndAnAnonymousPersonAppearsAsSomeone() {
        // given Ada answers three posts in a row and Bob only the last, and Bob prefers not to be named
        String bobChoice = Fixtures.text(engine.handle(groupText("8", "/daily anonymous")).getLast());
        for (String day : List.of("2026-01-05", "2026-01-06", "2026-01-07")) {
            tickAt(day + "T09:00:00Z");
            Button answer = answerButton();
            privately("7", "Ada", "/start " + answer.data() + " a redis cache");
            if (day.endsWith("07")) {
                privately("8", "Bob", "/start " + answer.data() + " a kafka queue");
            }
        }

        // when the third post is revealed
        String reveal = Fixtures.text(engine.handle(groupText(ADMIN, "/daily reveal")).getLast());

        // then Ada's streak shows, and Bob is "someone"
        assertTrue(bobChoice.contains("someone"), bobChoice);
        assertTrue(reveal.contains("Ada: 1 of 3 (33%) — Caching hot reads · 3 in a row"), reveal);
        assertTrue(reveal.contains("Someone: 1 of 3 (33%) — Queue for async work") && !reveal.contains("Bob"),
                reveal);
    }

    @Test
    void theWeeklyDigestSumsUpTheWeekOnceFromTheStore() {
        // given a digest set for Fridays at 17:00, and a week seeded in the store: three posts (two system design, one
        // databases), Ada answering all three, Bob only the databases one
        engine.handle(groupText(ADMIN, "/daily off"));
        String set = Fixtures.text(engine.handle(groupText(ADMIN, "/daily digest friday 17:00")).getLast());
        String refused = Fixtures.text(engine.handle(groupText("7", "/daily digest monday 09:00")).getLast());
        var daily = storage.daily();
        Instant monday = Instant.parse("2026-01-05T09:00:00Z");
        daily.addPost(new TeamPost("m", "test", "-100", "system-design/mid-1", monday, Optional.empty()));
        daily.addPost(new TeamPost("t", "test", "-100", "databases/mid-1", monday.plus(Duration.ofDays(1)),
                Optional.empty()));
        daily.addPost(new TeamPost("w", "test", "-100", "system-design/mid-2", monday.plus(Duration.ofDays(2)),
                Optional.empty()));
        daily.addPost(new TeamPost("x", "test", "-200", "databases/mid-2", monday, Optional.empty()));
        daily.saveAnswer(new TeamAnswer("m", "7", "Ada", List.of(0, 1), 67, monday.plusSeconds(60)));
        daily.saveAnswer(new TeamAnswer("t", "7", "Ada", List.of(0), 33, monday.plus(Duration.ofDays(1))));
        daily.saveAnswer(new TeamAnswer("t", "8", "Bob", List.of(), 0, monday.plus(Duration.ofDays(1))));
        daily.saveAnswer(new TeamAnswer("w", "7", "Ada", List.of(0, 1, 2), 100, monday.plus(Duration.ofDays(2))));
        daily.saveAnswer(new TeamAnswer("x", "9", "Cy", List.of(0, 1, 2), 100, monday));

        // when the schedule runs on Thursday, then on Friday at 17:00, then again
        tickAt("2026-01-08T17:00:00Z");
        int beforeFriday = port.posts.size();
        tickAt("2026-01-09T17:00:00Z");
        tickAt("2026-01-09T17:05:00Z");

        // then only the admin could set it, and Friday's digest went out once, with the week's numbers
        assertTrue(set.contains("Every Friday at 17:00 UTC"), set);
        assertTrue(refused.contains("admin"), refused);
        List<String> digests = port.posts.stream().filter(p -> p.contains("The week in review")).toList();
        assertEquals(1, digests.size(), port.posts.toString());
        assertEquals(0, beforeFriday, "nothing on Thursday");
        String digest = digests.getFirst();
        assertTrue(digest.contains("3 questions, 4 answers from 2 people."), digest);
        assertTrue(digest.contains("Ada: 3 in a row"), digest);
        assertTrue(digest.contains("Databases & SQL mid question 1? (17% covered)"), digest);
        assertTrue(digest.indexOf("Databases & SQL mid question 1?") < digest.indexOf("System Design mid question 1?"),
                digest);
        assertTrue(digest.contains("Databases & SQL: 17% of key points on average"), digest);
        assertTrue(!digest.contains("Cy"), "another chat's answers never show: " + digest);
    }

    @Test
    void aTeamLinkUsedInAGroupIsRefusedAndAPrivateChatKeepsItsOwnAnswers() {
        // given the day's post
        tickAt("2026-01-05T09:00:00Z");
        Button answer = answerButton();

        // when someone pastes the link's command into the group, and a person without a link answers privately
        String inGroup = Fixtures.text(engine.handle(groupText("7", "/start " + answer.data())).getLast());
        String plain = privately("9", "Cy", "redis cache");

        // then the group is told to answer privately, and the private message is not taken as a team answer
        assertTrue(inGroup.contains("private chat"), inGroup);
        assertTrue(!plain.contains("team"), plain);
        assertTrue(Fixtures.text(engine.handle(groupText(ADMIN, "/daily reveal")).getLast())
                .contains("Nobody answered privately"));
    }

    @Test
    void anAdminSetsARevealTimeAndTheRevealAnswersThePostOnce() {
        // given the admin moves reveals to 17:00 (a member may not), and the day's post has one private answer
        String member = Fixtures.text(engine.handle(groupText("7", "/daily reveal 17:00")).getLast());
        String set = Fixtures.text(engine.handle(groupText(ADMIN, "/daily reveal 17:00")).getLast());
        tickAt("2026-01-05T09:00:00Z");
        Reply.Send post = port.sent.getLast();
        privately("7", "Ada", "/start " + answerButton().data() + " a redis cache for hot reads");

        // when the schedule runs before 17:00, at 17:00, and again after
        tickAt("2026-01-05T16:59:00Z");
        int before = port.sent.size();
        tickAt("2026-01-05T17:00:00Z");
        tickAt("2026-01-05T17:30:00Z");

        // then only the admin's setting took, and the reveal came once at 17:00, answering the post's message
        assertTrue(member.contains("admin"), member);
        assertTrue(set.contains("each day at 17:00 UTC"), set);
        assertEquals(1, before, port.posts.toString());
        assertEquals(2, port.sent.size(), port.posts.toString());
        Reply.Send reveal = port.sent.getLast();
        assertTrue(reveal.text().plainText().contains("Ada: 1 of 3"), reveal.text().plainText());
        assertEquals(Optional.of("message-1"), reveal.replyTo(), "the reveal answers the post's first message");
        assertEquals(Optional.empty(), post.replyTo());

        // and the next day's post reveals nothing more, and says so nowhere
        tickAt("2026-01-06T09:00:00Z");
        assertEquals(3, port.sent.size(), port.posts.toString());
        assertTrue(port.posts.getLast().contains("Daily interview question"), port.posts.getLast());
        // and "/daily reveal next" goes back to revealing with the next post, which then answers its post too
        privately("8", "Bob", "/start " + answerButton().data() + " horizontal sharding");
        engine.handle(groupText(ADMIN, "/daily reveal next"));
        tickAt("2026-01-06T17:00:00Z");
        assertEquals(3, port.sent.size(), "no reveal at 17:00 any more: " + port.posts);
        tickAt("2026-01-07T09:00:00Z");
        assertEquals(Optional.of("message-3"), port.sent.get(3).replyTo(), port.posts.toString());
    }

    @Test
    void aQuestionPostedAfterTheDaysRevealTimeWaitsForTheNextDaysReveal() {
        // given reveals at 08:30, before the 09:00 post
        engine.handle(groupText(ADMIN, "/daily reveal 08:30"));
        tickAt("2026-01-05T09:00:00Z");
        privately("7", "Ada", "/start " + answerButton().data() + " a redis cache");

        // when the schedule runs later that day, and at 08:30 the next morning
        tickAt("2026-01-05T12:00:00Z");
        int sameDay = port.sent.size();
        tickAt("2026-01-06T08:30:00Z");

        // then the question stayed open all day and was revealed next morning, before the next question
        assertEquals(1, sameDay, port.posts.toString());
        assertTrue(port.posts.getLast().contains("Ada: 1 of 3"), port.posts.getLast());
        tickAt("2026-01-06T09:00:00Z");
        assertTrue(port.posts.getLast().contains("Daily interview question"), port.posts.getLast());
    }

    @Test
    void afterDowntimeThePreviousDaysRevealComesBeforeTheDaysQuestion() {
        // given reveals at 08:30, the 09:00 post answered, and the bot down from that evening until 09:30 next day
        engine.handle(groupText(ADMIN, "/daily reveal 08:30"));
        tickAt("2026-01-05T09:00:00Z");
        privately("7", "Ada", "/start " + answerButton().data() + " a redis cache");

        // when it comes back
        tickAt("2026-01-06T09:30:00Z");

        // then yesterday's answers are revealed first, then today's question goes out
        assertEquals(3, port.posts.size(), port.posts.toString());
        assertTrue(port.posts.get(1).contains("Ada: 1 of 3"), port.posts.get(1));
        assertTrue(port.posts.get(2).contains("Daily interview question"), port.posts.get(2));
    }

    @Test
    void aRevealMissedWhileTheBotWasDownComesWhenItIsBackBeforeTheNextQuestion() {
        // given reveals at 17:00, the 09:00 post answered, and the bot down from 16:00 until 10:00 the next day
        engine.handle(groupText(ADMIN, "/daily reveal 17:00"));
        tickAt("2026-01-05T09:00:00Z");
        privately("7", "Ada", "/start " + answerButton().data() + " a redis cache");
        tickAt("2026-01-05T16:00:00Z");

        // when it comes back, and at that day's 17:00
        tickAt("2026-01-06T10:00:00Z");
        int back = port.posts.size();
        privately("8", "Bob", "/start " + answerButton().data() + " horizontal sharding");
        tickAt("2026-01-06T17:00:00Z");

        // then the missed reveal came first, then the day's question, and that one was revealed at 17:00
        assertEquals(3, back, port.posts.toString());
        assertTrue(port.posts.get(1).contains("Ada: 1 of 3"), port.posts.get(1));
        assertTrue(port.posts.get(2).contains("Daily interview question"), port.posts.get(2));
        assertEquals(4, port.posts.size(), port.posts.toString());
        assertTrue(port.posts.get(3).contains("Bob: 1 of 3"), port.posts.get(3));
    }

    @Test
    void aPostThatCouldNotBeDeliveredIsClosedSoTheRetriedOneIsTheOpenOne() {
        // given reveals at 17:00, and Telegram failing the first try of the day's post
        engine.handle(groupText(ADMIN, "/daily reveal 17:00"));
        port.failure = Optional.of(new dev.mockingbird.core.chat.DeliveryException("502 from the platform", false));
        tickAt("2026-01-05T09:00:00Z");
        port.failure = Optional.empty();

        // when the next tick posts it, and Ada answers the post she saw
        tickAt("2026-01-05T09:01:00Z");
        privately("7", "Ada", "/start " + answerButton().data() + " a redis cache");
        tickAt("2026-01-05T17:00:00Z");

        // then the undelivered post was closed unseen, the delivered one revealed with her answer, and her streak holds
        List<TeamPost> posts = storage.daily().postsSince("test", "-100", Instant.parse("2026-01-05T00:00:00Z"));
        assertEquals(2, posts.size(), posts.toString());
        assertTrue(posts.stream().allMatch(p -> p.revealedAt().isPresent()), posts.toString());
        assertTrue(port.posts.getLast().contains("Ada: 1 of 3"), port.posts.getLast());
        assertTrue(privately("7", "Ada", "/stats").contains("1 team question answered"));
    }

    @Test
    void anAdminPicksARoleEachPostMentionsAndTheScheduleStays() {
        // given a member and then the admin pick a role, the way Discord writes a mention into the text
        String member = Fixtures.text(engine.handle(groupText("7", "/daily role:<@&555>")).getLast());
        String set = Fixtures.text(engine.handle(groupText(ADMIN, "/daily role:<@&555>")).getLast());
        String typo = Fixtures.text(engine.handle(groupText(ADMIN, "/daily 10:00 role:@backend")).getLast());

        // when the day's question goes out
        tickAt("2026-01-05T09:00:00Z");

        // then it mentions the role, once, at the 09:00 the schedule kept; a role typed as text is explained
        assertTrue(member.contains("admin"), member);
        assertTrue(set.contains("mentions the role"), set);
        assertTrue(typo.contains("Pick the role from the list"), typo);
        assertEquals(List.of("555"), port.sent.getLast().text().mentions());
        assertTrue(Fixtures.text(engine.handle(groupText("7", "/daily")).getLast()).contains("at 09:00"));

        // and role:none stops the mentions
        engine.handle(groupText(ADMIN, "/daily role:none"));
        tickAt("2026-01-06T09:00:00Z");
        assertEquals(List.of(), port.sent.getLast().text().mentions());
    }

    @Test
    void statsShowAPersonsStreakInTheTeamAndInPrivate() {
        // given Ada answers two posts in a row
        for (String day : List.of("2026-01-05", "2026-01-06")) {
            tickAt(day + "T09:00:00Z");
            privately("7", "Ada", "/start " + answerButton().data() + " a redis cache");
        }

        // when she asks for her stats in the team chat and in private, and Bob in the team chat
        String inTeam = Fixtures.text(engine.handle(groupText("7", "/stats")).getLast());
        String alone = privately("7", "Ada", "/stats");
        String bob = Fixtures.text(engine.handle(groupText("8", "/stats")).getLast());

        // then her streak shows in both; Bob, who never answered, has none
        assertTrue(inTeam.contains("Your streak here: 2 team questions answered in a row."), inTeam);
        assertTrue(alone.contains("Your team streak: 2 team questions answered in a row."), alone);
        assertTrue(!bob.contains("streak"), bob);
    }
}
