package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.storage.QuizPort;
import java.util.List;

/** {@code /scores}: the chat's quiz leaderboard (in a private chat, the person's own record). */
public final class ScoresCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("scores", "This chat's quiz leaderboard", List.of());
    /** A leaderboard longer than this stops being read. */
    private static final int TOP = 10;

    private final QuizPort rounds;
    private final QuizViews views;

    /** The command over the bank and the quiz rounds it scores. */
    public ScoresCommand(QuestionBank bank, QuizPort rounds) {
        this.rounds = rounds;
        this.views = new QuizViews(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        return List.of(Reply.send(views.scores(rounds.scores(context.session(), TOP),
                context.inGroup())));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        return onCommand(context, "");
    }
}
