package dev.mockingbird.core.command;

import dev.mockingbird.core.chat.Reply;
import java.util.List;

/** Handles text that is not a command, in private chats (groups only talk to the bot through commands). */
public interface FreeTextHandler {

    /** Replies to the text. */
    List<Reply> onText(CommandContext context, String text);
}
