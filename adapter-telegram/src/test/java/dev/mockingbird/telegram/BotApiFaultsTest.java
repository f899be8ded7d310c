package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** The real HTTP client against a Bot API that misbehaves: nothing is lost, nothing is sent twice. */
class BotApiFaultsTest {

    private static final String TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";

    private final FakeBotApi api = new FakeBotApi();
    private final ManualTime time = new ManualTime();
    private final Storage storage = Storage.inMemory();
    /** The production client: it never repeats a request by itself. */
    private final okhttp3.OkHttpClient http = Delivery.httpClient();
    private final Delivery delivery = new Delivery(new OkHttpTelegramClient(http, TOKEN, api.url()),
            new Pacer(Pacer.Limits.telegram(), time.clock, time), time, Delivery.Retry.standard(),
            Optional.of(Mockingbird.builder(Fixtures.bank()).storage(storage).build()));

    BotApiFaultsTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        api.close();
        LongPollingTelegramBot.release(http);
    }

    private static List<String> texts(List<JsonNode> bodies) {
        return bodies.stream().map(b -> b.path("text").asText()).toList();
    }

    @Test
    void rateLimitAndServerErrorsStillDeliverEachMessageExactlyOnce() throws Exception {
        // given Telegram rate-limits and fails, answering each time, so nothing was taken
        api.fail("sendMessage", new FakeBotApi.Fault.Status(429, "Too Many Requests: retry after 3", 3),
                new FakeBotApi.Fault.Status(500, "Internal Server Error", null));

        // when three messages are sent
        for (String text : List.of("one", "two", "three")) {
            assertTrue(delivery.toChat(42, false, TelegramMessages.plain(42, text)).done(), text);
        }

        // then each arrived once, in order, after waiting as long as the 429 asked
        assertEquals(List.of("one", "two", "three"), texts(api.accepted("sendMessage")));
        assertEquals(5, api.requests("sendMessage"), "two faults served, three messages accepted");
        assertTrue(time.waits().contains(Duration.ofSeconds(3)), time.waits().toString());
    }

    @Test
    void aConnectionDroppedAfterASendWentOutIsNotSentAgainButAnEditIsRetried() throws Exception {
        // given a kept-alive connection (a first message went through on it), then Telegram reading a call and
        // dropping the connection without an answer, once for a send and once for an edit
        assertTrue(delivery.toChat(42, false, TelegramMessages.plain(42, "first")).done());
        api.fail("sendMessage", new FakeBotApi.Fault.Drop()).fail("editMessageText", new FakeBotApi.Fault.Drop());

        // when a message is sent and one is edited
        Delivery.Result<?> sent = delivery.toChat(42, false, TelegramMessages.plain(42, "once"));
        Delivery.Result<?> edited = delivery.toChat(42, false, TelegramMessages.edit(42, 7, "edited", List.of()));

        // then neither our delivery nor the HTTP client sent the message again (it may have arrived: better once
        // or not at all than twice), while the edit, which Telegram applies at most once, was tried again
        assertEquals(2, api.requests("sendMessage"), "the first, then the dropped one once: the HTTP client must "
                + "not repeat a send on a reused connection by itself");
        assertEquals(Delivery.MAYBE_SENT, ((Delivery.Result.Failed<?>) sent).description());
        assertEquals(2, api.requests("editMessageText"));
        assertTrue(edited.done());
    }

    @Test
    void everyFailedCallIsReportedForTheOperatorsMetrics() throws Exception {
        // given a delivery that reports to a recorder, and Telegram rate-limiting a call, then failing it
        List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        Delivery counted = new Delivery(new OkHttpTelegramClient(TOKEN, api.url()),
                new Pacer(Pacer.Limits.telegram(), time.clock, time), time, Delivery.Retry.standard(),
                Optional.of(new dev.mockingbird.core.chat.PlatformReports() {
                    @Override
                    public void gone(String platform, String chatId, String reason) {
                        reported.add("gone " + chatId);
                    }

                    @Override
                    public void apiFailed(String platform, String outcome) {
                        reported.add(platform + " " + outcome);
                    }
                }));
        api.fail("sendMessage", new FakeBotApi.Fault.Status(429, "Too Many Requests: retry after 1", 1),
                new FakeBotApi.Fault.Status(502, "Bad Gateway", null));

        // when one message is sent
        assertTrue(counted.toChat(42, false, TelegramMessages.plain(42, "one")).done());

        // then each failed try was reported once, and the message still arrived
        assertEquals(List.of("telegram 429", "telegram 5xx"), reported);
        assertEquals(List.of("one"), texts(api.accepted("sendMessage")));
    }

    @Test
    void aSendWhoseAnswerIsLostIsNotSentAgainButAnEditIsRetried() throws Exception {
        // given a client that waits half a second for answers, and Telegram accepting calls but answering late
        okhttp3.OkHttpClient impatient = new okhttp3.OkHttpClient.Builder()
                .readTimeout(Duration.ofMillis(500)).build();
        Delivery timing = new Delivery(new OkHttpTelegramClient(impatient, TOKEN, api.url()),
                new Pacer(Pacer.Limits.telegram(), time.clock, time), time, Delivery.Retry.standard(),
                Optional.empty());
        api.fail("sendMessage", new FakeBotApi.Fault.Stall(1_500))
                .fail("editMessageText", new FakeBotApi.Fault.Stall(1_500));

        // when a message is sent and a message is edited
        Delivery.Result<?> sent = timing.toChat(42, false, TelegramMessages.plain(42, "once"));
        Delivery.Result<?> edited = timing.toChat(42, false, TelegramMessages.edit(42, 7, "edited", List.of()));

        // then the message was sent once and left as most likely arrived, never repeated
        assertEquals(1, api.requests("sendMessage"));
        assertEquals(List.of("once"), texts(api.accepted("sendMessage")));
        assertEquals(Delivery.MAYBE_SENT, ((Delivery.Result.Failed<?>) sent).description());
        // while the edit, which Telegram applies at most once, was tried again and went through
        assertEquals(2, api.requests("editMessageText"));
        assertTrue(edited.done());
        impatient.dispatcher().executorService().shutdown();
        impatient.connectionPool().evictAll();
    }

    @Test
    void aRequestThatNeverLeftIsTriedAgain() throws Exception {
        // given a Bot API address where nothing listens
        java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        int port = free.getLocalPort();
        free.close();
        Delivery nowhere = new Delivery(new OkHttpTelegramClient(TOKEN,
                new org.telegram.telegrambots.meta.TelegramUrl("http", "127.0.0.1", port, false)),
                new Pacer(Pacer.Limits.telegram(), time.clock, time), time, Delivery.Retry.standard(),
                Optional.empty());

        // when a message is sent
        Delivery.Result<?> result = nowhere.toChat(42, false, TelegramMessages.plain(42, "hello"));

        // then every try was made (a refused connection sent nothing), waiting between them, and it gave up
        assertFalse(result.done());
        List<Duration> waits = time.waits();
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)),
                waits.subList(waits.size() - 4, waits.size()), "the back-off between the five tries: " + waits);
    }

    @Test
    void aBlockedChatIsTriedOnceAndMarkedInactive() throws Exception {
        // given the person blocked the bot
        api.fail("sendMessage", new FakeBotApi.Fault.Status(403, "Forbidden: bot was blocked by the user", null));

        // when a message is sent
        boolean done = delivery.toChat(42, false, TelegramMessages.plain(42, "hello")).done();

        // then it gave up after one request and the chat is inactive
        assertFalse(done);
        assertEquals(1, api.requests("sendMessage"));
        assertTrue(api.accepted("sendMessage").isEmpty());
        assertFalse(storage.chats().isActive("telegram", "42"));
    }

    @Test
    void theBotStartsWhenGetMeAndSetMyCommandsFailAndPollingSurvivesAnError() throws Exception {
        // given getMe and setMyCommands fail, and the first poll errors
        api.fail("getMe", new FakeBotApi.Fault.Status(500, "Internal Server Error", null))
                .fail("setMyCommands", new FakeBotApi.Fault.Status(500, "Internal Server Error", null))
                .fail("getUpdates", new FakeBotApi.Fault.Status(502, "Bad Gateway", null));
        ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(storage).build();

        // when the bot runs and a person sends /start
        TelegramBot bot = LongPollingTelegramBot.start(engine,
                TelegramSettings.of(TOKEN, api.uri()),
                new OkHttpTelegramClient(TOKEN, api.url()), time, Pacer.Limits.telegram(),
                Delivery.Retry.standard());
        try {
            api.push("{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1700000000,\"text\":\"/start\","
                    + "\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,"
                    + "\"first_name\":\"Ada\"}}}");

            // then the welcome arrives despite the failures
            List<JsonNode> sent = awaitAccepted("sendMessage", 1);
            assertTrue(sent.getFirst().path("text").asText().startsWith("Hi Ada!"), sent.toString());
            assertEquals(1, api.requests("setMyCommands"));
        } finally {
            bot.close();
        }
    }

    /** Polls the fake until it accepted {@code count} calls (the bot works on its own threads). */
    private List<JsonNode> awaitAccepted(String method, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (api.accepted(method).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return api.accepted(method);
    }
}
