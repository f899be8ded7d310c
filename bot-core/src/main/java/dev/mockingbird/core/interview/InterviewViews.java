package dev.mockingbird.core.interview;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Italic;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How an interview's questions and its closing report read, with their buttons. */
final class InterviewViews {

    private final QuestionBank bank;

    InterviewViews(QuestionBank bank) {
        this.bank = bank;
    }

    private String trackName(String slug) {
        return bank.tracks().stream().filter(t -> t.slug().equals(slug)).map(Track::name).findFirst().orElse(slug);
    }

    RichText question(SessionState.Interviewing interview, Question q) {
        return RichText.builder()
                .paragraph(new Bold("Mock interview · question " + (interview.index() + 1) + " of "
                        + interview.questionIds().size()), new Plain(" · " + trackName(q.track()) + " · "
                        + q.level().slug()))
                .text(q.question())
                .paragraph(new Italic(interview.index() == 0
                        ? "Answer in your own words, in as many messages as you like; I keep score quietly and "
                        + "give feedback at the end. Press Next question when you are done."
                        : "Your answer, then Next question."))
                .build();
    }

    static List<Button> questionButtons(SessionState.Interviewing interview, Question q) {
        return List.of(Button.textEntry("Answer"),
                new Button(interview.last() ? "Finish" : "Next question",
                        ButtonData.of("interview", "next", q.code()).encode(), "/interview next"),
                new Button("End interview", ButtonData.of("interview", "end", q.code()).encode(), "/interview end"));
    }

    /** A score in percent for what the answers covered of a question's key points. */
    static int score(Question q, Set<Integer> covered) {
        return q.keyPoints().isEmpty() ? 0 : Math.round(100f * covered.size() / q.keyPoints().size());
    }

    /**
     * The report: each question's score and the points the answers missed, the overall score, and where to
     * practise next.
     */
    RichText report(SessionState.Interviewing interview, List<Optional<Question>> questions, int asked) {
        List<Set<Integer>> covered = interview.allCovered();
        RichText.Builder text = RichText.builder();
        int total = 0;
        int counted = 0;
        Optional<Question> weakest = Optional.empty();
        int weakestScore = Integer.MAX_VALUE;
        List<RichText.Block> details = new ArrayList<>();
        for (int i = 0; i < asked; i++) {
            Optional<Question> q = questions.get(i);
            if (q.isEmpty()) {
                continue; // Gone from the bank since: nothing fair to say about it.
            }
            int score = score(q.get(), covered.get(i));
            total += score;
            counted++;
            if (score < weakestScore) {
                weakestScore = score;
                weakest = q;
            }
            details.add(new RichText.Paragraph(List.of(new Bold((i + 1) + ". " + score + "% "),
                    new Plain(q.get().question()))));
            List<String> missed = new ArrayList<>();
            for (int k = 0; k < q.get().keyPoints().size(); k++) {
                if (!covered.get(i).contains(k)) {
                    missed.add("missed: " + q.get().keyPoints().get(k).point());
                }
            }
            if (!missed.isEmpty()) {
                details.add(new RichText.Bullets(missed.stream()
                        .map(m -> List.<RichText.Span>of(new Plain(m))).toList(), false));
            }
        }
        int overall = counted == 0 ? 0 : Math.round((float) total / counted);
        text.paragraph(new Bold("Mock interview done · " + overall + "% of key points"),
                new Plain(" over " + counted + (counted == 1 ? " question" : " questions") + "."));
        text.text(verdict(overall));
        details.forEach(text::block);
        if (weakest.isPresent() && weakestScore < 100) {
            Question q = weakest.get();
            text.paragraph(new Plain("Go over the weakest one again, with its model answer: "),
                    new Code("/ask " + q.id()), new Plain("; more like it: "),
                    new Code("/ask " + q.track() + " " + q.level().slug()), new Plain("."));
        }
        return text.build();
    }

    static List<Button> reportButtons(SessionState.Interviewing interview) {
        return List.of(new Button("Another interview", ButtonData.of("interview", "again",
                interview.track().orElse("-"), interview.level().slug()).encode(),
                "/interview" + interview.track().map(t -> " " + t).orElse("") + " " + interview.level().slug()));
    }

    private static String verdict(int overall) {
        if (overall >= 80) {
            return "Strong: you hit what interviewers listen for. Next time add the trade-offs and numbers.";
        }
        if (overall >= 50) {
            return "Solid base with gaps: the missed points below are the ones to rehearse.";
        }
        return "Early days: read the model answers of the questions below, then try them again.";
    }
}
