package dev.mockingbird.core.chat;

/** Who should see a reply. */
public enum Audience {
    /** Everyone in the chat. */
    CHAT,
    /**
     * Only the person who asked or pressed, where the platform can do that (Discord's ephemeral replies); elsewhere an
     * ordinary message. Used so that revealing an answer in a shared room does not spoil it for the others.
     */
    REQUESTER
}
