package dev.mockingbird.telegram;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.UpdateInProgress;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * Handles one update in two steps: asks the engine and answers the button press (always, so Telegram's spinner
 * stops), then edits and sends what the engine replied. Telegram has no message only one person sees, so a reply for the requester
 * goes to the chat; the engine hides spoilers in it for shared rooms.
 */
final class UpdateHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    private static final String TROUBLE = "Sorry, something went wrong on my side. Please try again.";

    private final ChatEngine engine;
    private final Delivery delivery;

    UpdateHandler(ChatEngine engine, Delivery delivery) {
        this.engine = engine;
        this.delivery = delivery;
    }

    /**
     * Handles the update; throws only {@link UpdateInProgress}, when another instance is answering it right now (a
     * webhook then asks Telegram to deliver it again later). An interrupt is restored and ends the work.
     */
    void handle(Incoming incoming) {
        send(incoming, answer(incoming));
    }

    /**
     * Asks the engine and answers a button press at once (always, so Telegram's spinner stops; the engine's notices
     * are its toast): unpaced, and before any of the chat's sends, which may wait behind earlier ones. Returns what
     * is left to send. Throws only {@link UpdateInProgress}.
     */
    List<Reply> answer(Incoming incoming) {
        List<Reply> replies = incoming.request().map(this::ask).orElse(List.of());
        if (incoming.callbackId().isPresent()) {
            try {
                delivery.answer(TelegramMessages.answer(incoming.callbackId().get(), notices(replies)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.info("Stopped while answering a press in Telegram chat {}", incoming.chatId());
                return List.of();
            } catch (RuntimeException e) {
                LOG.error("Failed to answer a press in Telegram chat {}", incoming.chatId(), e);
            }
        }
        return replies;
    }

    /** Edits and sends the replies (paced for the chat), then confirms them to the engine. Never throws. */
    void send(Incoming incoming, List<Reply> replies) {
        try {
            deliver(incoming, replies);
            // Delivered: a redelivery of this update is now skipped rather than answered again.
            incoming.request().ifPresent(engine::delivered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("Stopped while answering Telegram chat {}", incoming.chatId());
        } catch (RuntimeException e) {
            LOG.error("Failed to answer Telegram chat {}", incoming.chatId(), e);
        }
    }

    /** The engine's replies; it also marks the chat active again, should it have blocked the bot before. */
    private List<Reply> ask(ChatRequest request) {
        try {
            return engine.handle(request);
        } catch (UpdateInProgress e) {
            throw e;
        } catch (RuntimeException e) {
            // The engine promises not to throw; if it does anyway, the person still hears back.
            LOG.error("Engine failed on a Telegram update in chat {}", request.chatId(), e);
            return List.of(new Reply.Notice(TROUBLE));
        }
    }

    /** The toast for a press: the engine's notices, joined. */
    private static String notices(List<Reply> replies) {
        List<String> texts = new ArrayList<>();
        replies.forEach(r -> {
            if (r instanceof Reply.Notice n) {
                texts.add(n.text());
            }
        });
        return String.join("\n", texts);
    }

    private void deliver(Incoming incoming, List<Reply> replies) throws InterruptedException {
        long chat = incoming.chatId();
        boolean group = incoming.inGroup();
        boolean press = incoming.callbackId().isPresent();
        Optional<Integer> topic = incoming.topic();
        for (Reply reply : replies) {
            switch (reply) {
                case Reply.Send send -> sendAll(chat, group, topic,
                        TelegramMessages.send(chat, send));
                case Reply.Edit edit -> {
                    if (incoming.messageId().isEmpty()
                            || !editInPlace(chat, group, topic, incoming.messageId().get(), edit)) {
                        // No message to edit (a typed command, or one too old): show the new state as a message.
                        sendAll(chat, group, topic, TelegramMessages.send(chat, edit.text(), edit.buttons()));
                    }
                }
                case Reply.Notice notice -> {
                    if (!press) {
                        sendAll(chat, group, topic, List.of(TelegramMessages.plain(chat, notice.text())));
                    }
                }
            }
        }
    }

    /**
     * Edits the pressed message to the first part; further parts follow as messages, buttons on the last. False
     * when the message is gone or can no longer be edited, so the caller sends the new state instead.
     */
    private boolean editInPlace(long chat, boolean group, Optional<Integer> topic, int messageId,
                                Reply.Edit edit) throws InterruptedException {
        List<String> parts = TelegramMessages.parts(edit.text());
        boolean single = parts.size() == 1;
        Delivery.Result<Serializable> result = delivery.toChat(chat, group, TelegramMessages.edit(chat, messageId,
                parts.getFirst(), single ? edit.buttons() : List.of()));
        if (result instanceof Delivery.Result.Failed<Serializable> failed) {
            if (uneditable(failed)) {
                return false;
            }
            if (!notModified(failed)) {
                return true; // Logged by the delivery; the rest would arrive out of context.
            }
        }
        for (int i = 1; i < parts.size(); i++) {
            if (!send(chat, group, topic, TelegramMessages.message(chat, parts.get(i),
                    i == parts.size() - 1 ? edit.buttons() : List.of()))) {
                break;
            }
        }
        return true;
    }

    /** Editing to the same text is a 400 "message is not modified": the message already shows it. */
    private static boolean notModified(Delivery.Result.Failed<?> failed) {
        return failed.status() == 400 && failed.description().toLowerCase(Locale.ROOT).contains("not modified");
    }

    /** The message is gone, or too old to edit. */
    private static boolean uneditable(Delivery.Result.Failed<?> failed) {
        String lower = failed.description().toLowerCase(Locale.ROOT);
        return failed.status() == 400 && (lower.contains("message to edit not found")
                || lower.contains("message can't be edited"));
    }

    private void sendAll(long chat, boolean group, Optional<Integer> topic, List<SendMessage> messages)
            throws InterruptedException {
        for (SendMessage message : messages) {
            if (!send(chat, group, topic, message)) {
                return; // The rest would only arrive out of context.
            }
        }
    }

    /** Sends one message, into the forum topic the update came from, if any. */
    private boolean send(long chat, boolean group, Optional<Integer> topic, SendMessage message)
            throws InterruptedException {
        topic.ifPresent(message::setMessageThreadId);
        Delivery.Result<?> result = delivery.toChat(chat, group, message);
        if (result instanceof Delivery.Result.Failed<?> failed && unparsable(failed)) {
            // Our HTML is checked to be well formed; should Telegram still refuse it, the words matter more.
            LOG.warn("Telegram could not parse a message to chat {}; sending it as plain text", chat);
            SendMessage plain = TelegramMessages.asPlainText(message);
            topic.ifPresent(plain::setMessageThreadId);
            return delivery.toChat(chat, group, plain).done();
        }
        return result.done();
    }

    /** Telegram's 400 for markup it will not accept. */
    private static boolean unparsable(Delivery.Result.Failed<?> failed) {
        return failed.status() == 400 && failed.description().toLowerCase(Locale.ROOT).contains("can't parse");
    }
}
