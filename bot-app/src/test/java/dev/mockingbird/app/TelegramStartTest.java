package dev.mockingbird.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TELEGRAM_BOT_TOKEN starts the Telegram bot against TELEGRAM_API_URL; a rejected token ends in one clear line. */
class TelegramStartTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @TempDir
    Path tmp;

    @Test
    void aRejectedTokenStopsStartUpWithOneLineThatNeverShowsTheToken() throws Exception {
        // given a Bot API server that rejects every token, as Telegram does a wrong one
        HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/", exchange -> {
            byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        api.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            // when Mockingbird starts with that token and API URL
            int status = new App(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                    "TELEGRAM_API_URL", "http://127.0.0.1:" + api.getAddress().getPort(),
                    "MOCKINGBIRD_DB_URL", "jdbc:sqlite:" + tmp.resolve("bot.db"),
                    "MOCKINGBIRD_LOG_LEVEL", "ERROR", "MOCKINGBIRD_HTTP_PORT", "0"),
                    new BufferedReader(new StringReader("")), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false).run(new String[0]);

            // then it stops with the setup status and says what to fix, without the token
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(App.BAD_SETUP, status, message);
            assertTrue(message.contains("Telegram could not start") && message.contains("TELEGRAM_BOT_TOKEN"),
                    message);
            assertFalse(message.contains(TOKEN) || message.contains("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"), message);
        } finally {
            api.stop(0);
        }
    }
}
