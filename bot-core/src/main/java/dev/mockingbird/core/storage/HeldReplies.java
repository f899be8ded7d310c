package dev.mockingbird.core.storage;

import dev.mockingbird.core.chat.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The replies to an update, kept with its id until the platform confirms they were delivered, so that if the instance
 * delivering them dies, another one that gets the update again sends them instead of losing them.
 *
 * @param replies the replies, in order
 * @param until   until when the instance that holds them is trusted to be delivering them
 */
public record HeldReplies(List<Reply> replies, Instant until) {
    public HeldReplies {
        replies = List.copyOf(replies);
        Objects.requireNonNull(until, "until");
    }
}
