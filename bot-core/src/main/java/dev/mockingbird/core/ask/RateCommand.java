package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.Review;
import dev.mockingbird.core.storage.ReviewPort;
import java.util.List;
import java.util.Optional;

/**
 * {@code /rate nailed|partly|missed} and the buttons under a model answer: how the person did, which decides when the
 * question comes back in {@code /review}. Always the presser's own queue, also in a group.
 */
public final class RateCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("rate", "How you did on the last question: nailed, "
            + "partly or missed (for /review)", List.of(
                    new OptionSpec("how", "nailed, partly or missed", OptionSpec.Kind.TEXT, true))).asPersonal();

    private final QuestionBank bank;
    private final ReviewPort reviews;

    /** The command over the bank the rated questions come from and the review queue it schedules them in. */
    public RateCommand(QuestionBank bank, ReviewPort reviews) {
        this.bank = bank;
        this.reviews = reviews;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        Optional<Rating> rating = Rating.parse(args);
        if (rating.isEmpty()) {
            return List.of(Reply.text("Rate the last question with /rate nailed, /rate partly or /rate missed."));
        }
        if (!(context.state() instanceof SessionState.Asking asking)) {
            return List.of(Reply.text("There is no question to rate. Send /ask to get one."));
        }
        return bank.byId(asking.questionId()).map(q -> rate(context, q, rating.get()))
                .orElseGet(() -> List.of(Reply.text("That question is no longer in the bank.")));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        Optional<Question> q = args.size() == 2 ? bank.byCode(args.getFirst()) : Optional.empty();
        Optional<Rating> rating = args.size() == 2 ? Rating.parse(args.get(1)) : Optional.empty();
        if (q.isEmpty() || rating.isEmpty()) {
            return List.of(new Reply.Notice("That button is out of date. Send /review or /ask."));
        }
        return rate(context, q.get(), rating.get());
    }

    private List<Reply> rate(CommandContext context, Question q, Rating rating) {
        Review review = ReviewSchedule.next(context.person(), q.id(), reviews.review(context.person(), q.id()),
                rating, context.now());
        reviews.schedule(review);
        String when = review.intervalDays() == 1 ? "tomorrow" : "in " + review.intervalDays() + " days";
        String text = switch (rating) {
            case NAILED -> "Nice. I will bring it back " + when + " to make it stick (/review).";
            case PARTLY -> "Noted. It comes back " + when + "; /review asks what is due.";
            case MISSED -> "No problem: it comes back " + when + ". Reread the key points once more now.";
        };
        return context.note(text);
    }
}
