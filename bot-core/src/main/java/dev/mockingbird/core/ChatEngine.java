package dev.mockingbird.core;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.PlatformReports;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.Completion;
import dev.mockingbird.core.command.OptionSpec;
import java.util.List;

/**
 * The incoming port: adapters hand over what a person did and deliver the replies. Never throws for anything a
 * person can type or press; a failure inside becomes a friendly reply and a log line. The engine owns chat status:
 * every request marks its chat active, and adapters report chats they can no longer deliver to through
 * {@link #gone}.
 */
public interface ChatEngine extends PlatformReports {

    /**
     * The replies to one request, in order; empty when the bot should stay silent. For a request with an update id,
     * the replies are held with the update until {@link #delivered} confirms them, and an update seen before returns
     * no replies, or, when the instance that first handled it never confirmed them in time, those replies again.
     *
     * @throws UpdateInProgress when another instance is delivering this update's replies right now
     */
    List<Reply> handle(ChatRequest request);

    /**
     * Confirms that the replies to this request reached the platform (or never can), so they are not sent again when
     * the platform redelivers the update. Adapters that cannot see a redelivery need not call it.
     */
    default void delivered(ChatRequest request) {
    }

    /**
     * Does the scheduled work that is due, through the platforms' outbound ports and once across all instances: ends
     * group quiz rounds whose time is up (posting their results) and posts daily questions. The app calls it on a
     * timer, every few seconds. Returns how many posts it made.
     */
    int postDue(List<OutboundPort> outbound);

    /** The commands, for platform command menus. */
    List<CommandSpec> commands();

    /** The bank the questions come from. */
    QuestionBank bank();

    /**
     * What to offer for an option of this kind while a person types it, best first: tracks whose slug, name or
     * description contain what was typed, or the levels that start with it; at most {@code limit}.
     */
    List<Completion> complete(OptionSpec.Kind kind, String typed, int limit);
}
