package dev.mockingbird.core.help;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /tracks}: every track with its description and how many questions it has per level. */
public final class TracksCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("tracks", "List the tracks", List.of());

    private final QuestionBank bank;

    /** The command over the bank it lists. */
    public TracksCommand(QuestionBank bank) {
        this.bank = bank;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        List<List<Span>> items = bank.tracks().stream().map(this::item).toList();
        return List.of(Reply.send(RichText.builder()
                .paragraph(new Bold(bank.tracks().size() + " tracks, " + bank.questions().size() + " questions"))
                .bulletSpans(items)
                .text("Ask with /ask <track> [level], e.g. /ask databases senior.")
                .build()));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        return onCommand(context, "");
    }

    private List<Span> item(Track track) {
        List<Question> questions = bank.questionsOf(track);
        String counts = Arrays.stream(Level.values())
                .map(l -> questions.stream().filter(q -> q.level() == l).count() + " " + l.slug())
                .collect(Collectors.joining(", "));
        String description = track.description().isEmpty() ? "" : " " + track.description();
        return List.of(new Code(track.slug()), new Plain(" " + track.name() + "."), new Plain(description),
                new Plain(" (" + counts + ")"));
    }
}
