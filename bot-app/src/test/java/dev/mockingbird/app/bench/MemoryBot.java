package dev.mockingbird.app.bench;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.storage.Storage;
import dev.mockingbird.telegram.TelegramBot;
import dev.mockingbird.telegram.TelegramSettings;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Mockingbird on the in-memory store behind the real Telegram adapter, for {@link ReplyLatencyBenchmark}: the app
 * itself always opens a database, so this is the app's engine and adapter wiring with memory in its place. Run as its
 * own process: {@code MemoryBot <api-url> <token>}.
 */
public final class MemoryBot {

    private MemoryBot() {
    }

    public static void main(String[] args) throws Exception {
        QuestionBank bank = QuestionBank.load(MemoryBot.class.getClassLoader(), Optional.empty());
        ChatEngine engine = Mockingbird.builder(bank).storage(Storage.inMemory()).clock(Clock.systemUTC()).build();
        TelegramBot bot = TelegramBot.start(engine, new TelegramSettings(args[1], URI.create(args[0]),
                Clock.systemUTC()));
        try {
            System.out.println("running");
            new CountDownLatch(1).await(); // Until the benchmark stops the process.
        } finally {
            bot.close();
        }
    }
}
