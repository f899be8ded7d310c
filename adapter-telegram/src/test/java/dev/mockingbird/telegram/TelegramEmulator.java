package dev.mockingbird.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The {@code telegram-test-api} emulator as a JUnit extension: installs it from {@code src/test/emulator} into
 * {@code target/telegram-emulator} with {@code npm ci} when needed, starts {@code node server.js <port>} on a free
 * loopback port for the test class, and stops it afterwards. Without node and npm the tests are skipped with a
 * message, and fail under {@code CI=true}. Test methods take the running {@link Emulator} as a parameter.
 */
final class TelegramEmulator implements BeforeAllCallback, ParameterResolver {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            TelegramEmulator.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        if (node.isEmpty() || npm.isEmpty()) {
            String why = "node and npm are needed for the Telegram emulator tests but were not found on PATH";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + " (CI=true, so this fails instead of skipping)");
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        Path dir = install(npm.get());
        context.getStore(NAMESPACE).put(Emulator.class, Emulator.start(node.get(), dir));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Emulator.class, Emulator.class);
    }

    /** Copies the emulator's files under target/ and runs npm ci when its lock file changed or nothing is installed. */
    private static Path install(Path npm) throws IOException, InterruptedException {
        Path source = Path.of("src", "test", "emulator").toAbsolutePath();
        Path dir = Path.of("target", "telegram-emulator").toAbsolutePath();
        Files.createDirectories(dir);
        boolean lockChanged = !Files.exists(dir.resolve("package-lock.json"))
                || Files.mismatch(source.resolve("package-lock.json"), dir.resolve("package-lock.json")) != -1;
        for (String file : List.of("package.json", "package-lock.json", "server.js")) {
            Files.copy(source.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (lockChanged || !Files.isDirectory(dir.resolve("node_modules").resolve("telegram-test-api"))) {
            Path log = dir.resolve("npm-ci.log");
            Process install = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!install.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                install.destroyForcibly();
                throw new IllegalStateException("npm ci for the Telegram emulator timed out; see " + log);
            }
            if (install.exitValue() != 0) {
                throw new IllegalStateException("npm ci for the Telegram emulator failed (" + install.exitValue()
                        + "):\n" + Files.readString(log));
            }
        }
        return dir;
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String entry : path.split(File.pathSeparator)) {
            Path candidate = Path.of(entry, program);
            if (!entry.isBlank() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A running emulator, and the person's side of it: send messages, press buttons, read what the bot sent. */
    static final class Emulator implements AutoCloseable {

        private static final ObjectMapper JSON = new ObjectMapper();
        private static final Duration WAIT = Duration.ofSeconds(15);

        private final Process process;
        private final int port;
        private final HttpClient http = HttpClient.newHttpClient();
        private int date = 1_700_000_000;

        private Emulator(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Emulator start(Path node, Path dir) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(node.toString(), "server.js", String.valueOf(port))
                    .directory(dir.toFile())
                    .redirectError(dir.resolve("emulator.log").toFile())
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("listening")) {
                            return line;
                        }
                    }
                    return "";
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                if (ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS).isEmpty()) {
                    throw new IllegalStateException("the Telegram emulator exited: "
                            + Files.readString(dir.resolve("emulator.log")));
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                throw new IllegalStateException("the Telegram emulator did not start; see "
                        + dir.resolve("emulator.log"), e);
            }
            return new Emulator(process, port);
        }

        /** Where the bot reaches the Bot API. */
        URI apiUrl() {
            return URI.create("http://127.0.0.1:" + port);
        }

        /** A person sends a text message (commands included) to the bot. */
        void say(String token, long chatId, String chatType, long userId, String name, String text) {
            ObjectNode body = JSON.createObjectNode().put("botToken", token).put("date", date++).put("text", text);
            body.set("from", person(userId, name));
            body.set("chat", JSON.createObjectNode().put("id", chatId).put("type", chatType));
            post("/sendMessage", body);
        }

        /** A person presses a button under one of the bot's messages. */
        void press(String token, long chatId, String chatType, long userId, String name, BotMessage message,
                   String data) {
            ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", chatType);
            ObjectNode pressed = JSON.createObjectNode().put("message_id", message.messageId()).put("date", date++)
                    .put("text", message.text());
            pressed.set("chat", chat);
            ObjectNode body = JSON.createObjectNode().put("botToken", token).put("data", data);
            body.set("from", person(userId, name));
            body.set("message", pressed);
            post("/sendCallback", body);
        }

        /** Waits until the bot has sent {@code count} new messages to the chat since last asked, and returns them. */
        List<BotMessage> awaitMessages(String token, long chatId, int count) throws InterruptedException {
            List<BotMessage> out = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (out.size() < count && System.nanoTime() < deadline) {
                JsonNode result = post("/getUpdates", JSON.createObjectNode().put("token", token)
                        .put("chatId", String.valueOf(chatId))).path("result");
                result.forEach(item -> out.add(BotMessage.of(item)));
                if (out.size() < count) {
                    Thread.sleep(50);
                }
            }
            if (out.size() < count) {
                throw new AssertionError("expected " + count + " messages in chat " + chatId + ", got " + out);
            }
            return out;
        }

        /** Every bot message as it is now (edits applied), waiting until one matches. */
        BotMessage awaitHistory(String token, Predicate<BotMessage> matching) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<BotMessage> seen = List.of();
            while (System.nanoTime() < deadline) {
                List<BotMessage> all = new ArrayList<>();
                post("/getUpdatesHistory", JSON.createObjectNode().put("token", token)).path("result")
                        .forEach(item -> {
                            if (item.has("messageId") && item.path("message").has("chat_id")) {
                                all.add(BotMessage.of(item));
                            }
                        });
                Optional<BotMessage> found = all.stream().filter(matching).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                seen = all;
                Thread.sleep(50);
            }
            throw new AssertionError("no bot message matched; history: " + seen);
        }

        /** The callback query answers the bot sent so far. */
        List<JsonNode> answeredCallbacks(String token) {
            List<JsonNode> out = new ArrayList<>();
            post("/answeredCallbacks", JSON.createObjectNode().put("token", token)).path("result").forEach(out::add);
            return out;
        }

        /** The callback query answers the bot sent, waiting until there are {@code count}. */
        List<JsonNode> awaitAnsweredCallbacks(String token, int count) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<JsonNode> out = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                out = answeredCallbacks(token);
                if (out.size() >= count) {
                    return out;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("expected " + count + " answered callbacks, got " + out);
        }

        private static ObjectNode person(long id, String name) {
            return JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", name);
        }

        private JsonNode post(String path, JsonNode body) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(apiUrl().resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new AssertionError("emulator " + path + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /**
     * A message the bot sent, as the emulator stored its request.
     *
     * @param messageId the id the emulator gave it
     * @param text      the HTML the bot sent
     * @param buttons   the inline keyboard's buttons as label and callback data, row by row
     * @param parseMode the parse mode the bot asked for
     * @param replyTo   the id of the message it answers, 0 for none
     */
    record BotMessage(int messageId, String text, List<Button> buttons, String parseMode, int replyTo) {

        /** An inline button: its callback data, or the URL a link button opens. */
        record Button(String label, String data) {
        }

        static BotMessage of(JsonNode item) {
            JsonNode message = item.path("message");
            List<Button> buttons = new ArrayList<>();
            message.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> buttons.add(
                    new Button(b.path("text").asText(), b.has("url") ? b.path("url").asText()
                            : b.path("callback_data").asText()))));
            return new BotMessage(item.path("messageId").asInt(), message.path("text").asText(), buttons,
                    message.path("parse_mode").asText(), message.path("reply_parameters").path("message_id").asInt());
        }

        /** The data of the button with this label. */
        String data(String label) {
            return buttons.stream().filter(b -> b.label().equals(label)).map(Button::data).findFirst()
                    .orElseThrow(() -> new AssertionError("no button " + label + " on " + this));
        }
    }
}
