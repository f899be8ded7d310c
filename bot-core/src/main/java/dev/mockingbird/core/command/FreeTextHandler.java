package dev.mockingbird.core.command;

import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.session.SessionState;
import java.util.List;

/** Handles text that is not a command, in private chats (groups only talk to the bot through commands). */
public interface FreeTextHandler {

    /** Whether this handler reads text typed in this session state; the engine asks each handler in turn. */
    boolean accepts(SessionState state);

    /** Replies to the text. */
    List<Reply> onText(CommandContext context, String text);
}
