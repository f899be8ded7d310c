package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.telegram.TelegramEmulator.BotMessage;
import dev.mockingbird.telegram.TelegramEmulator.Emulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole bot over real HTTP against the telegram-test-api emulator: long polling, commands, inline buttons,
 * callback answers and edits, as a person on Telegram would use them. One bot session for the class (the emulator
 * restarts update ids, so one emulator per session); each test talks in its own chat.
 */
@ExtendWith(TelegramEmulator.class)
class TelegramEmulatorTest {

    private static final String TOKEN = "123456789:emulator-token";

    private static TelegramBot bot;
    private static Storage storage;
    private static ChatEngine engine;
    /** The engine's clock: quiz games move on by it, so a test can end a round without waiting for it. */
    private static final Fixtures.MutableClock CLOCK = new Fixtures.MutableClock(java.time.Instant.now());

    @BeforeAll
    static void startBot(Emulator emulator) {
        storage = Storage.inMemory();
        engine = Mockingbird.builder(Fixtures.bank()).storage(storage).clock(CLOCK).build();
        bot = TelegramBot.start(engine, TelegramSettings.of(TOKEN, emulator.apiUrl()));
    }

    @AfterAll
    static void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void aPersonStartsAsksRevealsTheAnswerAndMovesOn(Emulator emulator) throws InterruptedException {
        long chat = 1001;

        // when a person says /start
        emulator.say(TOKEN, chat, "private", chat, "Ada", "/start");

        // then they are welcomed by name, in HTML, with buttons to go on
        BotMessage welcome = emulator.awaitMessages(TOKEN, chat, 1).getFirst();
        assertTrue(welcome.text().startsWith("Hi Ada! I am <b>Mockingbird</b>"), welcome.text());
        assertEquals("html", welcome.parseMode().toLowerCase(java.util.Locale.ROOT));
        assertTrue(welcome.data("Ask me a question").startsWith("1:"), welcome.toString());

        // when they ask for a system design question
        emulator.say(TOKEN, chat, "private", chat, "Ada", "/ask system-design");

        // then the question arrives with Show answer, Next and Skip
        BotMessage question = emulator.awaitMessages(TOKEN, chat, 1).getFirst();
        assertTrue(question.text().startsWith("<b>System Design</b> · "), question.text());
        String showAnswer = question.data("Show answer");
        assertTrue(showAnswer.startsWith("1:answer:"), showAnswer);

        // when they answer in their own words (with characters that mean something in HTML)
        emulator.say(TOKEN, chat, "private", chat, "Ada", "<b>I'd</b> cache hot reads & put work on a queue");

        // then the grade comes back as well-formed HTML
        BotMessage grade = emulator.awaitMessages(TOKEN, chat, 1).getFirst();
        assertTrue(grade.text().startsWith("You covered <b>2 of 3</b> key points"), grade.text());

        // when they press Show answer
        int answeredBefore = emulator.answeredCallbacks(TOKEN).size();
        emulator.press(TOKEN, chat, "private", chat, "Ada", question, showAnswer);

        // then the press is answered, the model answer follows, and the question loses its buttons
        BotMessage answer = emulator.awaitMessages(TOKEN, chat, 1).getFirst();
        assertTrue(answer.text().startsWith("<b>Model answer · </b>"), answer.text());
        assertTrue(answer.text().contains("<b>Key points an interviewer listens for</b>"), answer.text());
        assertEquals(List.of("Nailed it", "Partly", "Missed it", "Next"),
                answer.buttons().stream().map(BotMessage.Button::label).toList());
        BotMessage edited = emulator.awaitHistory(TOKEN,
                m -> m.messageId() == question.messageId() && m.buttons().isEmpty());
        assertTrue(edited.text().startsWith("<b>System Design</b>"), edited.text());
        List<com.fasterxml.jackson.databind.JsonNode> answered = emulator.awaitAnsweredCallbacks(TOKEN,
                answeredBefore + 1);
        assertEquals(answeredBefore + 1, answered.size(), "one answer per press");
        assertTrue(answered.getLast().path("callback_query_id").asText().length() > 0, answered.toString());

        // when they rate how it went
        emulator.press(TOKEN, chat, "private", chat, "Ada", answer, answer.data("Missed it"));

        // then the toast says when it comes back for review
        List<com.fasterxml.jackson.databind.JsonNode> rated = emulator.awaitAnsweredCallbacks(TOKEN,
                answeredBefore + 2);
        assertTrue(rated.getLast().path("text").asText().contains("comes back tomorrow"), rated.toString());

        // when they type /next
        emulator.say(TOKEN, chat, "private", chat, "Ada", "/next");

        // then another system design question comes
        BotMessage next = emulator.awaitMessages(TOKEN, chat, 1).getFirst();
        assertTrue(next.text().startsWith("<b>System Design</b> · "), next.text());
        assertTrue(!next.text().equals(question.text()), "a different question");
    }

