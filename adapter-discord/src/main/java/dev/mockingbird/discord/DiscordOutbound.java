package dev.mockingbird.discord;

import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Posts messages nobody asked for just now (the daily question): to a server channel or thread by its id, or to a
 * person's DMs by their user id (how direct chats are keyed). Blocking; the engine calls it from its own timer.
 */
final class DiscordOutbound implements OutboundPort {

    /** Answers after which retrying cannot help: the channel or person is gone, or the bot may not post there. */
    private static final Set<ErrorResponse> GONE = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_USER, ErrorResponse.UNKNOWN_GUILD, ErrorResponse.CANNOT_SEND_TO_USER,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS);

    private final JDA jda;

    DiscordOutbound(JDA jda) {
        this.jda = jda;
    }

    @Override
    public String platform() {
        return InteractionListener.PLATFORM;
    }

    @Override
    public void post(String chatId, List<Reply> replies) {
        if (!chatId.matches("\\d{1,20}")) {
            throw new DeliveryException("not a Discord channel or user id: " + chatId, true);
        }
        MessageChannel channel = channel(chatId);
        for (Reply reply : replies) {
            if (reply instanceof Reply.Send send) {
                for (MessageCreateData message : DiscordMessages.create(send.text(), send.buttons())) {
                    deliver(chatId, () -> channel.sendMessage(message).complete());
                }
            }
        }
    }

    private MessageChannel channel(String chatId) {
        GuildMessageChannel inGuild = jda.getChannelById(GuildMessageChannel.class, chatId);
        if (inGuild != null) {
            return inGuild;
        }
        // Not a channel of a server the bot is in: a person, whose DM channel is opened on demand.
        try {
            return deliver(chatId, () -> jda.openPrivateChannelById(chatId).complete());
        } catch (DeliveryException e) {
            if (e.permanent() && !jda.getUnavailableGuilds().isEmpty()) {
                // Perhaps a channel of a server that is briefly unavailable, not a person: do not give up on it.
                throw new DeliveryException(e.getMessage() + "; some servers are unavailable, trying later", false);
            }
            throw e;
        }
    }

    private static <T> T deliver(String chatId, Supplier<T> call) {
        try {
            return call.get();
        } catch (InsufficientPermissionException e) {
            throw new DeliveryException("Discord chat " + chatId + ": missing permission "
                    + e.getPermission().getName(), true);
        } catch (ErrorResponseException e) {
            throw new DeliveryException("Discord chat " + chatId + ": " + e.getErrorResponse() + " ("
                    + e.getMeaning() + ")", GONE.contains(e.getErrorResponse()));
        } catch (RuntimeException e) {
            // Network trouble, Discord unavailable, a shutdown in progress: worth another try later.
            throw new DeliveryException("Discord chat " + chatId + ": " + e, false);
        }
    }
}
