package dev.mockingbird.app.bench;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The least a telegrambots bot can do, as the yardstick for Mockingbird's reply latency: long polling with the
 * library's defaults, each text sent straight back to its chat from a virtual thread (as Mockingbird's adapter
 * handles updates). Run by {@link ReplyLatencyBenchmark} as its own process: {@code EchoBot <api-url> <token>}.
 */
public final class EchoBot {

    private EchoBot() {
    }

    public static void main(String[] args) throws Exception {
        URI api = URI.create(args[0]);
        String token = args[1];
        TelegramUrl url = new TelegramUrl(api.getScheme(), api.getHost(), api.getPort(), false);
        TelegramClient client = new OkHttpTelegramClient(token, url);
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new, okhttp3.OkHttpClient::new, () -> poller);
        try {
            app.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(List.of("message")),
                    (List<Update> updates) -> updates.forEach(u -> workers.submit(() -> echo(client, u))));
            System.out.println("running");
            new CountDownLatch(1).await(); // Until the benchmark stops the process.
        } finally {
            app.close();
            poller.shutdownNow();
            workers.shutdownNow();
        }
    }

    private static void echo(TelegramClient client, Update update) {
        if (!update.hasMessage() || !update.getMessage().hasText()) {
            return;
        }
        try {
            client.execute(new SendMessage(update.getMessage().getChatId().toString(), update.getMessage().getText()));
        } catch (TelegramApiException e) {
            System.err.println("echo failed: " + e.getMessage());
        }
    }
}
