package dev.mockingbird.core.help;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import java.util.Arrays;
import java.util.List;

/** {@code /levels}: what each level means, and the person's own. */
public final class LevelsCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("levels", "What the levels mean", List.of());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        List<List<Span>> items = Arrays.stream(Level.values())
                .map(l -> List.<Span>of(new Bold(l.slug()), new Plain(": " + l.description()))).toList();
        return List.of(Reply.send(RichText.builder()
                .bulletSpans(items)
                .paragraph(new Plain("Yours: "), new Bold(context.profile().level().slug()),
                        new Plain(". Change it with /level <level>."))
                .build()));
    }
}
