package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Audience;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code /answer} and the "Show answer" button: reveal the model answer and key points. The button names its
 * question, so an old button still reveals the question it was under.
 */
public final class AnswerCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("answer",
            "Show the model answer and key points of the current question", List.of());

    private final QuestionBank bank;
    private final HistoryPort history;
    private final QuestionViews views;
    private final CurrentQuestion current;

    /** The command over the bank and the history it records the reveal in. */
    public AnswerCommand(QuestionBank bank, HistoryPort history) {
        this.bank = bank;
        this.history = history;
        this.views = new QuestionViews(bank);
        this.current = new CurrentQuestion(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        return switch (current.find(context)) {
            case CurrentQuestion.Missing missing -> missing.replies();
            case CurrentQuestion.Found found -> {
                markRevealed(context, found.asking());
                yield List.of(Reply.send(views.answer(found.question(), context.inGroup()),
                        afterAnswer(found.question())));
            }
        };
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        Optional<Question> q = args.isEmpty() ? Optional.empty() : bank.byCode(args.getFirst());
        if (q.isEmpty()) {
            return List.of(new Reply.Notice(CurrentQuestion.GONE));
        }
        Question question = q.get();
        List<Reply> replies = new ArrayList<>();
        boolean onTable = context.state() instanceof SessionState.Asking asking
                && asking.questionId().equals(question.id());
        if (onTable) {
            SessionState.Asking asking = (SessionState.Asking) context.state();
            markRevealed(context, asking);
        }
        if (context.inGroup()) {
            // Only the presser sees it (where the platform can), so nobody else is spoiled.
            replies.add(new Reply.Send(views.answer(question, true), QuestionViews.rateButtons(question),
                    Audience.REQUESTER));
        } else {
            // Take the buttons off the question so it reads as done, then follow up with the answer.
            replies.add(new Reply.Edit(views.question(question, false, false), List.of()));
            replies.add(Reply.send(views.answer(question, false), afterAnswer(question)));
        }
        return replies;
    }

    /** Under a model answer: how did it go (for spaced review), then on to the next question. */
    private static List<Button> afterAnswer(Question q) {
        List<Button> buttons = new ArrayList<>(QuestionViews.rateButtons(q));
        buttons.add(QuestionViews.next(q));
        return buttons;
    }

    private void markRevealed(CommandContext context, SessionState.Asking asking) {
        if (!asking.revealed()) {
            history.recordOutcome(context.session(), asking.questionId(), Outcome.REVEALED,
                    OptionalInt.empty(), context.now());
            context.state(asking.reveal(context.now()));
        }
    }
}
