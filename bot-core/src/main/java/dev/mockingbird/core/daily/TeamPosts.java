package dev.mockingbird.core.daily;

import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.storage.DailyPort;
import dev.mockingbird.core.storage.TeamAnswer;
import dev.mockingbird.core.storage.TeamPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A team chat's daily question as a ritual: the post carries an "Answer privately" button, people answer out of the
 * chat's sight, and the chat sees who covered which points when the post is revealed: with the next day's post, or
 * when an admin says so. A reveal is claimed in the store, so it happens once across instances.
 */
final class TeamPosts {

    /** Deep-link payloads start with this, so {@code /start} tells a team answer from a plain welcome. */
    static final String PAYLOAD = "t_";

    private final QuestionBank bank;
    private final DailyPort store;

    TeamPosts(QuestionBank bank, DailyPort store) {
        this.bank = bank;
        this.store = store;
    }

    /** Records a new post of this question in the chat and returns the button that answers it privately. */
    Button open(String platform, String chatId, String questionId, Instant now) {
        // Random, not sequential: the id is in a link anyone in the chat can see, and must not lead to other chats.
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        store.addPost(new TeamPost(id, platform, chatId, questionId, now, Optional.empty()));
        return Button.privateAnswer("Answer privately", PAYLOAD + id);
    }

    /** Reveals the chat's open post, if there is one and nobody revealed it first; its replies for the chat. */
    List<Reply> revealOpen(String platform, String chatId, Instant now) {
        Optional<TeamPost> open = store.openPost(platform, chatId);
        if (open.isEmpty() || !store.reveal(open.get().id(), now)) {
            return List.of();
        }
        Optional<Question> question = bank.byId(open.get().questionId());
        if (question.isEmpty()) {
            return List.of(); // Its pack was removed since: nothing meaningful to show.
        }
        java.util.Set<String> hidden = store.anonymous(platform, chatId);
        Map<String, Integer> streaks = streaks(open.get(), now);
        List<TeamAnswer> answers = store.teamAnswers(open.get().id()).stream()
                .map(a -> hidden.contains(a.userId()) ? new TeamAnswer(a.postId(), a.userId(), "Someone", a.covered(),
                        a.score(), a.answeredAt()) : a)
                .toList();
        return List.of(Reply.send(reveal(question.get(), answers, streaks)));
    }

    /** How far back streaks are counted: past this, a streak shows as this many days. */
    static final java.time.Duration STREAK_WINDOW = java.time.Duration.ofDays(90);

    /**
     * Each person's streak as of this post: how many of the chat's posts in a row, back from this one, they answered.
     * Days without a post (a weekdays-only team's weekend, a pause) do not break it.
     */
    Map<String, Integer> streaks(TeamPost upTo, Instant now) {
        Instant since = now.minus(STREAK_WINDOW);
        List<TeamPost> posts = store.postsSince(upTo.platform(), upTo.chatId(), since).stream()
                .filter(p -> !p.postedAt().isAfter(upTo.postedAt())).toList();
        Map<String, java.util.Set<String>> answered = new java.util.HashMap<>();
        for (TeamAnswer a : store.teamAnswersSince(upTo.platform(), upTo.chatId(), since)) {
            answered.computeIfAbsent(a.userId(), k -> new java.util.HashSet<>()).add(a.postId());
        }
        Map<String, Integer> streaks = new java.util.HashMap<>();
        answered.forEach((user, postIds) -> {
            int streak = 0;
            for (TeamPost post : posts) {
                if (!postIds.contains(post.id())) {
                    break;
                }
                streak++;
            }
            streaks.put(user, streak);
        });
        return streaks;
    }

    /** The model answer and, for each person who answered, which key points they covered. */
    static RichText reveal(Question question, List<TeamAnswer> answers) {
        return reveal(question, answers, Map.of());
    }

    /** The model answer and, for each person who answered, which key points they covered and their streak. */
    static RichText reveal(Question question, List<TeamAnswer> answers, Map<String, Integer> streaks) {
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold("The team's answers"), new Plain(" to: " + question.question()))
                .paragraph(new Bold("Model answer. "), new Plain(question.answer()));
        List<KeyPoint> points = question.keyPoints();
        if (answers.isEmpty()) {
            text.text("Nobody answered privately this time. Press Answer privately on the next one.");
            return text.build();
        }
        text.text(answers.size() == 1 ? "One person answered:" : answers.size() + " people answered:");
        List<String> lines = new ArrayList<>();
        for (TeamAnswer answer : answers) {
            String covered = answer.covered().isEmpty() ? "none of the key points yet"
                    : String.join("; ", answer.covered().stream().filter(i -> i < points.size())
                            .map(i -> points.get(i).point()).toList());
            int streak = streaks.getOrDefault(answer.userId(), 0);
            lines.add(answer.userName() + ": " + answer.covered().size() + " of " + points.size() + " ("
                    + answer.score() + "%) — " + covered + (streak >= 2 ? " · " + streak + " in a row" : ""));
        }
        text.bullets(lines);
        return text.build();
    }
}
