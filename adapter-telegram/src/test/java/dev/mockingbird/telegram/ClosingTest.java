package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing the bot ends the long poll in flight. The Bot API here is a raw socket server, because only at that level
 * can a test see a client abandon a request: its connection closes while the server still holds the poll.
 */
class ClosingTest {

    private static final String TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";

    @Test
    void closingTheBotCancelsTheLongPollInFlight() throws Exception {
        CountDownLatch polling = new CountDownLatch(1);
        CountDownLatch abandoned = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> accept(server, polling, abandoned));
            // given a bot whose long poll the Bot API holds open, as Telegram does when there is nothing new
            TelegramBot bot = TelegramBot.start(Mockingbird.builder(Fixtures.bank()).build(),
                    TelegramSettings.of(TOKEN, URI.create("http://127.0.0.1:" + server.getLocalPort())));
            assertTrue(polling.await(10, TimeUnit.SECONDS), "the bot started polling");

            // when it is closed
            bot.close();

            // then the held poll is abandoned at once (without the fix it stays open until its minute-long timeout)
            assertTrue(abandoned.await(10, TimeUnit.SECONDS), "the long poll was cancelled");
        }
    }

    private static void accept(ServerSocket server, CountDownLatch polling, CountDownLatch abandoned) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket, polling, abandoned));
            } catch (IOException e) {
                return; // The test is over.
            }
        }
    }

    /** HTTP/1.1 with keep-alive, just enough for the bot: answers everything but getUpdates, which it holds. */
    private static void serve(Socket socket, CountDownLatch polling, CountDownLatch abandoned) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            while (true) {
                String requestLine = reader.readLine();
                if (requestLine == null) {
                    return;
                }
                int length = 0;
                for (String header = reader.readLine(); header != null && !header.isEmpty();
                     header = reader.readLine()) {
                    if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).strip());
                    }
                }
                reader.skip(length);
                String method = requestLine.split(" ")[1];
                method = method.substring(method.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (method.startsWith("getupdates")) {
                    polling.countDown();
                    // Held: the next read ends only when the client gives up on the request.
                    if (reader.read() == -1) {
                        abandoned.countDown();
                    }
                    return;
                }
                String body = method.startsWith("getme")
                        ? "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"M\",\"username\":\"MBot\"}}"
                        : "{\"ok\":true,\"result\":true}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            abandoned.countDown(); // A reset is the client abandoning the request too.
        }
    }
}
