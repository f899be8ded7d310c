package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.session.SessionState;
import java.util.List;
import java.util.Optional;

/** {@code /next} and the "Next" button: another question from the same track and level. */
public final class NextCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("next",
            "Next question from the same track and level", List.of());

    private final AskUseCase asks;
    private final TrackArgs trackArgs;
    private final CurrentQuestion current;

    /** The command over the asking use case and the bank. */
    public NextCommand(AskUseCase asks, QuestionBank bank) {
        this.asks = asks;
        this.trackArgs = new TrackArgs(bank);
        this.current = new CurrentQuestion(bank);
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
        if (current.stale(context, args)) {
            // A second press, or a button under an older question: the person already has a newer question.
            return List.of(new Reply.Notice("You already have a newer question."));
        }
        return askAgain(context);
    }

    private List<Reply> askAgain(CommandContext context) {
        if (context.state() instanceof SessionState.Asking asking) {
            Optional<Track> track = asking.track().flatMap(trackArgs::bySlug);
            return asks.ask(context.session(), context.inGroup(), track, asking.level()).replies();
        }
        return asks.askWithDefaults(context.session(), context.person(), context.inGroup(), Optional.empty(),
                Optional.empty()).replies();
    }
}
