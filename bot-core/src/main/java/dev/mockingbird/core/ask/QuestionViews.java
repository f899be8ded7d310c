package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Italic;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.session.SessionState;
import java.util.List;

/** How questions and model answers look, shared by the commands that show them. */
final class QuestionViews {

    private final QuestionBank bank;

    QuestionViews(QuestionBank bank) {
        this.bank = bank;
    }

    static Button showAnswer(Question q) {
        return new Button("Show answer", ButtonData.of("answer", q.code()).encode(), "/answer");
    }

    /** "Next" under a question or its answer; it names the question so a second press does not skip another. */
    static Button next(Question q) {
        return new Button("Next", ButtonData.of("next", q.code()).encode(), "/next");
    }

    /** A nudge toward one point the person's answers have not covered yet. */
    static Button hint(Question q) {
        return new Button("Hint", ButtonData.of("hint", q.code()).encode(), "/hint");
    }

    static Button skip(Question q) {
        return new Button("Skip", ButtonData.of("skip", q.code()).encode(), "/skip");
    }

    String trackName(Question q) {
        return bank.tracks().stream().filter(t -> t.slug().equals(q.track())).map(Track::name).findFirst()
                .orElse(q.track());
    }

    /** The question as asked, with a hint on how to go on. */
    RichText question(Question q, boolean group, boolean withHint) {
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold(trackName(q)), new Plain(" · " + q.level().slug()))
                .text(q.question());
        if (withHint) {
            text.paragraph(new Italic(group
                    ? "Think it through (or talk it over), then press Show answer."
                    : "Answer in your own words and I will check it against the key points, or press Show answer."));
        }
        return text.build();
    }

    /** How did it go, asked after the model answer: the answers set when the question comes back for review. */
    static List<Button> rateButtons(Question q) {
        return java.util.Arrays.stream(Rating.values()).map(r -> new Button(r.label,
                ButtonData.of("rate", q.code(), r.code).encode(), "/rate " + r.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Opens a text box for the person's answer where the platform cannot read typed messages. */
    static Button answer() {
        return Button.textEntry("Answer");
    }

    /** The buttons under a freshly asked question; an Answer box only in private chats, where answers are graded. */
    static List<Button> questionButtons(Question q, boolean group) {
        return group ? List.of(showAnswer(q), next(q), skip(q)) : List.of(answer(), showAnswer(q), next(q), skip(q));
    }

    /** The model answer, key points and follow-ups; the answer itself hidden until tapped in shared rooms. */
    RichText answer(Question q, boolean hidden) {
        RichText answer = RichText.markdown(q.answer());
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold("Model answer · "), new Plain(q.question()));
        if (hidden) {
            text.block(new RichText.Hidden(answer.blocks()));
        } else {
            text.append(answer);
        }
        text.paragraph(new Bold("Key points an interviewer listens for"))
                .bullets(q.keyPoints().stream().map(KeyPoint::point).toList());
        if (!q.followUps().isEmpty()) {
            text.paragraph(new Bold("Possible follow-ups")).bullets(q.followUps());
        }
        return text.build();
    }

    /**
     * Whether a button's question code (the first argument) names the question on the table: buttons name their
     * question so a second press, or one under an older question, is told apart.
     */
    static boolean namesCurrent(QuestionBank bank, List<String> args, SessionState state) {
        return state instanceof SessionState.Asking asking && !args.isEmpty()
                && bank.byCode(args.getFirst()).map(q -> q.id().equals(asking.questionId())).orElse(false);
    }
}
