package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.Services;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.Profile;
import java.util.List;
import java.util.Optional;

/** {@code /next} and the "Next" button: another question from the same track and level. */
public final class NextCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("next",
            "Next question from the same track and level", List.of());

    private final Asker asker;
    private final TrackArgs trackArgs;
    private final QuestionBank bank;

    /** The command over the shared services. */
    public NextCommand(Services services) {
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
        return askAgain(context);
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        boolean stale = context.state() instanceof SessionState.Asking && !args.isEmpty()
                && !QuestionViews.namesCurrent(bank, args, context.state());
        if (stale) {
            // A second press, or a button under an older question: the person already has a newer question.
            return List.of(new Reply.Notice("You already have a newer question."));
        }
        return askAgain(context);
    }

    List<Reply> askAgain(CommandContext context) {
        if (context.state() instanceof SessionState.Asking asking) {
            Optional<Track> track = asking.track().flatMap(trackArgs::bySlug);
            return asker.ask(context, track, asking.level());
        }
        Profile profile = context.profile();
        Level level = profile.level();
        return asker.ask(context, profile.track().flatMap(trackArgs::bySlug), level);
    }
}
