package dev.mockingbird.core.storage;

import java.util.List;
import java.util.Optional;

/**
 * Which chats get a daily question, and when (one subscription per chat); and, for team chats, the posts people answer
 * privately and the answers kept until the post is revealed.
 */
public interface DailyPort {

    /** Adds or replaces the chat's subscription. */
    void subscribe(DailySubscription subscription);

    /** Ends the chat's subscription; true when there was one. */
    boolean unsubscribe(String platform, String chatId);

    /** The chat's subscription. */
    Optional<DailySubscription> subscription(String platform, String chatId);

    /** Every subscription on these platforms, by time of day. */
    List<DailySubscription> subscriptions(List<String> platforms);

    /** Records a question posted to a team chat. */
    void addPost(TeamPost post);

    /** A post by its id. */
    Optional<TeamPost> post(String id);

    /** The chat's newest post that is not revealed yet. */
    Optional<TeamPost> openPost(String platform, String chatId);

    /** Keeps a person's answer to a post, replacing an earlier answer of theirs to it. */
    void saveAnswer(TeamAnswer answer);

    /** A post's answers, in the order they were first given. */
    List<TeamAnswer> teamAnswers(String postId);

    /** Marks a post revealed; false when it already was (by another instance or another admin), so it is shown once. */
    boolean reveal(String postId, java.time.Instant at);

    /** Remembers that the person's next private message answers this post; empty forgets it. */
    void awaitAnswer(String platform, String userId, Optional<String> postId);

    /** The post the person's next private message answers, if they asked to answer one. */
    Optional<String> awaitedAnswer(String platform, String userId);

    /** Every answer given to the chat's posts since then, for streaks. */
    List<TeamAnswer> teamAnswersSince(String platform, String chatId, java.time.Instant since);

    /** The chat's posts since then, newest first. */
    List<TeamPost> postsSince(String platform, String chatId, java.time.Instant since);

    /** Whether the person appears as "someone" in the chat's reveals. */
    void anonymous(String platform, String chatId, String userId, boolean hidden);

    /** The people of the chat who appear as "someone". */
    java.util.Set<String> anonymous(String platform, String chatId);

    /** Deletes a person's team answers, anonymity choices and pending answer on a platform (/forget); how many answers. */
    int deleteTeamAnswers(String platform, String userId);

    /** Sets or, with empty, ends the chat's weekly digest. */
    void digest(String platform, String chatId, Optional<TeamDigest> digest);

    /** The chat's weekly digest, if an admin asked for one. */
    Optional<TeamDigest> digest(String platform, String chatId);

    /** Every weekly digest on these platforms. */
    List<TeamDigest> digests(List<String> platforms);

    /** Records the platform's id of a delivered post's message, so its reveal can answer it. */
    void anchor(String postId, String messageId);

    /** A team chat's settings; the defaults when its admins changed none. */
    TeamSettings teamSettings(String platform, String chatId);

    /** Replaces a team chat's settings. */
    void teamSettings(TeamSettings settings);

    /** The team chats on these platforms whose answers are revealed at a set time of day. */
    List<TeamSettings> revealTimes(List<String> platforms);

    /** The team chats on a platform where this person answered a post made since then. */
    List<String> teamChats(String platform, String userId, java.time.Instant since);
}
