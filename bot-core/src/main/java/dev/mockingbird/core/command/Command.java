package dev.mockingbird.core.command;

import dev.mockingbird.core.chat.Reply;
import java.util.List;

/**
 * One chat command. Each lives in its own class, takes the shared services in its constructor, and is registered in
 * {@link dev.mockingbird.core.Mockingbird}'s one list. Buttons a command puts on its replies route back to the same
 * command through {@link ButtonData}.
 */
public interface Command {

    /** Name, description and options. */
    CommandSpec spec();

    /** Handles {@code /name args}. */
    List<Reply> onCommand(CommandContext context, String args);

    /** Handles a press of one of this command's buttons. */
    default List<Reply> onButton(CommandContext context, List<String> args) {
        return List.of(new Reply.Notice("This button no longer does anything. Try /help."));
    }
}
