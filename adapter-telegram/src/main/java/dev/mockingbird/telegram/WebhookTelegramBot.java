package dev.mockingbird.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.UpdateInProgress;
import dev.mockingbird.core.access.ChatAdminsPort;
import dev.mockingbird.core.chat.OutboundPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Updates arrive as POSTs the app routes here; replies go out through the same paced delivery as polling's. */
final class WebhookTelegramBot implements TelegramWebhook {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookTelegramBot.class);
    /** Telegram gives up on a webhook call after about a minute; answer well before, so it retries. */
    private static final Duration HANDLING = Duration.ofSeconds(50);
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            false);
    private final byte[] secret;
    private final String path;
    private final UpdateDispatcher dispatcher;
    private final ExecutorService workers;
    private final OutboundPort outbound;
    private final ChatAdminsPort admins;
    private final Runnable release;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private WebhookTelegramBot(TelegramWebhook.Settings webhook, UpdateDispatcher dispatcher, ExecutorService workers,
                               OutboundPort outbound,
            ChatAdminsPort admins, Runnable release) {
        this.secret = webhook.secret().getBytes(StandardCharsets.UTF_8);
        this.path = webhook.url().getRawPath() == null || webhook.url().getRawPath().isEmpty() ? "/"
                : webhook.url().getRawPath();
        this.dispatcher = dispatcher;
        this.workers = workers;
        this.outbound = outbound;
        this.admins = admins;
        this.release = release;
    }

    static WebhookTelegramBot start(ChatEngine engine, TelegramSettings settings, TelegramWebhook.Settings webhook) {
        TelegramUrl url = LongPollingTelegramBot.telegramUrl(settings.apiUrl());
        OkHttpClient http = Delivery.httpClient();
        try {
            return start(engine, settings, webhook, new OkHttpTelegramClient(http, settings.token(), url),
                    Sleeper.system(), Pacer.Limits.telegram(), Delivery.Retry.standard(),
                    () -> LongPollingTelegramBot.release(http));
        } catch (RuntimeException e) {
            LongPollingTelegramBot.release(http);
            throw e;
        }
    }

    /** The bot over a given client and time, for tests. */
    static WebhookTelegramBot start(ChatEngine engine, TelegramSettings settings, TelegramWebhook.Settings webhook,
                                    TelegramClient client, Sleeper sleeper, Pacer.Limits limits,
                                    Delivery.Retry retry, Runnable release) {
        Optional<String> username = LongPollingTelegramBot.username(client);
        LongPollingTelegramBot.publishCommands(client, engine.commands());
        try {
            client.execute(SetWebhook.builder().url(webhook.url().toString()).secretToken(webhook.secret())
                    .allowedUpdates(LongPollingTelegramBot.UPDATES).dropPendingUpdates(false).build());
        } catch (TelegramApiException | RuntimeException e) {
            String why = Delivery.describe(e);
            LOG.warn("Telegram setWebhook failed: {}", why);
            throw new IllegalStateException("could not register the webhook " + webhook.url() + ": " + why);
        }
        Delivery delivery = new Delivery(client, new Pacer(limits, settings.clock(), sleeper), sleeper, retry,
                Optional.of(engine));
        ExecutorService workers = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("telegram-worker-", 0).factory());
        UpdateDispatcher dispatcher = new UpdateDispatcher(new UpdateTranslator(username),
                new UpdateHandler(engine, delivery), workers);
        LOG.info("Telegram bot receiving updates at {} as @{}", webhook.url(), username.orElse("?"));
        return new WebhookTelegramBot(webhook, dispatcher, workers, new TelegramOutbound(delivery, username),
                new TelegramAdmins(client, TelegramAdmins.KEPT), release);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Response receive(Optional<String> header, byte[] body) {
        if (header.isEmpty() || !MessageDigest.isEqual(secret, header.get().getBytes(StandardCharsets.UTF_8))) {
            return new Response(401, "wrong or missing secret token");
        }
        if (body.length > MAX_BODY) {
            return new Response(413, "too large for an update");
        }
        if (!open.get()) {
            // Shutting down: Telegram retries, and another instance takes it.
            return new Response(503, "stopping");
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (JsonProcessingException e) {
            return new Response(400, "not an update");
        } catch (IOException e) {
            return new Response(400, "unreadable body");
        }
        if (update == null || update.getUpdateId() == null) {
            return new Response(400, "not an update");
        }
        try {
            dispatcher.submit(update).get(HANDLING.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(200, "ok");
        } catch (TimeoutException e) {
            // Not acknowledged: Telegram delivers it again, and the update log keeps it from being handled twice.
            LOG.warn("Telegram update {} took over {} s; left for Telegram to redeliver", update.getUpdateId(),
                    HANDLING.toSeconds());
            return new Response(503, "still working");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(503, "stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpdateInProgress) {
                // Another instance is sending its replies: Telegram offers it again later, when it is settled.
                return new Response(503, "being answered by another instance");
            }
            LOG.error("Telegram update {} failed", update.getUpdateId(), e.getCause());
            return new Response(500, "failed");
        }
    }

    @Override
    public boolean connected() {
        return open.get();
    }

    @Override
    public OutboundPort outbound() {
        return outbound;
    }

    @Override
    public ChatAdminsPort admins() {
        return admins;
    }

    @Override
    public void close() {
        open.set(false);
        dispatcher.drain(DRAIN);
        workers.shutdownNow();
        release.run();
    }
}
