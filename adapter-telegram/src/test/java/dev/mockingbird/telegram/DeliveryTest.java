package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class DeliveryTest {

    private final TelegramClient client = mock(TelegramClient.class);
    private final ManualTime time = new ManualTime();
    private final Storage storage = Storage.inMemory();
    /** Unpaced, so the only waits are the delivery's own (pacing has its own tests). */
    private final Delivery delivery = new Delivery(client,
            new Pacer(new Pacer.Limits(1_000, Duration.ZERO, 1_000), time.clock, time), time,
            Delivery.Retry.standard(), Optional.of(Mockingbird.builder(Fixtures.bank()).storage(storage).build()));
    private final SendMessage hello = TelegramMessages.plain(42, "hello");

    @Test
    void aRateLimitedSendWaitsAsLongAsTelegramSaysThenSendsOnce() throws Exception {
        // given Telegram answers 429 retry_after 7 once
        Message sent = new Message();
        when(client.execute(any(SendMessage.class)))
                .thenThrow(Updates.apiError(429, "Too Many Requests: retry after 7", 7))
                .thenReturn(sent);

        // when a message is sent
        Delivery.Result<Message> result = delivery.toChat(42, false, hello);

        // then it waited seven seconds and was sent on the second try
        assertEquals(new Delivery.Result.Done<>(Optional.of(sent)), result);
        assertTrue(time.waits().contains(Duration.ofSeconds(7)), time.waits().toString());
        assertEquals(2, Updates.calls(client).size());
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackOff() throws Exception {
        // given two 502s before success
        when(client.execute(any(SendMessage.class)))
                .thenThrow(Updates.apiError(502, "Bad Gateway", null))
                .thenThrow(Updates.apiError(502, "Bad Gateway", null))
                .thenReturn(new Message());

        // when sent
        assertTrue(delivery.toChat(42, false, hello).done());

        // then it backed off 0.5 s, then 1 s
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), time.waits());
        assertEquals(3, Updates.calls(client).size());
    }

    @Test
    void networkFailuresAreRetriedAndGiveUpAfterTheLastAttempt() throws Exception {
        // given the network is down for good: every connection is refused, so nothing was ever sent
        when(client.execute(any(SendMessage.class))).thenThrow(new TelegramApiException(
                "Unable to execute sendmessage", new java.net.ConnectException("Connection refused")));

        // when sent
        Delivery.Result<Message> result = delivery.toChat(42, false, hello);

        // then it tried five times, then gave up without marking the chat
        assertFalse(result.done());
        assertEquals(5, Updates.calls(client).size());
        assertTrue(storage.chats().isActive("telegram", "42"));
    }

    @Test
    void aSendCutOffAfterItWentOutIsNotSentAgain() throws Exception {
        // given the connection is reset after the request was written: Telegram may have shown the message
        when(client.execute(any(SendMessage.class)))
                .thenThrow(new TelegramApiException("Unable to execute sendmessage", new IOException("reset")));

        // when sent
        Delivery.Result<Message> result = delivery.toChat(42, false, hello);

        // then it is not repeated, so it can never show twice
        assertEquals(1, Updates.calls(client).size());
        assertEquals(Delivery.MAYBE_SENT, assertInstanceOf(Delivery.Result.Failed.class, result).description());
    }

    @Test
    void forbiddenGivesUpAtOnceAndMarksTheChatInactive() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(Updates.apiError(403, "Forbidden: bot was kicked from the group chat", null));

        Delivery.Result<Message> result = delivery.toChat(-100, true, TelegramMessages.plain(-100, "hi"));

        Delivery.Result.Failed<?> failed = assertInstanceOf(Delivery.Result.Failed.class, result);
        assertEquals(403, failed.status());
        assertEquals(1, Updates.calls(client).size());
        assertFalse(storage.chats().isActive("telegram", "-100"));
    }

    @Test
    void aBadRequestGivesUpWithoutMarkingTheChat() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(Updates.apiError(400, "Bad Request: can't parse entities", null));

        assertFalse(delivery.toChat(42, false, hello).done());

        assertEquals(1, Updates.calls(client).size());
        assertTrue(storage.chats().isActive("telegram", "42"));
    }

    @Test
    void anUnreadableResponseIsNotRetriedBecauseTheMessageMayHaveArrived() throws Exception {
        // given the server answered something the library could not read
        when(client.execute(any(SendMessage.class)))
                .thenThrow(new TelegramApiRequestException("Unable to deserialize response",
                        new com.fasterxml.jackson.core.JsonParseException(null, "bad")));

        assertFalse(delivery.toChat(42, false, hello).done());

        assertEquals(1, Updates.calls(client).size());
    }
}
