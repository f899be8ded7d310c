package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Italic;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.storage.Review;
import dev.mockingbird.core.storage.ReviewPort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code /review}: the person's most overdue question from their spaced-repetition queue, which grows as they rate
 * model answers. Private chats only: the queue is one person's.
 */
public final class ReviewCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("review", "The question you are due to see again "
            + "(spaced repetition)", List.of());
    /** Reviews of questions that left the bank are skipped; this bounds how many are looked at per request. */
    private static final int LOOK_AHEAD = 20;

    private final AskUseCase asks;
    private final QuestionBank bank;
    private final ReviewPort reviews;

    /** The command over the asking use case, the bank and the review queues. */
    public ReviewCommand(AskUseCase asks, QuestionBank bank, ReviewPort reviews) {
        this.asks = asks;
        this.bank = bank;
        this.reviews = reviews;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        if (context.inGroup()) {
            return List.of(Reply.text("Your review queue is yours alone: send /review in a private chat with me."));
        }
        List<Review> due = reviews.due(context.person(), context.now(), LOOK_AHEAD);
        for (Review review : due) {
            Optional<Question> q = bank.byId(review.questionId());
            if (q.isPresent()) {
                String overdue = due.size() == 1 ? "the only one due" : due.size() + (due.size() == LOOK_AHEAD
                        ? "+" : "") + " due";
                RichText before = RichText.builder().paragraph(new Italic("Review (" + overdue + "). Answer it, "
                        + "then Show answer and rate how it went.")).build();
                return asks.askQuestion(context.session(), context.inGroup(), q.get(), before).replies();
            }
        }
        Optional<Review> next = reviews.next(context.person(), context.now());
        if (next.isEmpty()) {
            return List.of(Reply.text("Your review queue is empty. After /answer, rate how you did (Nailed it, "
                    + "Partly, Missed it) and I will bring questions back just before you would forget them."));
        }
        return List.of(Reply.text("Nothing is due right now. The next review comes in "
                + humanize(Duration.between(context.now(), next.get().due())) + "; /ask in the meantime."));
    }

    private static String humanize(Duration d) {
        long hours = Math.max(1, (d.toMinutes() + 59) / 60);
        return hours < 48 ? hours + (hours == 1 ? " hour" : " hours") : (hours + 23) / 24 + " days";
    }
}
