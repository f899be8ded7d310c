package dev.mockingbird.telegram;

import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * One Telegram update in the engine's terms, with what is needed to answer it in Telegram's.
 *
 * @param chatId     the Telegram chat to answer in
 * @param request    what to ask the engine; empty for a press the engine cannot act on (it is still answered)
 * @param callbackId the callback query to answer, for button presses
 * @param messageId  the message whose button was pressed, when Telegram still lets the bot edit it
 * @param topic      the forum topic it came from, so the answer goes to the same topic
 */
record Incoming(long chatId, Optional<ChatRequest> request, Optional<String> callbackId,
                Optional<Integer> messageId, Optional<Integer> topic) {

    Incoming {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topic, "topic");
    }

    /** An update from outside any forum topic. */
    Incoming(long chatId, Optional<ChatRequest> request, Optional<String> callbackId, Optional<Integer> messageId) {
        this(chatId, request, callbackId, messageId, Optional.empty());
    }

    /** Whether the chat is shared (group rules on pacing apply). */
    boolean inGroup() {
        return request.map(r -> r.chatKind() == ChatKind.GROUP).orElse(chatId < 0);
    }
}
