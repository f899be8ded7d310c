package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class UpdateHandlerTest {

    private final TelegramClient client = mock(TelegramClient.class);
    private final ManualTime time = new ManualTime();
    private final Storage storage = Storage.inMemory();
    private final ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(storage).clock(time.clock)
            .build();
    private final UpdateTranslator translator = new UpdateTranslator(Optional.of("MockingbirdBot"));

    private UpdateHandler handler(ChatEngine chatEngine) {
        Delivery delivery = new Delivery(client, new Pacer(Pacer.Limits.telegram(), time.clock, time), time,
                Delivery.Retry.standard(), Optional.of(engine));
        return new UpdateHandler(chatEngine, delivery);
    }

    private void handle(Update update) {
        handler(engine).handle(translator.translate(update).orElseThrow());
    }

    private static InlineKeyboardButton button(SendMessage message, String label) {
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) message.getReplyMarkup();
        return keyboard.getKeyboard().stream().flatMap(List::stream).filter(b -> b.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " button on " + message));
    }

    @Test
    void askSendsTheQuestionAsHtmlWithAnInlineKeyboard() {
        // when a person asks for a system design question
        handle(Updates.privateText(1, 42, "/ask system-design"));

        // then one HTML message goes to their chat, with compact versioned button data
        SendMessage question = assertInstanceOf(SendMessage.class, Updates.calls(client).getFirst());
        assertEquals("42", question.getChatId());
        assertEquals("HTML", question.getParseMode().toUpperCase(java.util.Locale.ROOT));
        assertTrue(question.getText().startsWith("<b>System Design</b> · "), question.getText());
        String data = button(question, "Show answer").getCallbackData();
        assertTrue(data.startsWith("1:answer:") && data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64,
                data);
    }

    @Test
    void htmlTelegramRefusesIsSentAgainAsPlainTextWithItsButtons() throws Exception {
        // given a Bot API that refuses the first message's markup
        org.mockito.Mockito.when(client.execute(org.mockito.ArgumentMatchers.any(SendMessage.class)))
                .thenThrow(Updates.apiError(400, "Bad Request: can't parse entities: unexpected end tag", null))
                .thenReturn(null);

        // when a person asks for a question
        handle(Updates.privateText(1, 42, "/ask system-design"));

        // then the same words go out once more, without markup and with the keyboard
        List<SendMessage> sent = Updates.calls(client, SendMessage.class);
        assertEquals(2, sent.size());
        assertEquals(null, sent.getLast().getParseMode());
        assertTrue(sent.getLast().getText().startsWith("System Design · "), sent.getLast().getText());
        assertTrue(!sent.getLast().getText().contains("<b>"), sent.getLast().getText());
        assertTrue(button(sent.getLast(), "Show answer").getCallbackData().startsWith("1:answer:"));
    }

    @Test
    void aCommandInAForumTopicIsAnsweredInThatTopic() {
        // when someone asks in topic 77 of a forum group
        handle(Updates.topicText(1, -100, 77, 5, "/ask system-design"));
        // then the question goes to topic 77, not the group's General topic
        SendMessage question = Updates.calls(client, SendMessage.class).getFirst();
        assertEquals(77, question.getMessageThreadId());
        // and outside topics nothing is set
        handle(Updates.groupText(2, -100, 5, "/tracks"));
        assertEquals(null, Updates.calls(client, SendMessage.class).getLast().getMessageThreadId());
    }

    @Test
    void eachForumTopicHoldsItsOwnQuestion() {
        // given a system design question in topic 77 and a databases question in topic 78 of one forum group
        handle(Updates.topicText(1, -100, 77, 5, "/ask system-design"));
        handle(Updates.topicText(2, -100, 78, 5, "/ask databases"));

        // when the model answer is asked for in topic 77, then in topic 78
        handle(Updates.topicText(3, -100, 77, 5, "/answer"));
        SendMessage inSeventySeven = Updates.calls(client, SendMessage.class).getLast();
        handle(Updates.topicText(4, -100, 78, 5, "/answer"));
        SendMessage inSeventyEight = Updates.calls(client, SendMessage.class).getLast();

        // then each topic gets the answer to its own question, in that topic: the second ask did not replace the first
        assertEquals(77, inSeventySeven.getMessageThreadId());
        assertTrue(inSeventySeven.getText().contains("System Design"), inSeventySeven.getText());
        assertEquals(78, inSeventyEight.getMessageThreadId());
        assertTrue(inSeventyEight.getText().contains("Databases"), inSeventyEight.getText());
        // and the engine knows them as two chats of the group
        assertEquals("-100/77", translator.translate(Updates.topicText(5, -100, 77, 5, "/help")).orElseThrow()
                .request().orElseThrow().chatId());
    }

    @Test
    void aDailyQuestionForAForumTopicIsPostedInThatTopic() {
        // when the schedule posts to a topic's chat
        new TelegramOutbound(new Delivery(client, new Pacer(Pacer.Limits.telegram(), time.clock, time), time,
                Delivery.Retry.standard(), Optional.of(engine)))
                .post("-100/78", java.util.List.of(dev.mockingbird.core.chat.Reply.text("Daily question")));

        // then it goes to the group, into topic 78
        SendMessage posted = Updates.calls(client, SendMessage.class).getLast();
        assertEquals("-100", posted.getChatId());
        assertEquals(78, posted.getMessageThreadId());
    }

    @Test
    void showAnswerEditsTheQuestionMessageAndFollowsUpWithTheAnswer() {
        // given a question on the table
        handle(Updates.privateText(1, 42, "/ask system-design"));
        SendMessage question = Updates.calls(client, SendMessage.class).getFirst();
        String data = button(question, "Show answer").getCallbackData();

        // when "Show answer" is pressed under message 500
        handle(Updates.press(2, 42, "private", 42, 500, data));

        // then the press is answered, the question loses its buttons, and the model answer follows
        List<Object> calls = Updates.calls(client);
        AnswerCallbackQuery answer = assertInstanceOf(AnswerCallbackQuery.class, calls.get(1));
        assertEquals("cb2", answer.getCallbackQueryId());
        EditMessageText edit = assertInstanceOf(EditMessageText.class, calls.get(2));
        assertEquals(500, edit.getMessageId());
        assertEquals("42", edit.getChatId());
        assertTrue(edit.getReplyMarkup().getKeyboard().isEmpty());
        SendMessage modelAnswer = assertInstanceOf(SendMessage.class, calls.get(3));
        assertTrue(modelAnswer.getText().startsWith("<b>Model answer · </b>"), modelAnswer.getText());
        assertEquals("Next", button(modelAnswer, "Next").getText());
    }

    @Test
    void anOldButtonGetsAToastAndNothingElse() {
        // when a button from an older version is pressed
        handle(Updates.press(3, 42, "private", 42, 501, "0:answer:zz"));

        // then only the callback is answered, with the engine's explanation
        List<Object> calls = Updates.calls(client);
        assertEquals(1, calls.size(), calls.toString());
        AnswerCallbackQuery answer = assertInstanceOf(AnswerCallbackQuery.class, calls.getFirst());
        assertTrue(answer.getText().contains("older version"), answer.getText());
    }

    @Test
    void inAGroupShowAnswerRevealsTheAnswerBehindASpoilerInTheChat() {
        // given a question asked in a group
        handle(Updates.groupText(1, -100, 1, "/ask@MockingbirdBot system-design"));
        String data = button(Updates.calls(client, SendMessage.class).getFirst(), "Show answer").getCallbackData();

        // when someone else in the group presses Show answer
        handle(Updates.press(2, -100, "supergroup", 2, 600, data));

        // then the answer goes to the chat with the model answer hidden
        SendMessage reveal = Updates.calls(client, SendMessage.class).getLast();
        assertEquals("-100", reveal.getChatId());
        assertTrue(reveal.getText().contains("<tg-spoiler>"), reveal.getText());
        assertEquals(1, Updates.calls(client, AnswerCallbackQuery.class).size());
    }

    @Test
    void inAGroupChatterAndCommandsForOtherBotsGetNoReply() {
        // when a group talks among itself and asks another bot
        handle(Updates.groupText(1, -100, 1, "shall we practise?"));
        handle(Updates.groupText(2, -100, 1, "/ask@OtherBot system-design"));

        // then nothing is sent
        assertTrue(Updates.calls(client).isEmpty(), Updates.calls(client).toString());
    }

    @Test
    void namesAreEscapedInWhatTheBotSends() {
        // when a person whose name looks like markup says /start
        handle(Updates.privateText(1, 42, "/start"));

        // then the name shows literally
        String text = Updates.calls(client, SendMessage.class).getFirst().getText();
        assertTrue(text.contains("Hi User&lt;42&gt;!"), text);
    }

    @Test
    void aPressIsAnsweredEvenWhenTheEngineFails() {
        // given an engine that breaks its promise and throws
        ChatEngine broken = mock(ChatEngine.class);
        when(broken.handle(any())).thenThrow(new IllegalStateException("boom"));

        // when a button is pressed
        handler(broken).handle(translator.translate(Updates.press(4, 42, "private", 42, 502, "1:next"))
                .orElseThrow());

        // then the spinner still stops, with an apology
        AnswerCallbackQuery answer = Updates.calls(client, AnswerCallbackQuery.class).getFirst();
        assertFalse(answer.getText().isBlank());
    }

    @Test
    void whenThePressedMessageIsGoneTheNewStateIsSentInstead() throws TelegramApiException {
        // given a question, and a message that can no longer be edited
        handle(Updates.privateText(1, 42, "/ask system-design"));
        String data = button(Updates.calls(client, SendMessage.class).getFirst(), "Show answer").getCallbackData();
        when(client.execute(any(EditMessageText.class)))
                .thenThrow(Updates.apiError(400, "Bad Request: message to edit not found", null));

        // when Show answer is pressed
        handle(Updates.press(2, 42, "private", 42, 503, data));

        // then the question (without buttons) and the answer arrive as new messages
        List<SendMessage> sent = Updates.calls(client, SendMessage.class);
        assertEquals(3, sent.size());
        assertTrue(sent.get(1).getText().contains("System Design"), sent.get(1).getText());
        assertTrue(sent.get(2).getText().startsWith("<b>Model answer"), sent.get(2).getText());
    }

    @Test
    void aChatThatBlockedTheBotIsMarkedInactiveAndActiveAgainWhenItWritesBack() throws TelegramApiException {
        // given the person blocked the bot
        when(client.execute(any(SendMessage.class)))
                .thenThrow(Updates.apiError(403, "Forbidden: bot was blocked by the user", null))
                .thenReturn(new org.telegram.telegrambots.meta.api.objects.message.Message());

        // when the bot tries to answer
        handle(Updates.privateText(1, 42, "/start"));

        // then the chat is marked inactive, tried once only
        assertFalse(storage.chats().isActive("telegram", "42"));
        assertEquals(1, Updates.calls(client, SendMessage.class).size());

        // and when the person writes again, the chat is active again
        handle(Updates.privateText(2, 42, "/help"));
        assertTrue(storage.chats().isActive("telegram", "42"));
    }
}
