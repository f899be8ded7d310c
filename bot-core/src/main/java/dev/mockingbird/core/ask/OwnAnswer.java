package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.FreeTextHandler;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.core.grading.WrongClaim;
import dev.mockingbird.core.session.SessionState;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.Outcome;
import dev.mockingbird.core.storage.ReviewPort;
import java.util.List;
import java.util.OptionalInt;

/**
 * A person's own answer, typed as plain text in a private chat: graded against the key points. The missed points
 * are not named, so the model answer still teaches something; "Show answer" reveals them. A wrong claim is named
 * with its correction at once: letting it stand would teach the wrong lesson.
 */
public final class OwnAnswer implements FreeTextHandler {

    private static final int MIN_WORDS = 3;

    private final HistoryPort history;
    private final ReviewPort reviews;
    private final Grader grader;
    private final CurrentQuestion current;

    /** Grading questions from this bank with this grader, recording in the history and the review queue. */
    public OwnAnswer(QuestionBank bank, HistoryPort history, ReviewPort reviews, Grader grader) {
        this.history = history;
        this.reviews = reviews;
        this.grader = grader;
        this.current = new CurrentQuestion(bank);
    }

    /** The last handler asked: it grades an asked question, and points anything else to /ask. */
    @Override
    public boolean accepts(SessionState state) {
        return true;
    }

    @Override
    public List<Reply> onText(CommandContext context, String text) {
        CurrentQuestion.Lookup lookup = current.find(context, "Send /ask to get a question, or /help to see what I "
                + "can do.");
        if (!(lookup instanceof CurrentQuestion.Found found)) {
            return ((CurrentQuestion.Missing) lookup).replies();
        }
        SessionState.Asking asking = found.asking();
        Question q = found.question();
        if (text.strip().split("\\s+").length < MIN_WORDS) {
            return List.of(Reply.send(RichText.plain("That is short for an interview answer. Say a little more, "
                    + "or press Show answer."), List.of(QuestionViews.answer(), QuestionViews.showAnswer(q),
                    QuestionViews.next(q))));
        }
        Grade grade = grader.grade(q, text);
        // Answers add up: a second message that covers new points keeps the points the first one covered.
        SessionState.Asking covered = asking.cover(grade.coveredIndices(q.keyPoints()), context.now());
        List<KeyPoint> all = covered.covered().stream().map(q.keyPoints()::get).toList();
        // A wrong claim costs this answer part of its score even when an earlier message covered the point.
        int percent = Grade.percent(all.size(), grade.wrong().size(), q.keyPoints().size());
        history.recordOutcome(context.session(), q.id(), Outcome.ANSWERED,
                OptionalInt.of(percent), context.now());
        // The grade also says when to see the question again; a rating after the model answer overrides it.
        reviews.schedule(ReviewSchedule.next(context.person(), q.id(),
                reviews.review(context.person(), q.id()), Rating.fromScore(percent),
                context.now()));
        context.state(covered);
        int missed = q.keyPoints().size() - all.size();
        RichText.Builder reply = RichText.builder().paragraph(new Plain(asking.covered().isEmpty()
                        ? "You covered " : "With that, you have covered "),
                new Bold(all.size() + " of " + q.keyPoints().size()),
                new Plain(" key points (" + percent + "%)."));
        reply.bullets(covered.covered().stream().map(i -> "✓ " + q.keyPoints().get(i).point()
                + (asking.covered().isEmpty() || asking.covered().contains(i) ? "" : "  (new)")).toList());
        grade.critique().ifPresent(reply::text);
        if (!grade.wrong().isEmpty()) {
            reply.text(grade.wrong().size() == 1 ? "One thing to put right:" : "Some things to put right:");
            reply.bullets(grade.wrong().stream().map(OwnAnswer::correction).toList());
        }
        if (missed > 0) {
            reply.text((missed == 1 ? "One more point is" : missed + " more points are")
                    + " in the model answer. Add to your answer (it adds up), ask for a hint, or press Show answer.");
            return List.of(Reply.send(reply.build(), List.of(QuestionViews.answer(), QuestionViews.hint(q),
                    QuestionViews.showAnswer(q),
                    QuestionViews.next(q))));
        }
        reply.text("Every key point is there. Compare your wording with the model answer, then go on.");
        return List.of(Reply.send(reply.build(), List.of(QuestionViews.showAnswer(q), QuestionViews.next(q))));
    }

    /** "You said … — what is true". */
    static String correction(WrongClaim claim) {
        return claim.feedback();
    }
}
