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
import dev.mockingbird.core.grading.Grade;
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
                        + interview.length()), new Plain(" · " + trackName(q.track()) + " · "
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

    /** The interviewer's follow-up, asked before moving on. */
    static RichText followUp(SessionState.FollowUp followUp) {
        return RichText.builder().paragraph(new Bold("Follow-up: "), new Plain(followUp.prompt()))
                .paragraph(new Italic("Answer it, or press Next question to move on.")).build();
    }

    /** A score in percent for what the answers covered of a question's key points, less half a point per wrong claim. */
    static int score(Question q, SessionState.Answered answered) {
        return Grade.percent(answered.covered().size(), answered.wrong().size(), q.keyPoints().size());
    }

    /**
     * The report: each question's level and score, the points the answers missed, the wrong claims with what is true,
     * the follow-up and how it went; then the overall score and where to practise next.
     */
    RichText report(SessionState.Interviewing interview, List<Optional<Question>> questions) {
        List<SessionState.Answered> all = interview.all();
        RichText.Builder text = RichText.builder();
        int total = 0;
        int counted = 0;
        Optional<Question> weakest = Optional.empty();
        int weakestScore = Integer.MAX_VALUE;
        List<RichText.Block> details = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Optional<Question> q = questions.get(i);
            if (q.isEmpty()) {
                continue; // Gone from the bank since: nothing fair to say about it.
            }
            SessionState.Answered answered = all.get(i);
            int score = score(q.get(), answered);
            total += score;
            counted++;
            if (score < weakestScore) {
                weakestScore = score;
                weakest = q;
            }
            details.add(new RichText.Paragraph(List.of(new Bold((i + 1) + ". " + score + "% "),
                    new Plain("(" + q.get().level().slug() + ") " + q.get().question()))));
            List<String> notes = new ArrayList<>();
            for (SessionState.Correction wrong : answered.wrong()) {
                notes.add("wrong: you said \u201c" + wrong.said() + "\u201d — " + wrong.correction());
            }
            Set<Integer> wrongPoints = answered.wrong().stream().map(SessionState.Correction::point)
                    .collect(java.util.stream.Collectors.toSet());
            for (int k = 0; k < q.get().keyPoints().size(); k++) {
                if (!answered.covered().contains(k) && !wrongPoints.contains(k)) {
                    notes.add("missed: " + q.get().keyPoints().get(k).point());
                }
            }
            answered.followUp().ifPresent(f -> notes.add("follow-up: " + f.prompt() + " — "
                    + (answered.covered().contains(f.point()) ? "you got there" : "still missing")));
            if (!notes.isEmpty()) {
                details.add(new RichText.Bullets(notes.stream()
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
