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
final class TeamPosts implements TeamStreaks {

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

    /**
     * Reveals the chat's open post, if there is one and nobody revealed it first; its replies for the chat. When nobody
     * answered, an admin's reveal says so, while the one that comes with the next post stays quiet: a team that does
     * not answer privately gets one message a day, not two.
     */
    List<Reply> revealOpen(String platform, String chatId, Instant now, boolean evenIfUnanswered) {
        return revealOpen(platform, chatId, now, evenIfUnanswered, Instant.MAX);
    }

    /**
     * As {@link #revealOpen(String, String, Instant, boolean)}, for a post made before {@code postedBefore} only: a
     * reveal set for 08:00 leaves a question posted at 09:00 open until the next day's reveal. The reveal answers the
     * post's message where the platform told us its id.
     */
    List<Reply> revealOpen(String platform, String chatId, Instant now, boolean evenIfUnanswered,
                           Instant postedBefore) {
        Optional<TeamPost> open = store.openPost(platform, chatId).filter(p -> p.postedAt().isBefore(postedBefore));
        if (open.isEmpty() || !store.reveal(open.get().id(), now)) {
            return List.of();
        }
        List<TeamAnswer> given = store.teamAnswers(open.get().id());
        if (!evenIfUnanswered && given.isEmpty()) {
            return List.of();
        }
        Optional<Question> question = bank.byId(open.get().questionId());
        if (question.isEmpty()) {
            return List.of(); // Its pack was removed since: nothing meaningful to show.
        }
        java.util.Set<String> hidden = store.anonymous(platform, chatId);
        Map<String, Integer> streaks = streaks(open.get(), now);
        List<TeamAnswer> answers = given.stream()
                .map(a -> hidden.contains(a.userId()) ? new TeamAnswer(a.postId(), a.userId(), "Someone", a.covered(),
                        a.score(), a.answeredAt()) : a)
                .toList();
        Reply.Send reveal = new Reply.Send(reveal(question.get(), answers, streaks), List.of(),
                dev.mockingbird.core.chat.Audience.CHAT, open.get().messageId());
        return List.of(reveal);
    }

    /** How far back streaks are counted: past this, a streak shows as this many days. */
    static final java.time.Duration STREAK_WINDOW = java.time.Duration.ofDays(90);

    /**
     * Each person's streak as of this post: how many of the chat's posts in a row, back from this one, they answered.
     * Days without a post (a weekdays-only team's weekend, a pause) do not break it, nor does a post still open.
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
                if (postIds.contains(post.id())) {
                    streak++;
                } else if (streak > 0 || post.revealedAt().isPresent()) {
                    break;
                }
                // Not answered yet, but still open (today's question): there is time, so the streak goes on.
            }
            streaks.put(user, streak);
        });
        return streaks;
    }

    @Override
    public int streak(String platform, String chatId, String userId, Instant now) {
        List<TeamPost> posts = store.postsSince(platform, chatId, now.minus(STREAK_WINDOW));
        return posts.isEmpty() ? 0 : streaks(posts.getFirst(), now).getOrDefault(userId, 0);
    }

    @Override
    public int longestRunning(String platform, String userId, Instant now) {
        return store.teamChats(platform, userId, now.minus(STREAK_WINDOW)).stream()
                .mapToInt(chat -> streak(platform, chat, userId, now)).max().orElse(0);
    }

    /** The model answer and, for each person who answered, which key points they covered. */
    static RichText reveal(Question question, List<TeamAnswer> answers) {
        return reveal(question, answers, Map.of());
    }

    /** The model answer and, for each person who answered, which key points they covered and their streak. */
    static RichText reveal(Question question, List<TeamAnswer> answers, Map<String, Integer> streaks) {
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold("The team's answers"), new Plain(" to: " + question.question()))
                .paragraph(new Bold("Model answer"))
                // The model answer is the pack's Markdown (lists, code), shown as it is everywhere else.
                .append(RichText.markdown(question.answer()));
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

    /** How many of each list a digest shows. */
    private static final int TOP = 3;

    /**
     * The week in review for a team chat: how many took part, the longest streaks, the questions the team found
     * hardest and its weakest tracks, by average coverage.
     */
    List<Reply> digest(String platform, String chatId, Instant now) {
        Instant since = now.minus(java.time.Duration.ofDays(7));
        List<TeamPost> posts = store.postsSince(platform, chatId, since);
        List<TeamAnswer> answers = store.teamAnswersSince(platform, chatId, since);
        java.util.Set<String> hidden = store.anonymous(platform, chatId);
        long people = answers.stream().map(TeamAnswer::userId).distinct().count();
        RichText.Builder text = RichText.builder().paragraph(new Bold("The week in review"))
                .text(posts.size() + (posts.size() == 1 ? " question, " : " questions, ") + answers.size()
                        + (answers.size() == 1 ? " answer" : " answers") + " from " + people
                        + (people == 1 ? " person." : " people."));
        if (answers.isEmpty()) {
            text.text("Nobody answered privately this week. Press Answer privately under the next question.");
            return List.of(Reply.send(text.build()));
        }
        Map<String, String> names = new java.util.HashMap<>();
        answers.forEach(a -> names.put(a.userId(), hidden.contains(a.userId()) ? "Someone" : a.userName()));
        if (!posts.isEmpty()) {
            List<String> streaks = streaks(posts.getFirst(), now).entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(e -> names.getOrDefault(e.getKey(), "")))
                    .limit(TOP).map(e -> names.getOrDefault(e.getKey(), "Someone") + ": " + e.getValue() + " in a row")
                    .toList();
            if (!streaks.isEmpty()) {
                text.text("Longest streaks:").bullets(streaks);
            }
        }
        Map<String, Question> asked = new java.util.HashMap<>();
        posts.forEach(p -> bank.byId(p.questionId()).ifPresent(q -> asked.put(p.id(), q)));
        Map<String, Double> byPost = answers.stream().filter(a -> asked.containsKey(a.postId()))
                .collect(java.util.stream.Collectors.groupingBy(TeamAnswer::postId,
                        java.util.stream.Collectors.averagingInt(TeamAnswer::score)));
        List<String> hardest = byPost.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(TOP)
                .map(e -> question(asked, e.getKey()).question() + " (" + Math.round(e.getValue()) + "% covered)")
                .toList();
        if (!hardest.isEmpty()) {
            text.text("Hardest questions:").bullets(hardest);
        }
        Map<String, Double> byTrack = answers.stream().filter(a -> asked.containsKey(a.postId()))
                .collect(java.util.stream.Collectors.groupingBy(a -> question(asked, a.postId()).track(),
                        java.util.stream.Collectors.averagingInt(TeamAnswer::score)));
        List<String> weakest = byTrack.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(2)
                .map(e -> trackName(e.getKey()) + ": " + Math.round(e.getValue()) + "% of key points on average")
                .toList();
        if (!weakest.isEmpty()) {
            text.text(weakest.size() == 1 ? "The track to practise:" : "The tracks to practise:").bullets(weakest);
        }
        return List.of(Reply.send(text.build()));
    }

    /** A post's question, for posts already filtered to those whose question is known. */
    private static Question question(Map<String, Question> asked, String postId) {
        return java.util.Objects.requireNonNull(asked.get(postId), "a post's question");
    }

    private String trackName(String slug) {
        return bank.tracks().stream().filter(t -> t.slug().equals(slug)).map(dev.mockingbird.core.bank.Track::name)
                .findFirst().orElse(slug);
    }
}
