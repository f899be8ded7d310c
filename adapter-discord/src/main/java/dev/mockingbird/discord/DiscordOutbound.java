package dev.mockingbird.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Posts messages nobody asked for just now (the daily question, a quiz round's result) through Discord's REST API, so
 * any instance can post to any chat whichever shard its guild is on, and an archived thread or a channel missing from
 * a cache after a restart is reached like any other. A server channel or thread is addressed by its id; a DM by the
 * person's id (how direct chats are keyed), through the DM channel Discord opens for them. Blocking; the engine calls
 * it from its own timer.
 */
final class DiscordOutbound implements OutboundPort {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DiscordOutbound.class);
    static final String THREAD_NAME = "Daily question: talk it over";
    /** Discord's "Unknown Channel": the id is not a channel, so perhaps a person. */
    static final int UNKNOWN_CHANNEL = 10_003;

    private final DiscordRest rest;
    /** A person's DM channel never changes, so it is opened once and remembered. */
    private final Cache<String, String> dmChannels = Caffeine.newBuilder().maximumSize(100_000).build();

    DiscordOutbound(DiscordRest rest) {
        this.rest = rest;
    }

    @Override
    public String platform() {
        return InteractionListener.PLATFORM;
    }

    /** The kind is unknown: a channel id first, and a person's id when Discord says there is no such channel. */
    @Override
    public void post(String chatId, List<Reply> replies) {
        deliver(chatId, Optional.empty(), replies);
    }

    @Override
    public void post(String chatId, ChatKind kind, List<Reply> replies) {
        deliver(chatId, Optional.of(kind), replies);
    }

    @Override
    public Optional<String> postAndGetId(String chatId, ChatKind kind, List<Reply> replies) {
        return deliver(chatId, Optional.of(kind), replies);
    }

    /** Posts the replies; the id of the first message posted. */
    private Optional<String> deliver(String chatId, Optional<ChatKind> kind, List<Reply> replies) {
        Optional<String> first = Optional.empty();
        if (!chatId.matches("\\d{1,20}")) {
            throw new DeliveryException("not a Discord channel or user id: " + chatId, true);
        }
        Optional<String> channel = kind.map(k -> k == ChatKind.PRIVATE ? dm(chatId) : chatId);
        for (Reply reply : replies) {
            if (reply instanceof Reply.Send send) {
                Optional<Sent> last = Optional.empty();
                boolean answering = send.replyTo().filter(id -> id.matches("\\d{1,20}")).isPresent();
                for (MessageCreateData message : DiscordMessages.create(send.text(), send.buttons())) {
                    DataObject body = message.toData();
                    if (answering && last.isEmpty()) {
                        // A reveal answers its post, which shows in the channel as a reply to it; a deleted post
                        // leaves a plain message rather than a refusal.
                        body.put("message_reference", DataObject.empty().put("message_id", send.replyTo().get())
                                .put("fail_if_not_exists", false));
                    }
                    last = Optional.of(send(chatId, channel, body));
                    channel = Optional.of(last.get().channel());
                    if (first.isEmpty()) {
                        first = Optional.of(last.get().message()).filter(id -> !id.isEmpty());
                    }
                }
                boolean teamPost = send.buttons().stream().anyMatch(b -> b.kind() == Button.Kind.PRIVATE_ANSWER);
                if (teamPost && kind.orElse(ChatKind.GROUP) == ChatKind.GROUP) {
                    last.ifPresent(this::openThread);
                }
            }
        }
        return first;
    }

    /** A message posted: its channel and id. */
    private record Sent(String channel, String message) {
    }

    /**
     * A team's daily question opens a thread for talking it over. Not possible everywhere (inside a thread, without
     * the Create Public Threads permission): then the post stands alone, which is fine.
     */
    private void openThread(Sent post) {
        try {
            rest.post("channels/" + post.channel() + "/messages/" + post.message() + "/threads",
                    DataObject.empty().put("name", THREAD_NAME).put("auto_archive_duration", 1_440));
        } catch (DiscordRest.Failure e) {
            LOG.info("No discussion thread for the daily question in channel {}: {}", post.channel(),
                    e.getMessage());
        }
    }

    /** Sends one message; returns where it went, for the next one. */
    private Sent send(String chatId, Optional<String> known, DataObject body) {
        if (known.isPresent()) {
            return sent(known.get(), call(chatId, () -> rest.post("channels/" + known.get() + "/messages", body)));
        }
        try {
            return sent(chatId, rest.post("channels/" + chatId + "/messages", body));
        } catch (DiscordRest.Failure e) {
            if (e.code != UNKNOWN_CHANNEL) {
                throw failed(chatId, e);
            }
        }
        String dm = dm(chatId);
        return sent(dm, call(chatId, () -> rest.post("channels/" + dm + "/messages", body)));
    }

    private static Sent sent(String channel, DataObject message) {
        return new Sent(channel, message.getString("id", ""));
    }

    private String dm(String userId) {
        String cached = dmChannels.getIfPresent(userId);
        if (cached != null) {
            return cached;
        }
        DataObject channel = call(userId, () -> rest.post("users/@me/channels",
                DataObject.empty().put("recipient_id", userId)));
        String id = channel.getString("id");
        dmChannels.put(userId, id);
        return id;
    }

    private static DataObject call(String chatId, java.util.function.Supplier<DataObject> call) {
        try {
            return call.get();
        } catch (DiscordRest.Failure e) {
            throw failed(chatId, e);
        }
    }

    private static DeliveryException failed(String chatId, DiscordRest.Failure e) {
        return new DeliveryException("Discord chat " + chatId + ": " + e.getMessage(), e.permanent());
    }
}
