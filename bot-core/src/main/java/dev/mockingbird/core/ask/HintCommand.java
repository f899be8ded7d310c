package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.session.SessionState;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code /hint} and the "Hint" button: names one key point the person's answers have not covered yet, so they can
 * say more before looking at the model answer. The hint is the point's headline, never the answer's wording.
 */
public final class HintCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("hint", "A nudge toward a key point you have not "
            + "covered yet", List.of()).asPersonal();

    private final CurrentQuestion current;

    /** The command over the bank. */
    public HintCommand(QuestionBank bank) {
        this.current = new CurrentQuestion(bank);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        CurrentQuestion.Lookup lookup = current.find(context);
        if (!(lookup instanceof CurrentQuestion.Found found)) {
            return ((CurrentQuestion.Missing) lookup).replies();
        }
        SessionState.Asking asking = found.asking();
        Question q = found.question();
        List<KeyPoint> open = IntStream.range(0, q.keyPoints().size()).filter(i -> !asking.covered().contains(i))
                .mapToObj(q.keyPoints()::get).toList();
        if (open.isEmpty()) {
            return context.note("You have covered every key point already. Press Show answer to compare.");
        }
        // The first open point: hints go in the order an interviewer would expect the points.
        RichText text = RichText.builder()
                .paragraph(new Bold("Hint: "), new Plain("say something about " + lowerFirst(open.getFirst().point())
                        + "."))
                .text(open.size() == 1 ? "That is the last point left." : (open.size() - 1) + " more after that."
                        + (context.inGroup() ? "" : " Reply with your answer; it adds to what you said before."))
                .build();
        // In a group answers are talked over, not graded: no answer box there.
        return List.of(Reply.send(text, context.inGroup()
                ? List.of(QuestionViews.showAnswer(q), QuestionViews.next(q))
                : List.of(QuestionViews.answer(), QuestionViews.showAnswer(q), QuestionViews.next(q))));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        if (current.stale(context, args)) {
            return List.of(new Reply.Notice("That hint was for an earlier question."));
        }
        return onCommand(context, "");
    }


    private static String lowerFirst(String point) {
        // "Strong consistency for seats" reads better mid-sentence as "strong consistency…", but keep acronyms.
        if (point.length() > 1 && Character.isUpperCase(point.charAt(0)) && Character.isLowerCase(point.charAt(1))) {
            return Character.toLowerCase(point.charAt(0)) + point.substring(1);
        }
        return point;
    }
}
