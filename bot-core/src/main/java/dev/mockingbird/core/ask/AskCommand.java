package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.command.TrackArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /ask [track] [level]}: a question at the person's level from the track they name or their default. */
public final class AskCommand implements Command {

    private static final String TRACK = "track";
    private static final String LEVEL = "level";
    private static final CommandSpec SPEC = new CommandSpec("ask", "Get an interview question",
            List.of(new OptionSpec(TRACK, "Track, e.g. system-design (default: yours, or all)",
                            OptionSpec.Kind.TRACK, false),
                    new OptionSpec(LEVEL, "junior, mid or senior (default: yours)", OptionSpec.Kind.LEVEL, false)));

    private final AskUseCase asks;
    private final TrackArgs trackArgs;
    private final QuestionBank bank;

    /** The command over the asking use case and the bank it names tracks from. */
    public AskCommand(AskUseCase asks, QuestionBank bank) {
        this.asks = asks;
        this.trackArgs = new TrackArgs(bank);
        this.bank = bank;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        // A question's own id (shown in quiz results and shared between people) asks exactly that question.
        Optional<Question> named = args.strip().contains("/") ? bank.byId(args.strip()) : Optional.empty();
        if (named.isPresent()) {
            return asks.askQuestion(context.session(), context.inGroup(), named.get(), new RichText(List.of()))
                    .replies();
        }
        return ask(context, trackArgs.parse(args));
    }

    /** Options read by name: a question's id in the track option asks exactly that question. */
    @Override
    public List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        Optional<String> track = Optional.ofNullable(options.get(TRACK));
        Optional<Question> named = track.filter(t -> t.contains("/")).flatMap(bank::byId);
        if (named.isPresent() && !options.containsKey(LEVEL)) {
            return asks.askQuestion(context.session(), context.inGroup(), named.get(), new RichText(List.of()))
                    .replies();
        }
        return ask(context, trackArgs.parse(track, Optional.ofNullable(options.get(LEVEL))));
    }

    private List<Reply> ask(CommandContext context, TrackArgs.Parsed parsed) {
        Optional<Reply> problem = trackArgs.problem(parsed);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        return asks.askWithDefaults(context.session(), context.person(), context.inGroup(), parsed.track(),
                parsed.level()).replies();
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        // Buttons offered when a pool was empty: 1:ask:<track or ->:<level>
        if (args.size() != 2) {
            return outdated();
        }
        Optional<Track> track = args.get(0).equals("-") ? Optional.empty() : trackArgs.bySlug(args.get(0));
        Optional<Level> level = Level.parse(args.get(1));
        if (level.isEmpty()) {
            return outdated();
        }
        return asks.ask(context.session(), context.inGroup(), track, level.get()).replies();
    }

    private static List<Reply> outdated() {
        return List.of(new Reply.Notice("That button is out of date. Try /ask."));
    }
}
