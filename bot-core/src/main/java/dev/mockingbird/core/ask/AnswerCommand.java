package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.chat.Audience;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.Services;
import dev.mockingbird.core.session.SessionState;
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

    private final Services services;
    private final QuestionViews views;

    /** The command over the shared services. */
    public AnswerCommand(Services services) {
        this.services = services;
        this.views = new QuestionViews(services.bank());
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        if (!(context.state() instanceof SessionState.Asking asking)) {
            return List.of(Reply.text("There is no question on the table yet. Send /ask to get one."));
        }
        Optional<Question> q = services.bank().byId(asking.questionId());
        if (q.isEmpty()) {
            return List.of(Reply.text("That question is no longer in the bank. Send /ask for a new one."));
        }
        markRevealed(context, asking);
        return List.of(Reply.send(views.answer(q.get(), context.inGroup()), afterAnswer(q.get())));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        Optional<Question> q = args.isEmpty() ? Optional.empty() : services.bank().byCode(args.getFirst());
        if (q.isEmpty()) {
            return List.of(new Reply.Notice("That question is no longer in the bank. Send /ask for a new one."));
        }
        Question question = q.get();
        List<Reply> replies = new ArrayList<>();
        boolean current = context.state() instanceof SessionState.Asking asking
                && asking.questionId().equals(question.id());
        if (current) {
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
            services.storage().history().recordOutcome(context.session(), asking.questionId(), Outcome.REVEALED,
                    OptionalInt.empty(), context.now());
            context.state(asking.reveal(context.now()));
        }
    }
}
