package dev.mockingbird.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.access.ChatAdminsPort;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.command.CommandSpec;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * telegrambots' long polling with our own executors: the library's default poller thread is non-daemon and is not
 * shut down by its {@code close()}, so the bot owns and stops both the poller and the workers.
 */
final class LongPollingTelegramBot implements TelegramBot {

    private static final Logger LOG = LoggerFactory.getLogger(LongPollingTelegramBot.class);
    private static final Duration DRAIN = Duration.ofSeconds(5);
    /** Only what the bot acts on: fewer updates to fetch and to skip. */
    static final List<String> UPDATES = List.of("message", "callback_query");

    private final TelegramBotsLongPollingApplication application;
    private final ScheduledExecutorService poller;
    private final ExecutorService workers;
    private final UpdateDispatcher dispatcher;
    private final OutboundPort outbound;
    private final ChatAdminsPort admins;
    private final List<Runnable> closers = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Cancels the long poll in flight; set once the poller's HTTP client exists. */
    private volatile Runnable cancelPoll = () -> { };

    private LongPollingTelegramBot(TelegramBotsLongPollingApplication application, ScheduledExecutorService poller,
                                   ExecutorService workers, UpdateDispatcher dispatcher, OutboundPort outbound,
            ChatAdminsPort admins) {
        this.application = application;
        this.poller = poller;
        this.workers = workers;
        this.dispatcher = dispatcher;
        this.outbound = outbound;
        this.admins = admins;
    }

    @Override
    public boolean connected() {
        return application.isRunning();
    }

    static LongPollingTelegramBot start(ChatEngine engine, TelegramSettings settings) {
        TelegramUrl url = telegramUrl(settings.apiUrl());
        OkHttpClient http = Delivery.httpClient();
        try {
            LongPollingTelegramBot bot = start(engine, settings, new OkHttpTelegramClient(http, settings.token(),
                    url), Sleeper.system(), Pacer.Limits.telegram(), Delivery.Retry.standard());
            bot.onClose(() -> release(http));
            return bot;
        } catch (RuntimeException e) {
            release(http);
            throw e;
        }
    }

    /** The bot over a given client and time, for tests. */
    static LongPollingTelegramBot start(ChatEngine engine, TelegramSettings settings, TelegramClient client,
                                        Sleeper sleeper, Pacer.Limits limits, Delivery.Retry retry) {
        TelegramUrl url = telegramUrl(settings.apiUrl());
        Optional<String> username = username(client);
        publishCommands(client, engine.commands());
        // Chats that blocked or removed the bot are reported to the engine, which marks them gone.
        Delivery delivery = new Delivery(client, new Pacer(limits, settings.clock(), sleeper), sleeper, retry,
                Optional.of(engine));
        UpdateHandler handler = new UpdateHandler(engine, delivery);
        ExecutorService workers = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("telegram-worker-", 0).factory());
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("telegram-poller").daemon(true).factory());
        UpdateDispatcher dispatcher = new UpdateDispatcher(new UpdateTranslator(username), handler, workers);
        // The library's own client, tuned for long polls; kept so close() can stop its threads.
        OkHttpClient pollHttp = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> pollHttp, () -> poller);
        try {
            application.registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(UPDATES),
                    dispatcher);
        } catch (TelegramApiException | RuntimeException e) {
            poller.shutdownNow();
            workers.shutdownNow();
            release(pollHttp);
            // Described without the request URL, which holds the token; the cause is left off for the same reason.
            String why = Delivery.describe(e);
            LOG.warn("Telegram polling could not start: {}", why);
            throw new IllegalStateException("could not start polling " + settings.apiUrl() + ": " + why);
        }
        LOG.info("Telegram bot polling {} as @{}", settings.apiUrl(), username.orElse("?"));
        LongPollingTelegramBot bot = new LongPollingTelegramBot(application, poller, workers, dispatcher,
                new TelegramOutbound(delivery, username),
                new TelegramAdmins(client, TelegramAdmins.KEPT));
        bot.onClose(() -> release(pollHttp));
        // Closing ends the long poll in flight rather than leaving it open on Telegram's side for up to a minute,
        // where it could take updates nobody will handle.
        bot.cancelPoll = () -> pollHttp.dispatcher().cancelAll();
        return bot;
    }

    /** Runs when the bot closes, after the workers stopped. */
    private void onClose(Runnable closer) {
        closers.add(closer);
    }

    /** OkHttp's dispatcher threads are not daemons: stop them rather than leave them idling for a minute. */
    static void release(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Scheme, host and port of the Bot API server; Telegram's library has no room for a path. */
    static TelegramUrl telegramUrl(URI api) {
        String scheme = api.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = api.getPort() != -1 ? api.getPort() : "https".equals(scheme) ? 443 : 80;
        if (api.getPath() != null && !api.getPath().isEmpty() && !"/".equals(api.getPath())) {
            LOG.warn("TELEGRAM_API_URL path {} is ignored: the Bot API is reached at the server root",
                    api.getPath());
        }
        return new TelegramUrl(scheme, api.getHost(), port, false);
    }

    /** Our username, to tell {@code /ask@OurBot} from {@code /ask@OtherBot} in groups; empty if getMe fails. */
    static Optional<String> username(TelegramClient client) {
        try {
            User me = client.execute(new GetMe());
            return Optional.ofNullable(me).map(User::getUserName).filter(u -> !u.isBlank());
        } catch (TelegramApiRequestException e) {
            Integer status = e.getErrorCode();
            if (status != null && (status == 401 || status == 404)) {
                // Telegram's answer to a wrong (401) or malformed (404) token: nothing will work, so say so now.
                throw new IllegalStateException("Telegram rejected the bot token (" + status
                        + "); check TELEGRAM_BOT_TOKEN");
            }
            LOG.warn("getMe failed ({}); commands addressed with @ in groups will be ignored", status);
            return Optional.empty();
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("getMe failed ({}); commands addressed with @ in groups will be ignored",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The command menu; a bot without one still works, so a failure is only logged. */
    static void publishCommands(TelegramClient client, List<CommandSpec> commands) {
        List<BotCommand> menu = commands.stream()
                .filter(c -> c.name().matches("[a-z0-9_]{1,32}"))
                .map(c -> new BotCommand(c.name(), description(c)))
                .toList();
        try {
            client.execute(new SetMyCommands(menu));
            LOG.info("Published {} Telegram commands", menu.size());
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("setMyCommands failed ({}); the command menu may be out of date", e.getClass().getSimpleName());
        }
    }

    /** Telegram wants 1 to 256 characters. */
    private static String description(CommandSpec spec) {
        String text = spec.description().isBlank() ? "/" + spec.name() : spec.description();
        return text.length() <= 256 ? text : text.substring(0, 255) + "…";
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
        try {
            application.close();
        } catch (Exception e) {
            LOG.warn("Telegram polling did not stop cleanly: {}", e.getClass().getSimpleName());
        }
        cancelPoll.run();
        poller.shutdownNow();
        dispatcher.drain(DRAIN);
        workers.shutdownNow();
        closers.forEach(Runnable::run);
    }
}
