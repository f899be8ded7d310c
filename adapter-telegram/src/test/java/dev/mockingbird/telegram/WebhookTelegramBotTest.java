package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.storage.Storage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** Webhook mode against a fake Bot API over real HTTP: registration, security, and once-only handling. */
class WebhookTelegramBotTest {

    private static final String TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";
    private static final String SECRET = "s3cret_token-1";
    private static final String START = "{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":1700000000,"
            + "\"text\":\"/start\",\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,"
            + "\"first_name\":\"Ada\"}}}";

    private final FakeBotApi api = new FakeBotApi();
    private final ManualTime time = new ManualTime();
    private final Storage storage = Storage.inMemory();
    private final ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(storage).build();
    private final TelegramWebhook bot;

    WebhookTelegramBotTest() throws java.io.IOException {
        bot = WebhookTelegramBot.start(engine, TelegramSettings.of(TOKEN, api.uri()),
                new TelegramWebhook.Settings(URI.create("https://bot.example.com/telegram/hook"), SECRET),
                new OkHttpTelegramClient(TOKEN, api.url()), time, Pacer.Limits.telegram(), Delivery.Retry.standard(),
                () -> { });
    }

    @AfterEach
    void stop() {
        bot.close();
        api.close();
    }

    @Test
    void registersTheWebhookWithItsSecretAndOnlyTheUpdatesItHandles() {
        JsonNode set = api.accepted("setWebhook").getFirst();
        assertEquals("https://bot.example.com/telegram/hook", set.path("url").asText());
        assertEquals(SECRET, set.path("secret_token").asText());
        assertEquals("[\"message\",\"callback_query\"]", set.path("allowed_updates").toString());
        assertEquals(false, set.path("drop_pending_updates").asBoolean(true));
        assertEquals("/telegram/hook", bot.path());
    }

    @Test
    void anUpdateIsAcknowledgedAfterItsReplyWentOutAndARedeliveryIsHandledOnce() {
        // when Telegram posts /start, and (its acknowledgement lost) posts it again
        TelegramWebhook.Response first = bot.receive(Optional.of(SECRET), bytes(START));
        TelegramWebhook.Response again = bot.receive(Optional.of(SECRET), bytes(START));
        // then both are acknowledged, and the welcome was sent once, before the first acknowledgement
        assertEquals(200, first.status());
        assertEquals(200, again.status());
        List<JsonNode> sent = api.accepted("sendMessage");
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.getFirst().path("text").asText().startsWith("Hi Ada!"), sent.toString());
    }

    @Test
    void aWrongOrMissingSecretIsRefusedWithoutTouchingTheEngine() {
        assertEquals(401, bot.receive(Optional.empty(), bytes(START)).status());
        assertEquals(401, bot.receive(Optional.of("s3cret_token-2"), bytes(START)).status());
        assertEquals(401, bot.receive(Optional.of(""), bytes(START)).status());
        assertEquals(List.of(), api.accepted("sendMessage"));
    }

    @Test
    void aMalformedOrOversizedBodyIsRefusedWithoutTouchingTheEngine() {
        assertEquals(400, bot.receive(Optional.of(SECRET), bytes("{not json")).status());
        assertEquals(400, bot.receive(Optional.of(SECRET), bytes("[]")).status());
        assertEquals(400, bot.receive(Optional.of(SECRET), bytes("{\"message\":{}}")).status());
        assertEquals(413, bot.receive(Optional.of(SECRET), new byte[TelegramWebhook.MAX_BODY + 1]).status());
        assertEquals(List.of(), api.accepted("sendMessage"));
    }

    @Test
    void anUpdateTheBotDoesNotActOnIsAcknowledged() {
        assertEquals(200, bot.receive(Optional.of(SECRET), bytes("{\"update_id\":9,\"edited_message\":{"
                + "\"message_id\":1,\"date\":1700000000,\"text\":\"x\",\"chat\":{\"id\":42,\"type\":\"private\"}}}"))
                .status());
    }

    @Test
    void aWebhookUrlMustBeHttpsAndTheSecretTelegramShaped() {
        assertThrows(IllegalArgumentException.class, () -> new TelegramWebhook.Settings(
                URI.create("http://bot.example.com/hook"), SECRET));
        assertThrows(IllegalArgumentException.class, () -> new TelegramWebhook.Settings(
                URI.create("https://bot.example.com/hook"), "has spaces"));
        assertTrue(!new TelegramWebhook.Settings(URI.create("https://b.example/h"), SECRET).toString()
                .contains(SECRET));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
