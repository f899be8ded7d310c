package dev.mockingbird.telegram;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Input;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Telegram updates to engine requests, translated only: every text message and press goes to the engine as it came,
 * with the bot's username, and the engine decides what is for it (commands in groups, {@code /ask@OurBot} but not
 * {@code /ask@OtherBot}).
 */
final class UpdateTranslator {

    static final String PLATFORM = "telegram";

    private final Optional<String> username;

    /** @param username the bot's own username from getMe, when known */
    UpdateTranslator(Optional<String> username) {
        this.username = username;
    }

    /** What to do with an update; empty when it carries nothing the engine reads (edits, stickers, joins). */
    Optional<Incoming> translate(Update update) {
        if (update.hasCallbackQuery()) {
            return press(update, update.getCallbackQuery());
        }
        if (update.hasMessage() && update.getMessage().hasText()) {
            return text(update, update.getMessage());
        }
        return Optional.empty();
    }

    private Optional<Incoming> text(Update update, Message message) {
        Chat chat = message.getChat();
        ChatKind kind = kind(chat);
        User from = message.getFrom();
        // An anonymous admin writes as the group itself (from is then Telegram's placeholder bot): the group speaks,
        // and only its admins can do that. A channel post has no person either.
        boolean asTheChat = from == null
                || message.getSenderChat() != null && chat.getId().equals(message.getSenderChat().getId());
        String userId = asTheChat ? String.valueOf(chat.getId()) : String.valueOf(from.getId());
        String name = asTheChat ? Optional.ofNullable(chat.getTitle()).orElse("") : name(from);
        ChatRequest request = new ChatRequest(PLATFORM, key(chat, message), kind, userId, name,
                new Input.Text(message.getText())).withUpdateId(String.valueOf(update.getUpdateId()))
                .withAdmin(asTheChat && kind == ChatKind.GROUP);
        if (username.isPresent()) {
            request = request.withBotName(username.get());
        }
        return Optional.of(new Incoming(chat.getId(), Optional.of(request), Optional.empty(), Optional.empty(),
                topic(message)));
    }

    /** The engine's chat: a forum topic is one of its own, so each topic keeps its own session. */
    private static String key(Chat chat, MaybeInaccessibleMessage message) {
        return new TelegramChat(chat.getId(), topic(message)).key();
    }

    /** The forum topic a message is in: replies must go there, not to the group's General topic. */
    private static Optional<Integer> topic(MaybeInaccessibleMessage message) {
        return message instanceof Message m && Boolean.TRUE.equals(m.getIsTopicMessage())
                ? Optional.ofNullable(m.getMessageThreadId()) : Optional.empty();
    }

    private Optional<Incoming> press(Update update, CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || message.getChat() == null) {
            // A press on an inline-mode message: no chat to act in. Still answer it so the spinner stops.
            return Optional.of(new Incoming(query.getFrom().getId(), Optional.empty(), Optional.of(query.getId()),
                    Optional.empty()));
        }
        Chat chat = message.getChat();
        // Telegram reports messages older than 48 hours as inaccessible (date 0): those can no longer be edited.
        Optional<Integer> editable = message.getDate() != null && message.getDate() != 0
                ? Optional.ofNullable(message.getMessageId()) : Optional.empty();
        if (query.getData() == null || query.getData().isEmpty()) {
            return Optional.of(new Incoming(chat.getId(), Optional.empty(), Optional.of(query.getId()), editable));
        }
        // The presser acts: the engine keeps personal things (reveal, rate) per person and shared ones per chat.
        ChatRequest request = new ChatRequest(PLATFORM, key(chat, message), kind(chat),
                String.valueOf(query.getFrom().getId()), name(query.getFrom()), new Input.Press(query.getData()))
                .withUpdateId(String.valueOf(update.getUpdateId()));
        return Optional.of(new Incoming(chat.getId(), Optional.of(request), Optional.of(query.getId()), editable,
                topic(message)));
    }

    private static ChatKind kind(Chat chat) {
        return "private".equals(chat.getType()) ? ChatKind.PRIVATE : ChatKind.GROUP;
    }

    private static String name(User user) {
        String first = Optional.ofNullable(user.getFirstName()).orElse("");
        String last = Optional.ofNullable(user.getLastName()).orElse("");
        String full = (first + " " + last).strip();
        return full.isEmpty() ? Optional.ofNullable(user.getUserName()).orElse("") : full;
    }
}
