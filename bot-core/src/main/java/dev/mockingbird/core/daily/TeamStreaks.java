package dev.mockingbird.core.daily;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.storage.DailyPort;
import java.time.Instant;

/**
 * People's streaks on their teams' daily questions: how many of a team chat's posts in a row, back from the latest,
 * they answered privately. Days without a post (a weekend off, a pause) do not break a streak; a post still open does
 * not either, as there is time left to answer it.
 */
public interface TeamStreaks {

    /** The person's streak in this team chat; 0 when they have none. */
    int streak(String platform, String chatId, String userId, Instant now);

    /** The person's longest running streak over all the team chats they answer in on this platform; 0 for none. */
    int longestRunning(String platform, String userId, Instant now);

    /** Streaks from the team posts and answers in this store. */
    static TeamStreaks over(QuestionBank bank, DailyPort store) {
        return new TeamPosts(bank, store);
    }
}
