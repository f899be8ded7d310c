package dev.mockingbird.core.command;

import dev.mockingbird.core.chat.Reply;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One chat command. Each lives in its own class, is built with the ports and use cases it uses, and is registered in
 * {@link dev.mockingbird.core.Mockingbird}'s one list. Buttons a command puts on its replies route back to the same
 * command through {@link ButtonData}.
 */
public interface Command {

    /** Name, description and options. */
    CommandSpec spec();

    /** Handles {@code /name args} as typed. */
    List<Reply> onCommand(CommandContext context, String args);

    /**
     * Handles the command with options the platform already structured (Discord slash options), by the names in
     * {@link #spec()}. A command whose options could be misread as one line of text reads them here by name; the
     * default hands the values to {@link #onCommand} as they would be typed, in the order the spec declares them,
     * which is exact for a command of one option.
     */
    default List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        return onCommand(context, spec().options().stream().map(o -> options.get(o.name()))
                .filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    /** Handles a press of one of this command's buttons. */
    default List<Reply> onButton(CommandContext context, List<String> args) {
        return List.of(new Reply.Notice("This button no longer does anything. Try /help."));
    }
}
