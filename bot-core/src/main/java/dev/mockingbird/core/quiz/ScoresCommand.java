package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.storage.QuizPort;
import java.util.List;

/**
 * {@code /scores [week|month|all]}: the chat's quiz leaderboard over the last 7 or 30 days or all time (in a private
 * chat, the person's own record), with the asker's own place even when it is below the top.
 */
public final class ScoresCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("scores", "This chat's quiz leaderboard",
            List.of(new OptionSpec("period", "week, month or all (default)", OptionSpec.Kind.TEXT, false)));
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
        String period = args.strip().toLowerCase(java.util.Locale.ROOT);
        java.time.Instant since;
        String named;
        switch (period) {
            case "week", "7d" -> {
                since = context.now().minus(java.time.Duration.ofDays(7));
                named = "7 days";
            }
            case "month", "30d" -> {
                since = context.now().minus(java.time.Duration.ofDays(30));
                named = "30 days";
            }
            case "", "all", "ever" -> {
                since = java.time.Instant.EPOCH;
                named = "all time";
            }
            default -> {
                return List.of(Reply.text("Try /scores week, /scores month or /scores all."));
            }
        }
        Leaderboard board = Leaderboard.of(rounds.scoredAnswers(context.session(), since));
        return List.of(Reply.send(views.scores(board, named, context.inGroup(), context.person(), TOP)));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        return onCommand(context, "");
    }
}
