package dev.mockingbird.telegram;

import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import dev.mockingbird.core.chat.ChatKind;

/**
 * Posts messages nobody asked for just now (the daily question) through the same paced, retried delivery as
 * replies. A failure that retrying cannot fix (blocked, kicked) is reported as permanent.
 */
final class TelegramOutbound implements OutboundPort {

    private final Delivery delivery;
    /** The bot's username, for links that open a private chat with it; empty when getMe failed at start. */
    private final Optional<String> username;

    TelegramOutbound(Delivery delivery, Optional<String> username) {
        this.delivery = delivery;
        this.username = username;
    }

    TelegramOutbound(Delivery delivery) {
        this(delivery, Optional.empty());
    }

    @Override
    public String platform() {
        return UpdateTranslator.PLATFORM;
    }

    @Override
    public void post(String chatId, List<Reply> replies) {
        postAndGetId(chatId, replies);
    }

    @Override
    public Optional<String> postAndGetId(String chatId, ChatKind kind, List<Reply> replies) {
        return postAndGetId(chatId, replies);
    }

    /** Posts the replies; the id of the first message Telegram confirmed, if any. */
    private Optional<String> postAndGetId(String chatId, List<Reply> replies) {
        Optional<String> first = Optional.empty();
        TelegramChat where = TelegramChat.parse(chatId)
                .orElseThrow(() -> new DeliveryException("not a Telegram chat id: " + chatId, true));
        long chat = where.chat();
        // Group and supergroup ids are negative in the Bot API.
        boolean group = chat < 0;
        for (Reply reply : replies) {
            if (reply instanceof Reply.Send send) {
                List<SendMessage> messages = TelegramMessages.send(chat, send);
                withPrivateLinks(messages.getLast(), send.buttons());
                for (SendMessage message : messages) {
                    // A forum topic's daily question goes to that topic.
                    where.topic().ifPresent(message::setMessageThreadId);
                    Optional<String> id = deliver(chat, group, message);
                    if (first.isEmpty()) {
                        first = id;
                    }
                }
            }
        }
        return first;
    }

    /**
     * A team post's "Answer privately" becomes a link to a private chat with the bot, which Telegram opens with
     * {@code /start <payload>}: the person's answer then goes to the bot alone. Without the username there is no
     * link to make, and people can still answer in the chat after the reveal.
     */
    private void withPrivateLinks(SendMessage message, List<Button> buttons) {
        List<Button> links = buttons.stream().filter(b -> b.kind() == Button.Kind.PRIVATE_ANSWER).toList();
        if (links.isEmpty() || username.isEmpty()) {
            return;
        }
        InlineKeyboardRow row = new InlineKeyboardRow();
        links.forEach(b -> row.add(InlineKeyboardButton.builder().text(b.label())
                .url("https://t.me/" + username.get() + "?start=" + b.data()).build()));
        List<InlineKeyboardRow> rows = new ArrayList<>();
        rows.add(row);
        if (message.getReplyMarkup() instanceof InlineKeyboardMarkup keyboard) {
            rows.addAll(keyboard.getKeyboard());
        }
        message.setReplyMarkup(new InlineKeyboardMarkup(rows));
    }

    /** Delivers one message; its id when Telegram confirmed it. */
    private Optional<String> deliver(long chat, boolean group, SendMessage message) {
        Delivery.Result<Message> result;
        try {
            result = delivery.toChat(chat, group, message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting to Telegram chat " + chat, false);
        }
        if (result instanceof Delivery.Result.Failed<?> failed && (failed.description().equals("unreadable response")
                || failed.description().equals(Delivery.MAYBE_SENT))) {
            // Telegram answered, so the message most likely arrived; posting it again could show it twice.
            return Optional.empty();
        }
        if (result instanceof Delivery.Result.Failed<?> failed) {
            throw new DeliveryException("Telegram sendMessage to chat " + chat + " failed"
                    + (failed.status() == 0 ? "" : " with " + failed.status()),
                    Delivery.gone(failed.status(), failed.description()));
        }
        return result instanceof Delivery.Result.Done<Message> done
                ? done.value().map(m -> String.valueOf(m.getMessageId())) : Optional.empty();
    }
}
