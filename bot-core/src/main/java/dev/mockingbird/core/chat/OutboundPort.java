package dev.mockingbird.core.chat;

import java.util.List;

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
}
