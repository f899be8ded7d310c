package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.TrackArgs;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code /skip} and the "Skip" button: drop the current question unanswered and get another. */
public final class SkipCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("skip",
            "Skip the current question and get another", List.of());

    private final AskUseCase asks;
    private final QuestionBank bank;
    private final HistoryPort history;
    private final TrackArgs trackArgs;

    /** The command over the asking use case, the bank and the history it records the skip in. */
    public SkipCommand(AskUseCase asks, QuestionBank bank, HistoryPort history) {
        this.asks = asks;
        this.bank = bank;
        this.history = history;
        this.trackArgs = new TrackArgs(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        if (!(context.state() instanceof SessionState.Asking asking)) {
            return List.of(Reply.text("Nothing to skip. Send /ask to get a question."));
        }
        return skip(context, asking);
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        if (!QuestionViews.namesCurrent(bank, args, context.state())) {
            // A second press, or a button under an older question: do not skip whatever is current now.
            return List.of(new Reply.Notice("Already moved on from that question."));
        }
        return skip(context, (SessionState.Asking) context.state());
    }

    private List<Reply> skip(CommandContext context, SessionState.Asking asking) {
        if (!asking.revealed()) {
            history.recordOutcome(context.session(), asking.questionId(), Outcome.SKIPPED,
                    OptionalInt.empty(), context.now());
        }
        Optional<Track> track = asking.track().flatMap(trackArgs::bySlug);
        return asks.ask(context.session(), context.inGroup(), track, asking.level()).replies();
    }
}
