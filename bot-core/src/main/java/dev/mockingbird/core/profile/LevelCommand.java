package dev.mockingbird.core.profile;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code /level <level>}: the level /ask uses when none is named. */
public final class LevelCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("level", "Set your level: junior, mid or senior",
            List.of(new OptionSpec("level", "junior, mid or senior", OptionSpec.Kind.LEVEL, false))).asPersonal();

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        if (args.isBlank()) {
            return List.of(Reply.send(RichText.builder()
                    .paragraph(new Plain("Your level: "), new Bold(context.profile().level().slug()),
                            new Plain(". Pick another:")).build(), buttons()));
        }
        Optional<Level> level = Level.parse(args);
        if (level.isEmpty()) {
            return List.of(Reply.send(RichText.plain("Levels are junior, mid and senior. For example: /level senior"),
                    buttons()));
        }
        return set(context, level.get());
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        Optional<Level> level = args.isEmpty() ? Optional.empty() : Level.parse(args.getFirst());
        return level.map(l -> set(context, l))
                .orElseGet(() -> List.of(new Reply.Notice("That button is out of date. Try /level.")));
    }

    private static List<Reply> set(CommandContext context, Level level) {
        context.profile(context.profile().withLevel(level));
        return List.of(Reply.send(RichText.builder()
                .paragraph(new Plain("Done: your level is "), new Bold(level.slug()),
                        new Plain(". /ask picks questions at that level.")).build()));
    }

    private static List<Button> buttons() {
        return Arrays.stream(Level.values())
                .map(l -> new Button(l.slug(), ButtonData.of("level", l.slug()).encode(), "/level " + l.slug()))
                .toList();
    }
}
