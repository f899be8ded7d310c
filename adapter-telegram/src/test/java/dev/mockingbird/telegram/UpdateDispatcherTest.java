package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class UpdateDispatcherTest {

    private final TelegramClient client = mock(TelegramClient.class);
    private final ManualTime time = new ManualTime();
    private final UpdateHandler handler = new UpdateHandler(Mockingbird.builder(Fixtures.bank()).build(),
            new Delivery(client, new Pacer(Pacer.Limits.telegram(), time.clock, time), time,
                    Delivery.Retry.standard(), Optional.empty()));
    /** Runs work on the calling thread, so the test sees it done when consume returns. */
    private final UpdateDispatcher dispatcher = new UpdateDispatcher(
            new UpdateTranslator(Optional.of("MockingbirdBot")), handler, Runnable::run);

    @Test
    void aBrokenUpdateDoesNotStopTheOnesAfterIt() {
        // given an update the library delivered half-filled (text but no chat), then a good one
        Update broken = new Update();
        broken.setUpdateId(1);
        Message message = new Message();
        message.setText("/start");
        broken.setMessage(message);
        Update good = Updates.privateText(2, 42, "/help");

        // when both arrive in one poll
        dispatcher.consume(List.of(broken, good));

        // then nothing escapes to the poller and the good one is answered
        List<SendMessage> sent = Updates.calls(client, SendMessage.class);
        assertEquals(1, sent.size());
        assertEquals("42", sent.getFirst().getChatId());
    }

    @Test
    void updatesOfOneChatAreAnsweredInOrder() {
        // when a person sends /levels then /help in one poll
        dispatcher.consume(List.of(Updates.privateText(3, 42, "/levels"), Updates.privateText(4, 42, "/help")));

        // then the replies come in the same order
        List<SendMessage> sent = Updates.calls(client, SendMessage.class);
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).getText().toLowerCase(java.util.Locale.ROOT).contains("junior"),
                sent.get(0).getText());
        assertTrue(sent.get(1).getText().contains("/ask"), sent.get(1).getText());
    }

    @Test
    void aPressIsAnsweredAtOnceWhileTheChatsEarlierMessagesAreStillOnTheirWay() throws Exception {
        // given a Bot API that holds the chat's messages (as pacing would), and real worker threads
        java.util.concurrent.CountDownLatch accepting = new java.util.concurrent.CountDownLatch(1);
        org.mockito.Mockito.when(client.execute(org.mockito.ArgumentMatchers.any(SendMessage.class)))
                .thenAnswer(call -> {
                    accepting.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return null;
                });
        try (java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors
                .newVirtualThreadPerTaskExecutor()) {
            UpdateDispatcher threaded = new UpdateDispatcher(new UpdateTranslator(Optional.of("MockingbirdBot")),
                    handler, workers);

            // when a person asks, then presses a button in the same chat before the question has gone out
            threaded.consume(List.of(Updates.privateText(1, 42, "/ask system-design")));
            threaded.consume(List.of(Updates.press(2, 42, "private", 42, 500, "1:skip:zzzz")));

            // then the press's spinner is answered while the question is still on its way
            org.mockito.Mockito.verify(client, org.mockito.Mockito.timeout(10_000)).execute(
                    org.mockito.ArgumentMatchers.any(
                            org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery.class));
            assertEquals(1, accepting.getCount(), "the question was not sent yet");
            // and once it is, the press's own messages follow it, in order
            accepting.countDown();
            threaded.pending().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        List<SendMessage> sent = Updates.calls(client, SendMessage.class);
        assertTrue(sent.getFirst().getText().startsWith("<b>System Design</b>"), sent.getFirst().getText());
    }
}
