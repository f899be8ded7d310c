package dev.mockingbird.core.chat;

/** Whether a chat is one person talking to the bot or a shared room. */
public enum ChatKind {
    /** A direct conversation: state belongs to the person. */
    PRIVATE,
    /** A group, channel or guild text channel: state belongs to the chat. */
    GROUP
}