    @Test
    void inAGroupOnlyCommandsForThisBotAreAnsweredAndTheRevealIsASpoiler(Emulator emulator)
            throws InterruptedException {
        long group = -2002;

        // when someone addresses another bot, then this one (by the username getMe reported)
        emulator.say(TOKEN, group, "group", 11, "Grace", "/tracks@OtherBot");
        emulator.say(TOKEN, group, "group", 11, "Grace", "let's practise");
        emulator.say(TOKEN, group, "group", 11, "Grace", "/ask@TestNameBot system-design");

        // then the first reply in the chat is the question (replies keep order per chat): the rest was not for us
        BotMessage question = emulator.awaitMessages(TOKEN, group, 1).getFirst();
        assertTrue(question.text().startsWith("<b>System Design</b> · "), question.text());

        // when another member presses Show answer
        int answeredBefore = emulator.answeredCallbacks(TOKEN).size();
        emulator.press(TOKEN, group, "group", 12, "Linus", question, question.data("Show answer"));

        // then the answer goes to the group, hidden behind a spoiler
        BotMessage reveal = emulator.awaitMessages(TOKEN, group, 1).getFirst();
        assertTrue(reveal.text().contains("<tg-spoiler>"), reveal.text());
        assertEquals(answeredBefore + 1, emulator.awaitAnsweredCallbacks(TOKEN, answeredBefore + 1).size());
    }

    @Test
    void aGroupQuizCountsEveryonesPressAndTheRevealEditsTheRoundIntoItsResult(Emulator emulator)
            throws InterruptedException {
        long group = -3003;

        // when someone starts a quiz round in a group
        emulator.say(TOKEN, group, "group", 21, "Ada", "/quiz system-design 1");

        // then the round comes with a button per option and Reveal
        BotMessage round = emulator.awaitMessages(TOKEN, group, 1).getFirst();
        assertTrue(round.text().startsWith("<b>Quiz · System Design · "), round.text());
        assertEquals(List.of("A", "B", "C", "Reveal"), round.buttons().stream().map(BotMessage.Button::label).toList());

        // when two people answer (the fixture's right option is "b", shown under a letter the round shuffled) and a
        // third reveals
        String right = letterOf(round.text(), "b");
        int answeredBefore = emulator.answeredCallbacks(TOKEN).size();
        emulator.press(TOKEN, group, "group", 21, "Ada", round, round.data(right));
        emulator.press(TOKEN, group, "group", 22, "Grace", round, round.data(letterOf(round.text(), "a")));
        emulator.awaitAnsweredCallbacks(TOKEN, answeredBefore + 2);
        emulator.press(TOKEN, group, "group", 23, "Linus", round, round.data("Reveal"));

        // then each press got its toast and the round's own message now shows who was right
        List<com.fasterxml.jackson.databind.JsonNode> answered = emulator.awaitAnsweredCallbacks(TOKEN,
                answeredBefore + 3);
        assertTrue(answered.get(answeredBefore).path("text").asText().startsWith("Got it: " + right), answered.toString());
        BotMessage result = emulator.awaitHistory(TOKEN,
                m -> m.messageId() == round.messageId() && m.text().contains("answer " + right));
        assertTrue(result.text().contains("Right (1 of 2): </b>Ada"), result.text());
        assertEquals(List.of("Next quiz", "Scores"), result.buttons().stream().map(BotMessage.Button::label).toList());
    }

    @Test
    void threePlayersPlayAThreeRoundGameToItsScoreboard(Emulator emulator) throws InterruptedException {
        long group = -3004;

        // when Ada starts a 3-round game
        emulator.say(TOKEN, group, "group", 31, "Ada", "/quiz system-design 3");
        List<BotMessage> opening = emulator.awaitMessages(TOKEN, group, 2);
        assertTrue(opening.getFirst().text().contains("3-round quiz game starts now"), opening.getFirst().text());
        BotMessage round = opening.getLast();
        assertTrue(round.text().startsWith("<b>Round 1 of 3 · Quiz · System Design"), round.text());
        assertEquals(List.of("A", "B", "C"), round.buttons().stream().map(BotMessage.Button::label).toList());

        for (int n = 1; n <= 3; n++) {
            // and Ada and Grace answer right, Linus wrong
            String right = letterOf(round.text(), "b");
            int answeredBefore = emulator.answeredCallbacks(TOKEN).size();
            emulator.press(TOKEN, group, "group", 31, "Ada", round, round.data(right));
            emulator.press(TOKEN, group, "group", 32, "Grace", round, round.data(right));
            emulator.press(TOKEN, group, "group", 33, "Linus", round, round.data(letterOf(round.text(), "a")));
            emulator.awaitAnsweredCallbacks(TOKEN, answeredBefore + 3);
            if (n == 1) {
                // the first round runs its time (it is how players join); then the schedule posts its result
                CLOCK.advance(java.time.Duration.ofSeconds(21));
                engine.postDue(List.of(bot.outbound()));
                BotMessage result = emulator.awaitMessages(TOKEN, group, 1).getFirst();
                assertTrue(result.text().contains("Round 1 of 3 is over") && result.text().contains("Ada, Grace"),
                        result.text());
            } else {
                // later rounds close as soon as all three have answered: the round's message becomes its result
                int id = round.messageId();
                int number = n;
                BotMessage result = emulator.awaitHistory(TOKEN,
                        m -> m.messageId() == id && m.text().contains("Round " + number + " of 3 is over"));
                assertTrue(result.text().contains("Right (2 of 3)"), result.text());
            }
            // then after the pause comes the next round, or the scoreboard
            CLOCK.advance(java.time.Duration.ofSeconds(4));
            engine.postDue(List.of(bot.outbound()));
            round = emulator.awaitMessages(TOKEN, group, 1).getFirst();
            if (n < 3) {
                assertTrue(round.text().startsWith("<b>Round " + (n + 1) + " of 3"), round.text());
            }
        }
        String board = round.text();
        assertTrue(board.startsWith("<b>Game over · 3 rounds</b>"), board);
        assertTrue(board.contains("wins with") && board.contains("Ada") && board.contains("Grace")
                && board.contains("Linus") && board.contains("0 of 3 right"), board);
    }

