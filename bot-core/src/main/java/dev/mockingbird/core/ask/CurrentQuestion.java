package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.session.SessionState;
import java.util.List;
import java.util.Optional;

/**
 * The opening every command on the current question shares: is a question on the table, is it still in the bank,
 * and does a pressed button name it or an older one.
 */
final class CurrentQuestion {

    static final String NONE = "There is no question on the table yet. Send /ask to get one.";
    static final String GONE = "That question is no longer in the bank. Send /ask for a new one.";

    /** What the lookup found. */
    sealed interface Lookup {
    }

    /** The question on the table, with the session state that holds it. */
    record Found(SessionState.Asking asking, Question question) implements Lookup {
    }

    /** No usable question: the replies say so. */
    record Missing(List<Reply> replies) implements Lookup {
    }

    private final QuestionBank bank;

    CurrentQuestion(QuestionBank bank) {
        this.bank = bank;
    }

    /** The session's current question, or a note saying there is none (with this text) or it left the bank. */
    Lookup find(CommandContext context, String none) {
        if (!(context.state() instanceof SessionState.Asking asking)) {
            return new Missing(context.note(none));
        }
        Optional<Question> question = bank.byId(asking.questionId());
        return question.<Lookup>map(q -> new Found(asking, q)).orElseGet(() -> new Missing(context.note(GONE)));
    }

    /** As {@link #find(CommandContext, String)}, with the usual note when nothing was asked. */
    Lookup find(CommandContext context) {
        return find(context, NONE);
    }

    /** Whether a pressed button names a question other than the current one (a second press, an older message). */
    boolean stale(CommandContext context, List<String> args) {
        return context.state() instanceof SessionState.Asking && !args.isEmpty()
                && !QuestionViews.namesCurrent(bank, args, context.state());
    }
}
