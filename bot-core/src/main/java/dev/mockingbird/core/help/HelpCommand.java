package dev.mockingbird.core.help;

import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.Command;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@code /help}: every command with its arguments, from the one command list. */
public final class HelpCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("help", "What I can do", List.of());

    private final Supplier<List<CommandSpec>> commands;

    /** Help over the registered commands (a supplier: help is itself one of them). */
    public HelpCommand(Supplier<List<CommandSpec>> commands) {
        this.commands = commands;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        List<List<Span>> items = commands.get().stream()
                .map(c -> List.<Span>of(new Code(usage(c)), new Plain(" " + c.description())))
                .toList();
        return List.of(Reply.send(RichText.builder()
                .text("Commands:")
                .bulletSpans(items)
                .text("Tracks take slugs, names or short forms: /ask sd senior, /ask System Design, /ask mongo.")
                .build()));
    }

    static String usage(CommandSpec spec) {
        String options = spec.options().stream()
                .map(o -> o.required() ? "<" + o.name() + ">" : "[" + o.name() + "]")
                .collect(Collectors.joining(" "));
        return "/" + spec.name() + (options.isEmpty() ? "" : " " + options);
    }
}
