package dev.mockingbird.core;

import static dev.mockingbird.core.Fixtures.buttons;
import static dev.mockingbird.core.Fixtures.groupPress;
import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.privatePress;
import static dev.mockingbird.core.Fixtures.privateText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.Audience;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.Completion;
import dev.mockingbird.core.command.OptionSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineTest {

    private ChatEngine engine;

    @BeforeEach
    void newEngine() {
        engine = Mockingbird.builder(Fixtures.bank())
                .clock(new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z")))
                .random(new Random(7))
                .build();
    }

    private String say(ChatRequest request) {
        List<Reply> replies = engine.handle(request);
        assertFalse(replies.isEmpty(), "expected a reply to " + request);
        return text(replies.getLast());
    }

    private Button button(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> buttons(r).stream()).filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + replies));
    }

    @Test
    void asksASystemDesignQuestionAtTheUsersLevel() {
        // given a person whose level is senior
        say(privateText("/level senior"));
        // when they ask for system design
        String reply = say(privateText("/ask system-design"));
        // then the question is a senior system-design one
        assertTrue(reply.contains("System Design senior question"), reply);
    }

    @Test
    void asksAtMidLevelUntilThePersonChoosesOne() {
        assertTrue(say(privateText("/ask sd")).contains("System Design mid question"));
    }

    @Test
    void acceptsSlugsAliasesNamesAndNearMisses() {
        assertTrue(say(privateText("/ask sd senior")).contains("System Design senior"));
        assertTrue(say(privateText("/ask System Design")).contains("System Design mid"));
        assertTrue(say(privateText("/ask mongo")).contains("MongoDB mid"));
        assertTrue(say(privateText("/ask sytem desgn junior")).contains("System Design junior"));
        assertTrue(say(privateText("/ask DATABASES Senior")).contains("Databases & SQL senior"));
    }

    @Test
    void aQuestionsIdAsksExactlyThatQuestion() {
        String reply = say(privateText("/ask databases/senior-2"));
        assertTrue(reply.contains("Databases & SQL senior question 2?"), reply);
        assertTrue(say(privateText("/answer")).contains("Model answer · Databases & SQL senior question 2?"));
        assertTrue(say(privateText("/ask databases/no-such-question")).contains("I don't know a track"));
    }

    @Test
    void anUnknownTrackListsTheRealOnes() {
        String reply = say(privateText("/ask nonsense"));
        assertTrue(reply.contains("I don't know a track called nonsense"), reply);
        assertTrue(reply.contains("system-design") && reply.contains("databases") && reply.contains("mongodb"));
    }

    @Test
    void aRealTrackWithAWordThatIsNoLevelExplainsTheLevels() {
        // when the track is right but the level is not
        String reply = say(privateText("/ask mongodb banana"));
        // then the reply is about levels, not a list of tracks, and no question is asked
        assertTrue(reply.contains("banana is not a level I know") && reply.contains("junior"), reply);
        assertTrue(reply.contains("/ask mongodb senior"), reply);
        assertTrue(say(privateText("/answer")).contains("no question"), "no question was asked");
    }

    @Test
    void askWithoutTrackUsesTheDefaultTrack() {
        say(privateText("/track databases"));
        for (int i = 0; i < 5; i++) {
            assertTrue(say(privateText("/ask")).contains("Databases & SQL"));
        }
    }

    @Test
    void askWithoutTrackOrDefaultPicksFromAllTracksAtTheLevel() {
        say(privateText("/level senior"));
        String reply = say(privateText("/ask"));
        assertTrue(reply.contains("senior question"), reply);
    }

    @Test
    void everyQuestionOffersShowAnswerNextAndSkip() {
        // in a private chat, with a text box for platforms that cannot read typed answers
        List<Reply> replies = engine.handle(privateText("/ask sd"));
        assertEquals(List.of("Answer", "Show answer", "Next", "Skip"),
                buttons(replies.getFirst()).stream().map(Button::label).toList());
        assertEquals(List.of(Button.Kind.TEXT_ENTRY, Button.Kind.PRESS, Button.Kind.PRESS, Button.Kind.PRESS),
                buttons(replies.getFirst()).stream().map(Button::kind).toList());
        assertEquals(List.of("/answer", "/next", "/skip"), buttons(replies.getFirst()).stream()
                .filter(b -> b.kind() == Button.Kind.PRESS).map(Button::command).toList());
        // in a group, where answers are talked over rather than graded, without it
        assertEquals(List.of("Show answer", "Next", "Skip"),
                buttons(engine.handle(groupText("1", "/ask sd")).getFirst()).stream().map(Button::label).toList());
    }

    @Test
    void aTextEntryPressedOnAPlatformThatSendsItAsAPressAsksForTypedWords() {
        engine.handle(privateText("/ask sd"));
        Reply reply = engine.handle(privatePress(Button.TEXT_ENTRY_DATA)).getLast();
        assertTrue(text(reply).contains("Type your answer"), text(reply));
    }

    @Test
    void answerRevealsTheModelAnswerAndKeyPointsOfTheCurrentQuestion() {
        String question = say(privateText("/ask databases junior"));
        String answer = say(privateText("/answer"));
        String asked = question.lines().filter(l -> l.contains("question")).findFirst().orElseThrow();
        assertTrue(answer.contains(asked.strip()), "names the question: " + answer);
        assertTrue(answer.contains("Model answer for databases junior"), answer);
        assertTrue(answer.contains("Caching hot reads"), answer);
        assertTrue(answer.contains("What breaks first?"), answer);
    }

    @Test
    void answerWithNoQuestionAskedExplainsWhatToDo() {
        assertTrue(say(privateText("/answer")).contains("Send /ask"));
        assertTrue(say(privateText("/skip")).contains("Send /ask"));
    }

    @Test
    void showAnswerButtonEditsTheQuestionAndFollowsUpWithTheAnswer() {
        List<Reply> asked = engine.handle(privateText("/ask sd junior"));
        List<Reply> replies = engine.handle(privatePress(button(asked, "Show answer").data()));
        Reply.Edit edit = assertInstanceOf(Reply.Edit.class, replies.get(0));
        assertTrue(edit.buttons().isEmpty(), "the question loses its buttons once answered");
        assertTrue(text(replies.get(1)).contains("Model answer"));
    }

    @Test
    void nextAsksAnotherQuestionFromTheSameTrackAndLevel() {
        String first = say(privateText("/ask sd senior"));
        String second = say(privateText("/next"));
        assertTrue(second.contains("System Design senior"), second);
        assertFalse(second.equals(first));
    }

    @Test
    void pressingNextTwiceOnTheSameQuestionAsksOnlyOnce() {
        List<Reply> asked = engine.handle(privateText("/ask sd"));
        String next = button(asked, "Next").data();
        assertInstanceOf(Reply.Send.class, engine.handle(privatePress(next)).getFirst());
        assertInstanceOf(Reply.Notice.class, engine.handle(privatePress(next)).getFirst());
    }

    @Test
    void skipMovesOnAndAnOldSkipButtonDoesNothing() {
        List<Reply> asked = engine.handle(privateText("/ask sd"));
        String skip = button(asked, "Skip").data();
        assertTrue(text(engine.handle(privatePress(skip)).getFirst()).contains("System Design mid"));
        assertInstanceOf(Reply.Notice.class, engine.handle(privatePress(skip)).getFirst());
    }

    @Test
    void levelAndTrackSetThePersonsDefaults() {
        assertTrue(say(privateText("/level sr")).contains("your level is senior"));
        assertTrue(say(privateText("/level")).contains("Your level: senior"));
        assertTrue(say(privateText("/level wizard")).contains("junior, mid and senior"));
        assertTrue(say(privateText("/track mongo")).contains("MongoDB"));
        assertTrue(say(privateText("/track")).contains("MongoDB"));
        assertTrue(say(privateText("/track all")).contains("all tracks"));
        assertTrue(say(privateText("/track nope")).contains("I don't know a track"));
    }

    @Test
    void levelButtonsSetTheLevel() {
        List<Reply> replies = engine.handle(privateText("/level"));
        say(privatePress(button(replies, "junior").data()));
        assertTrue(say(privateText("/ask sd")).contains("junior"));
    }

    @Test
    void startHelpTracksAndLevelsExplainTheBot() {
        assertTrue(say(privateText("/start")).contains("Hi Ada"));
        String help = say(privateText("/help"));
        for (String command : List.of("/start", "/help", "/tracks", "/levels", "/ask [track] [level]", "/answer",
                "/next", "/skip", "/level [level]", "/track [track]")) {
            assertTrue(help.contains(command), command + " missing from " + help);
        }
        String tracks = say(privateText("/tracks"));
        assertTrue(tracks.contains("system-design System Design (4 · 4 · 4)"), tracks);
        assertTrue(say(privateText("/levels")).contains("junior"));
    }

    @Test
    void tracksAreListedByFamilyTheLargestFirst() {
        // when someone lists the tracks
        String tracks = say(privateText("/tracks"));

        // then each family heads its own tracks, the family with more tracks first, one short line per track
        int data = tracks.indexOf("Data");
        int systems = tracks.indexOf("Systems & design");
        assertTrue(data >= 0 && systems > data, tracks);
        assertTrue(tracks.indexOf("databases Databases & SQL") > data
                && tracks.indexOf("mongodb MongoDB") < systems, tracks);
        assertTrue(tracks.indexOf("system-design System Design") > systems, tracks);
        assertFalse(tracks.contains("Relational databases."), "descriptions wait for /tracks <track>: " + tracks);
    }

    @Test
    void oneTrackIsDescribedWithButtonsToAskAtEachLevelItHas() {
        // when someone asks about one track by a name people type
        List<Reply> replies = engine.handle(privateText("/tracks mongo"));

        // then its description and counts are shown, with a button per level that has questions
        String text = text(replies.getFirst());
        assertTrue(text.contains("MongoDB") && text.contains("Documents and aggregation.") && text.contains("Data"),
                text);
        List<String> levels = buttons(replies.getFirst()).stream().map(Button::label).toList();
        assertFalse(levels.contains("junior"), "mongodb has no junior questions: " + levels);
        assertFalse(levels.isEmpty(), text);

        // and pressing one asks a question of that track at that level
        String asked = say(privatePress(button(replies, levels.getFirst()).data()));
        assertTrue(asked.contains("MongoDB"), asked);
    }

    @Test
    void tracksForAnUnknownTrackSaysSoAndListsNothingLong() {
        String reply = say(privateText("/tracks cobol"));
        assertTrue(reply.contains("cobol"), reply);
        assertFalse(reply.contains("Systems & design"), reply);
    }

    @Test
    void anEmptyPoolOffersTheLevelsThatExist() {
        List<Reply> replies = engine.handle(privateText("/ask mongodb junior"));
        String text = text(replies.getFirst());
        assertTrue(text.contains("MongoDB has no junior questions"), text);
        assertEquals(List.of("mid", "senior"), buttons(replies.getFirst()).stream().map(Button::label).toList());
        assertTrue(text(engine.handle(privatePress(button(replies, "senior").data())).getFirst())
                .contains("MongoDB senior"));
    }

    @Test
    void unknownCommandsGetAFriendlyHintWithTheClosestCommand() {
        String reply = say(privateText("/aks sd"));
        assertTrue(reply.contains("I don't know the command /aks") && reply.contains("Did you mean /ask"), reply);
        assertTrue(say(privateText("/ zzz")).contains("I don't know the command"));
    }

    @Test
    void commandsAddressedWithTheBotNameWork() {
        assertTrue(say(privateText("/ask@MockingbirdBot sd")).contains("System Design"));
        assertTrue(say(privateText("/ASK sd")).contains("System Design"));
    }

    @Test
    void hugeStrangeAndMarkupTextGetsAHelpfulReply() {
        String huge = "x".repeat(10_000);
        assertTrue(say(privateText("/ask " + huge)).contains("I don't know a track"));
        assertTrue(say(privateText("/" + huge)).contains("I don't know the command"));
        assertTrue(say(privateText(huge)).contains("Send /ask"));
        say(privateText("/ask sd"));
        assertTrue(say(privateText("🙂🔥 <b>bold</b> **md** `code` ||spoiler|| @everyone & <script>")).contains(
                "key points"));
        String echoed = say(privateText("/ask <b>x</b> *y* 🙂"));
        assertTrue(echoed.contains("<b>x</b> *y* 🙂"), "user text is kept as plain text: " + echoed);
    }

    @Test
    void ownAnswersAreGradedAgainstTheKeyPoints() {
        say(privateText("/ask sd"));
        String reply = say(privateText("I would put Redis in front as a cache and scale out horizontally."));
        assertTrue(reply.contains("You covered 2 of 3 key points (67%)"), reply);
        assertTrue(reply.contains("✓ Caching hot reads") && reply.contains("✓ Horizontal scaling"), reply);
        assertFalse(reply.contains("Queue for async work"), "missed points stay hidden until revealed");
        assertTrue(say(privateText("a cache")).contains("short"));
    }

    @Test
    void answersAddUpAcrossMessagesAndAHintNamesAPointNotYetCovered() {
        // given a first answer that covers caching only
        say(privateText("/ask sd"));
        List<Reply> first = engine.handle(privateText("I would cache the hot reads in Redis."));
        assertTrue(text(first.getLast()).contains("You covered 1 of 3 key points (33%)"), text(first.getLast()));
        // when the person asks for a hint
        String hint = text(engine.handle(privatePress(button(first, "Hint").data())).getLast());
        // then it names the first point not covered, and not the one they already made
        assertTrue(hint.contains("Hint: say something about queue for async work."), hint);
        // when they add to their answer
        String second = say(privateText("Slow work goes on a Kafka queue, and we scale out."));
        // then both answers count, and the newly covered points are marked
        assertTrue(second.contains("With that, you have covered 3 of 3 key points (100%)"), second);
        assertTrue(second.contains("✓ Caching hot reads\n") && second.contains("✓ Queue for async work  (new)"),
                second);
        assertTrue(say(privateText("/hint")).contains("covered every key point"));
        // and the next question starts from nothing
        say(privateText("/next"));
        assertTrue(say(privateText("A cache in front of it all.")).contains("You covered 1 of 3"));
    }

    @Test
    void aHintWithoutAQuestionOrFromAnOldQuestionSaysSo() {
        assertTrue(say(privateText("/hint")).contains("no question on the table"));
        say(privateText("/ask sd"));
        List<Reply> graded = engine.handle(privateText("I would cache the hot reads in Redis."));
        say(privateText("/next"));
        Reply stale = engine.handle(privatePress(button(graded, "Hint").data())).getLast();
        assertInstanceOf(Reply.Notice.class, stale);
        assertTrue(text(stale).contains("earlier question"), text(stale));
    }

    @Test
    void groupsShareOneSessionAndHideTheAnswerForThePresserOnly() {
        List<Reply> asked = engine.handle(groupText("1", "/ask sd"));
        String question = text(asked.getFirst());
        List<Reply> revealed = engine.handle(groupPress("2", button(asked, "Show answer").data()));
        Reply.Send send = assertInstanceOf(Reply.Send.class, revealed.getFirst());
        assertEquals(Audience.REQUESTER, send.audience());
        assertTrue(send.text().blocks().stream().anyMatch(RichText.Hidden.class::isInstance));
        // anyone in the group continues the same session
        assertTrue(say(groupText("3", "/answer")).contains(question.lines().toList().get(1).strip()));
    }

    @Test
    void groupsIgnorePlainTalkAndOtherBotsCommands() {
        assertTrue(engine.handle(groupText("1", "hello everyone")).isEmpty());
        assertTrue(engine.handle(groupText("1", "/weather")).isEmpty());
    }

    @Test
    void groupChatterIsIgnoredBeforeAnythingIsStored() {
        // given group chatter that carries an update id
        assertTrue(engine.handle(groupText("1", "who is up for a mock interview?").withUpdateId("77")).isEmpty());
        // when a command then comes with that same id (were the chatter's id claimed, it would read as a redelivery)
        String reply = say(groupText("1", "/ask sd").withUpdateId("77"));
        // then the command is answered: the chatter claimed nothing
        assertTrue(reply.contains("System Design"), reply);
    }

    @Test
    void aCommandAddressedToThisBotIsAnsweredAndOneForAnotherBotIsNot() {
        // given requests that name the bot as the platform knows it
        ChatRequest ours = groupText("1", "/ask@mockingbirdbot sd").withBotName("MockingbirdBot");
        ChatRequest theirs = groupText("1", "/ask@OtherBot sd").withBotName("MockingbirdBot");
        ChatRequest privateTheirs = privateText("/ask@OtherBot sd").withBotName("MockingbirdBot");
        // then only the one for this bot (any case) is answered, in a group or a private chat
        assertTrue(say(ours).contains("System Design"));
        assertTrue(engine.handle(theirs).isEmpty());
        assertTrue(engine.handle(privateTheirs).isEmpty());
    }

    @Test
    void withoutItsOwnNameTheBotAnswersAddressedCommandsOnlyInPrivate() {
        // a private chat is for this bot whatever the address; a group could mean any bot
        assertTrue(say(privateText("/ask@SomeBot sd")).contains("System Design"));
        assertTrue(engine.handle(groupText("1", "/ask@SomeBot sd")).isEmpty());
    }

    private static ChatRequest invoke(String command, Map<String, String> options) {
        return ChatRequest.invocation("test", "42", ChatKind.PRIVATE, "42", "Ada", command, options);
    }

    @Test
    void structuredOptionsAskAtTheTrackAndLevelNamedWhateverTheirOrder() {
        // given /ask with its options filled in level first, the track by its display name
        Map<String, String> options = new LinkedHashMap<>();
        options.put("level", "senior");
        options.put("track", "System Design");
        // when the platform hands them over by name
        String reply = say(invoke("ask", options));
        // then the question is a senior system-design one
        assertTrue(reply.contains("System Design senior question"), reply);
    }

    @Test
    void aStructuredTrackIsReadWholeSoAWordInItIsNeverTakenForALevel() {
        // given a track option that reads like "track + level" when typed
        String reply = say(invoke("ask", Map.of("track", "mongodb senior")));
        // then it is one unknown track, not MongoDB at senior level
        assertTrue(reply.contains("I don't know a track called mongodb senior"), reply);
        assertTrue(say(privateText("/answer")).contains("no question"), "no question was asked");
    }

    @Test
    void aStructuredLevelThatIsNoLevelExplainsTheLevelsWithOrWithoutATrack() {
        String withTrack = say(invoke("ask", Map.of("track", "databases", "level", "banana")));
        assertTrue(withTrack.contains("banana is not a level I know") && withTrack.contains("/ask databases senior"),
                withTrack);
        String alone = say(invoke("ask", Map.of("level", "banana")));
        assertTrue(alone.contains("banana is not a level I know"), alone);
    }

    @Test
    void aQuestionsIdInTheTrackOptionAsksExactlyThatQuestion() {
        String reply = say(invoke("ask", Map.of("track", "databases/senior-2")));
        assertTrue(reply.contains("Databases & SQL senior question 2?"), reply);
    }

    @Test
    void quizAndDailyReadTheirSlashOptionsByName() {
        // when a quiz and a daily question are set up with a track of several words, options in any order
        Map<String, String> quiz = new LinkedHashMap<>();
        quiz.put("level", "senior");
        quiz.put("track", "Databases & SQL");
        String round = say(invoke("quiz", quiz));
        Map<String, String> daily = new LinkedHashMap<>();
        daily.put("track", "Databases & SQL");
        daily.put("time", "09:30 Europe/Berlin");
        daily.put("level", "senior");
        String scheduled = say(invoke("daily", daily));
        // then each uses that track and level, and the time with its zone
        assertTrue(round.contains("Databases & SQL"), round);
        assertTrue(scheduled.contains("a daily question at 09:30 Europe/Berlin from Databases & SQL (senior)"),
                scheduled);
    }

    @Test
    void commandsThatReadTypedArgumentsGetTheOptionsInTheOrderTheyDeclareThem() {
        // when /interview gets its options level first
        Map<String, String> options = new LinkedHashMap<>();
        options.put("level", "senior");
        options.put("track", "sd");
        String reply = say(invoke("interview", options));
        // then it reads them as "/interview sd senior"
        assertTrue(reply.startsWith("Mock interview · question 1 of 5 · System Design · senior"), reply);
        // and a one-option command gets its value as is
        say(invoke("level", Map.of("level", "junior")));
        assertTrue(say(privateText("/level")).contains("Your level: junior"));
    }

    @Test
    void aStructuredCommandTheEngineDoesNotKnowGetsTheClosestOne() {
        String reply = say(invoke("aks", Map.of()));
        assertTrue(reply.contains("I don't know the command /aks") && reply.contains("Did you mean /ask"), reply);
    }

    @Test
    void practiceOptionsWaitWhileAMockInterviewRuns() {
        say(privateText("/interview sd"));
        String reply = say(invoke("ask", Map.of("track", "databases")));
        assertTrue(reply.contains("You are in a mock interview"), reply);
    }

    @Test
    void forgetDeletesEverythingAboutThePersonAfterConfirmation() {
        // given a person with a level, a history and a question on the table
        say(privateText("/level senior"));
        say(privateText("/ask sd"));
        say(privateText("/next"));
        // when they ask to be forgotten, they are asked to confirm first
        List<Reply> prompt = engine.handle(privateText("/forget"));
        assertTrue(text(prompt.getFirst()).contains("cannot be undone"));
        assertTrue(say(privateText("/level")).contains("senior"), "nothing deleted before confirming");
        // and after confirming, the reply lists what went
        String done = text(engine.handle(privatePress(button(prompt, "Yes, forget me").data())).getFirst());
        assertTrue(done.contains("your profile") && done.contains("your history of 2 questions")
                && done.contains("your current question"), done);
        // then nothing of it is left
        assertTrue(say(privateText("/answer")).contains("no question on the table"));
        assertTrue(say(privateText("/level")).contains("Your level: mid"));
        assertTrue(text(engine.handle(privatePress(button(prompt, "Yes, forget me").data())).getFirst())
                .contains("nothing stored"));
    }

    @Test
    void cancellingForgetKeepsEverything() {
        say(privateText("/level senior"));
        List<Reply> prompt = engine.handle(privateText("/forget"));
        assertTrue(text(engine.handle(privatePress(button(prompt, "Cancel").data())).getFirst())
                .contains("Nothing was deleted"));
        assertTrue(say(privateText("/level")).contains("senior"));
    }

    @Test
    void aRedeliveredUpdateIsHandledOnce() {
        ChatRequest ask = privateText("/ask sd").withUpdateId("1001");
        assertFalse(engine.handle(ask).isEmpty());
        engine.delivered(ask);
        assertTrue(engine.handle(ask).isEmpty(), "the same update id again is ignored");
        assertFalse(engine.handle(privateText("/answer").withUpdateId("1002")).isEmpty());
    }

    @Test
    void oldOrForeignButtonDataGetsANotice() {
        assertInstanceOf(Reply.Notice.class, engine.handle(privatePress("0:answer:zz")).getFirst());
        assertInstanceOf(Reply.Notice.class, engine.handle(privatePress("garbage")).getFirst());
        assertInstanceOf(Reply.Notice.class, engine.handle(privatePress("1:answer:nope")).getFirst());
        assertInstanceOf(Reply.Notice.class, engine.handle(privatePress("1:nosuch")).getFirst());
    }

    @Test
    void offersTracksAndLevelsAsAPersonTypesThem() {
        // given someone typing into a track option, then a level option
        // when the engine is asked what to offer
        // then tracks match by slug, name or description, and levels by their start
        assertEquals(List.of(new Completion("Databases & SQL", "databases")),
                engine.complete(OptionSpec.Kind.TRACK, "Data", 25));
        assertEquals(3, engine.complete(OptionSpec.Kind.TRACK, "", 25).size());
        assertEquals(2, engine.complete(OptionSpec.Kind.TRACK, "", 2).size(), "never more than asked for");
        assertEquals(List.of(new Completion("senior", "senior")), engine.complete(OptionSpec.Kind.LEVEL, "Se", 25));
        assertEquals(List.of(), engine.complete(OptionSpec.Kind.TEXT, "09", 25));
    }
}
