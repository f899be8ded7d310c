package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.mockingbird.core.chat.DeliveryException;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramOutboundTest {

    private final TelegramClient client = mock(TelegramClient.class);
    private final ManualTime time = new ManualTime();
    private final Storage storage = Storage.inMemory();
    private final TelegramOutbound outbound = new TelegramOutbound(new Delivery(client,
            new Pacer(new Pacer.Limits(1_000, Duration.ZERO, 1_000), time.clock, time), time,
            Delivery.Retry.standard(), Optional.of(Mockingbird.builder(Fixtures.bank()).storage(storage).build())));

    @Test
    void aDailyPostIsSentAsHtmlAndOnlySendsApply() {
        // when the engine posts a question, with a stray notice, to a group
        outbound.post("-100", List.of(Reply.send(RichText.plain("Daily <question>")), new Reply.Notice("skip me")));

        // then one HTML message goes to that group
        List<SendMessage> sent = Updates.calls(client, SendMessage.class);
        assertEquals(1, sent.size());
        assertEquals("-100", sent.getFirst().getChatId());
        assertEquals("Daily &lt;question&gt;", sent.getFirst().getText());
    }

    @Test
    void aBlockedChatIsAPermanentFailure() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(Updates.apiError(403, "Forbidden: bot was blocked by the user", null));

        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("42", List.of(Reply.text("Daily question"))));

        assertTrue(failure.permanent());
        assertTrue(failure.getMessage().contains("chat 42") && failure.getMessage().contains("403"),
                failure.getMessage());
    }

    @Test
    void aServerThatKeepsFailingIsATemporaryFailure() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(Updates.apiError(500, "Internal Server Error", null));

        DeliveryException failure = assertThrows(DeliveryException.class,
                () -> outbound.post("42", List.of(Reply.text("Daily question"))));

        assertFalse(failure.permanent());
        assertEquals(5, Updates.calls(client).size());
    }
}
