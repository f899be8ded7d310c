package dev.mockingbird.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Telegram updates as the Bot API sends them (JSON read by the library itself), and what a mock client saw. */
final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Updates() {
    }

    /** A text message from person {@code userId} in a private chat with the same id. */
    static Update privateText(int updateId, long userId, String text) {
        return message(updateId, chat(userId, "private"), userId, text);
    }

    /** A text message from person {@code userId} in group {@code chatId}. */
    static Update groupText(int updateId, long chatId, long userId, String text) {
        return message(updateId, chat(chatId, "supergroup"), userId, text);
    }

    /**
     * A message an anonymous admin sends as group {@code chatId}: Telegram names its placeholder bot as the sender and
     * the group as the sender chat.
     */
    static Update anonymousAdminText(int updateId, long chatId, String text) {
        Update update = message(updateId, chat(chatId, "supergroup"), 1_087_968_824L, text);
        update.getMessage().setSenderChat(update.getMessage().getChat());
        return update;
    }

    /** A text message from person {@code userId} in forum topic {@code topic} of group {@code chatId}. */
    static Update topicText(int updateId, long chatId, int topic, long userId, String text) {
        Update update = groupText(updateId, chatId, userId, text);
        update.getMessage().setIsTopicMessage(true);
        update.getMessage().setMessageThreadId(topic);
        return update;
    }

    /** A press on a button under bot message {@code messageId}. */
    static Update press(int updateId, long chatId, String chatType, long userId, int messageId, String data) {
        ObjectNode message = JSON.createObjectNode().put("message_id", messageId).put("date", 1_700_000_000)
                .put("text", "a question");
        message.set("chat", chat(chatId, chatType));
        ObjectNode query = JSON.createObjectNode().put("id", "cb" + updateId).put("data", data)
                .put("chat_instance", "ci");
        query.set("from", user(userId));
        query.set("message", message);
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        update.set("callback_query", query);
        return read(update);
    }

    private static Update message(int updateId, ObjectNode chat, long userId, String text) {
        ObjectNode message = JSON.createObjectNode().put("message_id", updateId + 1000).put("date", 1_700_000_000)
                .put("text", text);
        message.set("chat", chat);
        message.set("from", user(userId));
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        update.set("message", message);
        return read(update);
    }

    private static ObjectNode chat(long id, String type) {
        ObjectNode chat = JSON.createObjectNode().put("id", id).put("type", type);
        return "private".equals(type) ? chat.put("first_name", "Ada") : chat.put("title", "Interview prep");
    }

    private static ObjectNode user(long id) {
        return JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "User<" + id + ">");
    }

    private static Update read(ObjectNode json) {
        try {
            return JSON.treeToValue(json, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Bot API calls made on a mock client, in order. */
    static List<Object> calls(TelegramClient client) {
        List<Object> out = new ArrayList<>();
        for (Invocation invocation : Mockito.mockingDetails(client).getInvocations()) {
            if (invocation.getMethod().getName().equals("execute")) {
                out.add(invocation.getArgument(0));
            }
        }
        return out;
    }

    /** The calls of one type. */
    static <T> List<T> calls(TelegramClient client, Class<T> type) {
        return calls(client).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The error the library throws for an API error answer. */
    static TelegramApiRequestException apiError(int status, String description, Integer retryAfter) {
        ApiResponse<Serializable> response = ApiResponse.<Serializable>builder().ok(false).errorCode(status)
                .errorDescription(description)
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter)).build();
        return new TelegramApiRequestException("Error executing request", response);
    }
}