    @Test
    void aTeamAnswersItsDailyQuestionPrivatelyThroughTheLinkAndTheNextPostRevealsWhoCoveredWhat(Emulator emulator)
            throws InterruptedException {
        long group = -3005;
        // given a team whose daily question is due now
        java.time.Instant now = CLOCK.instant();
        storage.daily().subscribe(new dev.mockingbird.core.storage.DailySubscription("telegram",
                String.valueOf(group), dev.mockingbird.core.chat.ChatKind.GROUP, "41", "Ada",
                java.time.LocalTime.ofInstant(now.plusSeconds(60), java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC,
                java.util.Optional.of("system-design"), java.util.Optional.empty(), now.minusSeconds(3_600)));
        CLOCK.advance(java.time.Duration.ofMinutes(2));
        engine.postDue(List.of(bot.outbound()));

        // then the post carries a link that opens a private chat with the bot
        BotMessage post = emulator.awaitMessages(TOKEN, group, 1).getFirst();
        assertTrue(post.text().contains("Daily interview question"), post.text());
        String link = post.data("Answer privately");
        assertTrue(link.startsWith("https://t.me/TestNameBot?start=t_"), link);
        String payload = link.substring(link.indexOf("start=") + 6);

        // when two people follow it (Telegram sends "/start <payload>" in their private chat) and answer there
        emulator.say(TOKEN, 41, "private", 41, "Ada", "/start " + payload);
        assertTrue(emulator.awaitMessages(TOKEN, 41, 1).getFirst().text().contains("next message"));
        emulator.say(TOKEN, 41, "private", 41, "Ada", "A redis cache for hot reads and a kafka queue for slow work");
        String ada = emulator.awaitMessages(TOKEN, 41, 1).getFirst().text();
        emulator.say(TOKEN, 42, "private", 42, "Grace", "/start " + payload);
        emulator.awaitMessages(TOKEN, 42, 1);
        emulator.say(TOKEN, 42, "private", 42, "Grace", "We scale out horizontally, sharding by user");
        String grace = emulator.awaitMessages(TOKEN, 42, 1).getFirst().text();

        // then each hears privately how they did
        assertTrue(ada.contains("Saved for the team") && ada.contains("2 of 3"), ada);
        assertTrue(grace.contains("Saved for the team") && grace.contains("1 of 3"), grace);

        // when the next day's question is posted
        CLOCK.advance(java.time.Duration.ofDays(1));
        engine.postDue(List.of(bot.outbound()));

        // then the team sees the reveal (who covered which points) before the new question, as a reply to the post
        List<BotMessage> next = emulator.awaitMessages(TOKEN, group, 2);
        String reveal = next.getFirst().text();
        assertEquals(post.messageId(), next.getFirst().replyTo(), "the reveal answers yesterday's post");
        assertEquals(0, next.getLast().replyTo());
        assertTrue(reveal.contains("The team's answers") && reveal.contains("Model answer"), reveal);
        assertTrue(reveal.contains("Ada: 2 of 3") && reveal.contains("Caching hot reads"), reveal);
        assertTrue(reveal.contains("Grace: 1 of 3") && reveal.contains("Horizontal scaling"), reveal);
        assertTrue(next.getLast().text().contains("Daily interview question"), next.getLast().text());
    }

    /** The letter a round's message shows an option under ("<b>B)</b> b"). */
    private static String letterOf(String roundHtml, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-E])\\)</b> " + java.util.regex.Pattern
                .quote(option) + "$", java.util.regex.Pattern.MULTILINE).matcher(roundHtml);
        if (!m.find()) {
            throw new AssertionError("no option " + option + " in " + roundHtml);
        }
        return m.group(1);
    }
}
