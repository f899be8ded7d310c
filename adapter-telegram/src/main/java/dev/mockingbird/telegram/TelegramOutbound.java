package dev.mockingbird.telegram;

import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Posts messages nobody asked for just now (the daily question) through the same paced, retried delivery as
 * replies. A failure that retrying cannot fix (blocked, kicked) is reported as permanent.
 */
final class TelegramOutbound implements OutboundPort {

    private final Delivery delivery;

    TelegramOutbound(Delivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public String platform() {
        return UpdateTranslator.PLATFORM;
    }

    @Override
    public void post(String chatId, List<Reply> replies) {
        TelegramChat where = TelegramChat.parse(chatId)
                .orElseThrow(() -> new DeliveryException("not a Telegram chat id: " + chatId, true));
        long chat = where.chat();
        // Group and supergroup ids are negative in the Bot API.
        boolean group = chat < 0;
        for (Reply reply : replies) {
            if (reply instanceof Reply.Send send) {
                for (SendMessage message : TelegramMessages.send(chat, send.text(), send.buttons())) {
                    // A forum topic's daily question goes to that topic.
                    where.topic().ifPresent(message::setMessageThreadId);
                    deliver(chat, group, message);
                }
            }
        }
    }

    private void deliver(long chat, boolean group, SendMessage message) {
        Delivery.Result<?> result;
        try {
            result = delivery.toChat(chat, group, message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting to Telegram chat " + chat, false);
        }
        if (result instanceof Delivery.Result.Failed<?> failed && (failed.description().equals("unreadable response")
                || failed.description().equals(Delivery.MAYBE_SENT))) {
            // Telegram answered, so the message most likely arrived; posting it again could show it twice.
            return;
        }
        if (result instanceof Delivery.Result.Failed<?> failed) {
            throw new DeliveryException("Telegram sendMessage to chat " + chat + " failed"
                    + (failed.status() == 0 ? "" : " with " + failed.status()),
                    Delivery.gone(failed.status(), failed.description()));
        }
    }
}
