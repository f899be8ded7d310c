package dev.mockingbird.core.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A daily question posted to a team's chat. People answer it privately; their answers stay hidden from the chat until
 * the post is revealed.
 *
 * @param id         short and URL-safe, so it fits a Telegram deep link's payload
 * @param platform   the chat's platform
 * @param chatId     the team's chat
 * @param questionId the question asked
 * @param postedAt   when it was posted
 * @param revealedAt when the answers were shown to the chat, if they were
 * @param messageId  the platform's id of the posted message, once delivered: the reveal answers it
 */
public record TeamPost(String id, String platform, String chatId, String questionId, Instant postedAt,
                       Optional<Instant> revealedAt, Optional<String> messageId) {

    public TeamPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(revealedAt, "revealedAt");
        Objects.requireNonNull(messageId, "messageId");
        if (!id.matches("[A-Za-z0-9]{1,32}")) {
            throw new IllegalArgumentException("a team post id is 1-32 letters and digits: " + id);
        }
    }

    /** The same post, revealed at that time. */
    public TeamPost revealed(Instant at) {
        return new TeamPost(id, platform, chatId, questionId, postedAt, Optional.of(at), messageId);
    }

    /** The same post, delivered as the platform's message with this id. */
    public TeamPost delivered(String message) {
        return new TeamPost(id, platform, chatId, questionId, postedAt, revealedAt, Optional.of(message));
    }

    /** A post not yet delivered. */
    public TeamPost(String id, String platform, String chatId, String questionId, Instant postedAt,
                    Optional<Instant> revealedAt) {
        this(id, platform, chatId, questionId, postedAt, revealedAt, Optional.empty());
    }
}
