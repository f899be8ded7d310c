package dev.mockingbird.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * The outgoing port for messages nobody asked for just now (the daily question): each platform adapter implements it
 * and the engine calls it on its schedule. Requests and their replies never go this way; adapters deliver those.
 */
public interface OutboundPort {

    /** The platform name, as in {@link ChatRequest#platform()}. */
    String platform();

    /**
     * Posts these replies to a chat, in order. Only {@link Reply.Send} applies here; other kinds are skipped.
     *
     * @throws DeliveryException when they could not be delivered, saying whether a later try could succeed
     */
    void post(String chatId, List<Reply> replies);

    /**
     * Posts to a chat whose kind is known (a daily subscription and a quiz record it). A platform whose chat ids do not
     * say whether they name a person or a room (Discord keys a DM by the person's id, a room by the channel's) goes
     * straight to the right place with it instead of guessing; the default ignores the kind.
     *
     * @throws DeliveryException when they could not be delivered, saying whether a later try could succeed
     */
    default void post(String chatId, ChatKind kind, List<Reply> replies) {
        post(chatId, replies);
    }

    /**
     * Posts as {@link #post(String, ChatKind, List)} and returns the platform's id of the first message posted, for a
     * later message to answer (a team's reveal answers its post); empty where the platform does not say. The default
     * posts and returns empty.
     *
     * @throws DeliveryException when they could not be delivered, saying whether a later try could succeed
     */
    default Optional<String> postAndGetId(String chatId, ChatKind kind, List<Reply> replies) {
        post(chatId, kind, replies);
        return Optional.empty();
    }
}
