package dev.mockingbird.core.daily;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatKind;
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
import dev.mockingbird.core.storage.DailyPort;
import dev.mockingbird.core.storage.TeamAnswer;
import dev.mockingbird.core.storage.TeamPost;
import java.util.List;
import java.util.Optional;

final class PrivateTeamAnswers implements TeamAnswering {

    private final QuestionBank bank;
    private final DailyPort store;
    private final Grader grader;
    private final FreeTextHandler rest;

    PrivateTeamAnswers(QuestionBank bank, DailyPort store, Grader grader, FreeTextHandler rest) {
        this.bank = bank;
        this.store = store;
        this.grader = grader;
        this.rest = rest;
    }

    @Override
    public Optional<List<Reply>> start(CommandContext context, String args) {
        String trimmed = args.strip();
        if (!trimmed.startsWith(TeamPosts.PAYLOAD)) {
            return Optional.empty();
        }
        String[] parts = trimmed.split("\\s+", 2);
        String id = parts[0].substring(TeamPosts.PAYLOAD.length());
        if (context.request().chatKind() != ChatKind.PRIVATE) {
            return Optional.of(context.note("Answer team questions in a private chat with me, so nobody sees "
                    + "yours before the reveal."));
        }
        Optional<TeamPost> post = open(id);
        Optional<Question> question = post.flatMap(p -> bank.byId(p.questionId()));
        if (post.isEmpty() || question.isEmpty()) {
            return Optional.of(List.of(Reply.text("That team question has already been revealed (or is no longer "
                    + "here). Answer the next one when it is posted.")));
        }
        if (parts.length > 1 && !parts[1].isBlank()) {
            return Optional.of(grade(context, post.get(), question.get(), parts[1]));
        }
        store.awaitAnswer(context.request().platform(), context.request().userId(), Optional.of(id));
        return Optional.of(List.of(Reply.send(RichText.builder()
                .paragraph(new Bold("Your team's question. "), new Plain(question.get().question()))
                .text("Send your answer as your next message. Only you see my feedback; the team sees which key "
                        + "points you covered when the answers are revealed.")
                .build())));
    }

    /** Every private message may be a team answer; whether it is, only the store knows. */
    @Override
    public boolean accepts(SessionState state) {
        return rest.accepts(state);
    }

    @Override
    public List<Reply> onText(CommandContext context, String text) {
        Optional<String> awaited = store.awaitedAnswer(context.request().platform(), context.request().userId());
        if (awaited.isEmpty()) {
            return rest.onText(context, text);
        }
        store.awaitAnswer(context.request().platform(), context.request().userId(), Optional.empty());
        Optional<TeamPost> post = open(awaited.get());
        Optional<Question> question = post.flatMap(p -> bank.byId(p.questionId()));
        if (post.isEmpty() || question.isEmpty()) {
            return List.of(Reply.text("The team's answers were revealed before yours arrived, so I did not keep it. "
                    + "Answer the next one when it is posted."));
        }
        return grade(context, post.get(), question.get(), text);
    }

    private Optional<TeamPost> open(String id) {
        return store.post(id).filter(p -> p.revealedAt().isEmpty());
    }

    private List<Reply> grade(CommandContext context, TeamPost post, Question question, String text) {
        Grade grade = grader.grade(question, text);
        List<KeyPoint> points = question.keyPoints();
        List<Integer> covered = grade.coveredIndices(points).stream().sorted().toList();
        int percent = Grade.percent(covered.size(), grade.wrong().size(), points.size());
        store.saveAnswer(new TeamAnswer(post.id(), context.request().userId(), context.request().displayName(),
                covered, percent, context.now()));
        RichText.Builder reply = RichText.builder()
                .paragraph(new Plain("Saved for the team's reveal. You covered "),
                        new Bold(covered.size() + " of " + points.size()), new Plain(" key points (" + percent + "%)."));
        reply.bullets(covered.stream().map(i -> "✓ " + points.get(i).point()).toList());
        grade.critique().ifPresent(reply::text);
        if (!grade.wrong().isEmpty()) {
            reply.text(grade.wrong().size() == 1 ? "One thing to put right:" : "Some things to put right:");
            reply.bullets(grade.wrong().stream().map(WrongClaim::feedback).toList());
        }
        reply.text("The model answer comes with the reveal. You can send a better answer until then; the last one "
                + "counts (press the post's button again first).");
        return List.of(Reply.send(reply.build()));
    }
}
