package dev.mockingbird.core.chat;

/**
 * Where adapters report a chat the bot can no longer post to (blocked, kicked, deleted). The engine owns chat status:
 * it marks the chat gone here, and active again as soon as anyone uses the bot there.
 */
@FunctionalInterface
public interface GoneChats {

    /** The bot can no longer post to this chat, for this reason from the platform. */
    void gone(String platform, String chatId, String reason);
}
