package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The outbound port over JDA's own types, mocked. */
class DiscordOutboundTest {

    private final JDA jda = mock(JDA.class);
    private final GuildMessageChannel channel = mock(GuildMessageChannel.class);
    private final MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);
    private final DiscordOutbound outbound = new DiscordOutbound(jda);

    DiscordOutboundTest() {
        when(jda.getChannelById(GuildMessageChannel.class, "2000")).thenReturn(channel);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
    }

    @Test
    void onlyNewMessagesArePostedEditsAndNoticesHaveNothingToAnswer() {
        // given
        when(send.complete()).thenReturn(mock(Message.class));

        // when
        outbound.post("2000", List.of(new Reply.Edit(RichText.plain("old"), List.of()), new Reply.Notice("toast"),
                Reply.text("Daily interview question")));

        // then
        ArgumentCaptor<MessageCreateData> posted = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(channel).sendMessage(posted.capture());
        assertEquals("Daily interview question", posted.getValue().getEmbeds().getFirst().getDescription());
    }

    @Test
    void aMissingPermissionIsAPermanentFailure() {
        // given a channel where the bot may not post
        InsufficientPermissionException missing =
                new InsufficientPermissionException(mock(Guild.class), Permission.MESSAGE_SEND);
        when(send.complete()).thenThrow(missing);

        // when
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("2000", List.of(Reply.text("Daily interview question"))));

        // then
        assertTrue(failure.permanent());
        assertTrue(failure.getMessage().contains("2000"), failure.getMessage());
    }

    @Test
    void aNetworkFailureIsWorthAnotherTry() {
        // given
        when(send.complete()).thenThrow(new IllegalStateException("connection reset"));

        // when
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("2000", List.of(Reply.text("Daily interview question"))));

        // then
        assertFalse(failure.permanent());
    }

    @Test
    void somethingThatIsNotADiscordIdIsRefusedWithoutAsking() {
        // when
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("general", List.of(Reply.text("Daily interview question"))));

        // then
        assertTrue(failure.permanent());
        verify(jda, never()).openPrivateChannelById(any(String.class));
    }

    @SuppressWarnings("unchecked")
    private void unknownUser(String id) {
        net.dv8tion.jda.api.exceptions.ErrorResponseException unknown =
                mock(net.dv8tion.jda.api.exceptions.ErrorResponseException.class);
        when(unknown.getErrorResponse()).thenReturn(net.dv8tion.jda.api.requests.ErrorResponse.UNKNOWN_USER);
        when(unknown.getMeaning()).thenReturn("Unknown User");
        net.dv8tion.jda.api.requests.restaction.CacheRestAction<
                net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel> open =
                mock(net.dv8tion.jda.api.requests.restaction.CacheRestAction.class);
        when(open.complete()).thenThrow(unknown);
        when(jda.openPrivateChannelById(id)).thenReturn(open);
    }

    @Test
    void anIdThatIsNeitherAChannelNorAPersonIsGone() {
        // given no server is unavailable, and the id names no person
        when(jda.getUnavailableGuilds()).thenReturn(java.util.Set.of());
        unknownUser("4040");
        // then the chat is gone for good
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("4040", List.of(Reply.text("Daily interview question"))));
        assertTrue(failure.permanent(), failure.getMessage());
    }

    @Test
    void aChannelOfAServerThatIsBrieflyUnavailableIsTriedAgainLater() {
        // given a server is unavailable, so its channels are missing from the cache
        when(jda.getUnavailableGuilds()).thenReturn(java.util.Set.of("1000"));
        unknownUser("2001");
        // then the failure is worth another try rather than the end of that channel's daily question
        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("2001", List.of(Reply.text("Daily interview question"))));
        assertFalse(failure.permanent(), failure.getMessage());
    }
}
