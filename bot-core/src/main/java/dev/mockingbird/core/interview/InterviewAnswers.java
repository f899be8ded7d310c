package dev.mockingbird.core.interview;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.FreeTextHandler;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.core.grading.WrongClaim;
import dev.mockingbird.core.session.SessionState;
import java.util.List;
import java.util.Optional;

/**
 * What a person types during a mock interview: graded quietly against the current question's key points and added
 * up, acknowledged without saying which points were hit or what was wrong (that is the report's job).
 */
public final class InterviewAnswers implements FreeTextHandler {

    private final QuestionBank bank;
    private final Grader grader;

    /** Grading questions from this bank with this grader. */
    public InterviewAnswers(QuestionBank bank, Grader grader) {
        this.bank = bank;
        this.grader = grader;
    }

    @Override
    public boolean accepts(SessionState state) {
        return state instanceof SessionState.Interviewing;
    }

    @Override
    public List<Reply> onText(CommandContext context, String text) {
        SessionState.Interviewing interview = (SessionState.Interviewing) context.state();
        Optional<Question> found = bank.byId(interview.current());
        if (found.isEmpty()) {
            return List.of(Reply.text("That question is no longer in the bank. Press Next question to go on."));
        }
        Question q = found.get();
        Grade grade = grader.grade(q, text);
        List<SessionState.Correction> wrong = grade.wrong().stream().map(w -> correction(q, w)).toList();
        SessionState.Interviewing updated = interview.add(grade.coveredIndices(q.keyPoints()), wrong, context.now());
        context.state(updated);
        return List.of(Reply.send(RichText.plain("Noted. Say more if you like, or press "
                + (interview.last() ? "Finish" : "Next question") + "."), InterviewViews.questionButtons(updated, q)));
    }

    private static SessionState.Correction correction(Question q, WrongClaim claim) {
        return new SessionState.Correction(q.keyPoints().indexOf(claim.point()), claim.quote(),
                claim.misconception().correction());
    }
}
