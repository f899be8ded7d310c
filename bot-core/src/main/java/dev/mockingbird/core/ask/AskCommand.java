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
import dev.mockingbird.core.command.Services;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.storage.Profile;
import java.util.List;
import java.util.Optional;

/** {@code /ask [track] [level]}: a question at the person's level from the track they name or their default. */
public final class AskCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("ask", "Get an interview question",
            List.of(new OptionSpec("track", "Track, e.g. system-design (default: yours, or all)",
                            OptionSpec.Kind.TRACK, false),
                    new OptionSpec("level", "junior, mid or senior (default: yours)", OptionSpec.Kind.LEVEL, false)));

    private final Asker asker;
    private final TrackArgs trackArgs;
    private final QuestionBank bank;

    /** The command over the shared services. */
    public AskCommand(Services services) {
        this.asker = new Asker(services);
        this.trackArgs = new TrackArgs(services.bank());
        this.bank = services.bank();
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
            return asker.askQuestion(context, named.get(), new RichText(List.of()));
        }
        TrackArgs.Parsed parsed = trackArgs.parse(args);
        Optional<Reply> problem = trackArgs.problem(parsed);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        Profile profile = context.profile();
        Optional<Track> track = parsed.track().isPresent()
                ? parsed.track()
                : profile.track().flatMap(slug -> trackArgs.bySlug(slug));
        Level level = parsed.level().orElse(profile.level());
        return asker.ask(context, track, level);
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
        return asker.ask(context, track, level.get());
    }

    private static List<Reply> outdated() {
        return List.of(new Reply.Notice("That button is out of date. Try /ask."));
    }
}
