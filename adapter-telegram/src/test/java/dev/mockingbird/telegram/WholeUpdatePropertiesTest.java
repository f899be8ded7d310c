package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whole updates, not only their text: any chat type, messages, edited messages, channel posts, messages sent as the
 * group by an anonymous admin, presses with any callback data, oversized text. Each is translated and handled by the
 * real engine without an exception, and whatever goes to Telegram is well-formed HTML within its limits.
 */
class WholeUpdatePropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CHAT_TYPES = List.of("private", "group", "supergroup", "channel");
    private static final List<String> KINDS = List.of("message", "edited_message", "channel_post", "callback_query",
            "anonymous_admin");

    /**
     * One generated update.
     *
     * @param kind     what arrives: a message, an edit, a channel post, a press, an anonymous admin's message
     * @param chatType the chat's type
     * @param text     the message text or the callback data
     */
    record Generated(String kind, String chatType, String text) {
    }

    @Provide
    Arbitrary<Generated> updates() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("<>&/*_`|[]()\\#@!:1234abc ").ofMaxLength(200),
                Arbitraries.of("/ask", "/ask sd senior", "/quiz 3", "/quiz stop", "/daily 09:00 weekdays",
                        "/quizset rounds 3", "/scores week", "/tracks mongo", "/answer", "/forget yes", "/interview",
                        "1:quiz:zzzzzzzz:0", "1:ask:-:senior", "1:answer:" + "x".repeat(60), "2:next", ":::"),
                Arbitraries.strings().ofMinLength(4_000).ofMaxLength(10_000).alpha().map(s -> "/ask " + s));
        return Combinators.combine(Arbitraries.of(KINDS), Arbitraries.of(CHAT_TYPES), text).as(Generated::new);
    }

    @Property(tries = 300)
    void anyUpdateGetsAnAnswerOrNothingAndAnythingSentIsValidHtml(@ForAll("updates") Generated generated) {
        // given the real engine behind the real translator and handler, and a Bot API that accepts everything
        TelegramClient client = mock(TelegramClient.class);
        ManualTime time = new ManualTime();
        ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(Storage.inMemory()).clock(time.clock)
                .build();
        UpdateTranslator translator = new UpdateTranslator(Optional.of("MockingbirdBot"));
        Delivery delivery = new Delivery(client, new Pacer(Pacer.Limits.telegram(), time.clock, time), time,
                Delivery.Retry.standard(), Optional.of(engine));
        UpdateHandler handler = new UpdateHandler(engine, delivery);

        // when the update arrives
        Update update = update(generated);
        Optional<Incoming> incoming = translator.translate(update);
        incoming.flatMap(Incoming::request).ifPresent(request -> {
            // then the engine answers with replies, never an exception
            List<Reply> replies = engine.handle(request.withUpdateId("p-" + System.nanoTime()));
            assertTrue(replies.stream().allMatch(r -> r != null), replies.toString());
        });
        incoming.ifPresent(handler::handle);

        // and everything sent is well-formed HTML within Telegram's limits
        for (Object call : Updates.calls(client)) {
            switch (call) {
                case SendMessage send -> checked(send.getText(), send.getParseMode());
                case EditMessageText edit -> checked(edit.getText(), edit.getParseMode());
                case AnswerCallbackQuery answer -> assertTrue(answer.getText() == null
                        || answer.getText().length() <= 200, answer.getText());
                default -> { }
            }
        }
    }

    private static void checked(String text, String parseMode) {
        assertTrue(text.length() <= TelegramMessages.MAX_TEXT, text.length() + " characters");
        if (parseMode != null) {
            TelegramHtmlPropertiesTest.assertWellFormed(text);
        }
    }

    private static Update update(Generated g) {
        long chatId = g.chatType().equals("private") ? 42 : -100;
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", g.chatType());
        if (g.chatType().equals("private")) {
            chat.put("first_name", "Ada");
        } else {
            chat.put("title", "Team <b>&");
        }
        ObjectNode from = JSON.createObjectNode().put("id", 42).put("is_bot", false).put("first_name", "A<d>a");
        ObjectNode message = JSON.createObjectNode().put("message_id", 7).put("date", 1_700_000_000)
                .put("text", g.text());
        message.set("chat", chat);
        ObjectNode root = JSON.createObjectNode().put("update_id", 1);
        switch (g.kind()) {
            case "callback_query" -> {
                ObjectNode query = JSON.createObjectNode().put("id", "cb1").put("data", g.text())
                        .put("chat_instance", "ci");
                query.set("from", from);
                query.set("message", message);
                root.set("callback_query", query);
            }
            case "anonymous_admin" -> {
                message.set("from", JSON.createObjectNode().put("id", 1_087_968_824L).put("is_bot", true)
                        .put("first_name", "Group"));
                message.set("sender_chat", chat);
                root.set("message", message);
            }
            case "channel_post" -> {
                message.set("sender_chat", chat);
                root.set("channel_post", message);
            }
            default -> {
                message.set("from", from);
                root.set(g.kind(), message);
            }
        }
        try {
            return JSON.treeToValue(root, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
