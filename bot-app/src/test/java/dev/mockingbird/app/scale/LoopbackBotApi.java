package dev.mockingbird.app.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Telegram Bot API as several webhook instances see it, on loopback: it answers every method the bot calls, names
 * the given users as group admins, and records every message the instances send, by chat.
 */
final class LoopbackBotApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PART_NAME = Pattern.compile("name=\"([^\"]+)\"");

    private final HttpServer server;
    private final Set<String> admins;
    private final Map<String, List<Sent>> sent = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1);

    /** A message an instance sent. */
    record Sent(String chatId, String text, long atNanos) {
    }

    private LoopbackBotApi(HttpServer server, Set<String> admins) {
        this.server = server;
        this.admins = admins;
    }

    /** Starts on a free loopback port; {@code admins} are the user ids getChatMember calls administrators. */
    static LoopbackBotApi start(Set<String> admins) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        LoopbackBotApi api = new LoopbackBotApi(server, admins);
        server.createContext("/", api::serve);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return api;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The messages sent to this chat, in the order they arrived. */
    List<Sent> sentTo(String chatId) {
        synchronized (sent) {
            return List.copyOf(sent.getOrDefault(chatId, List.of()));
        }
    }

    /** Every message sent, to any chat. */
    int sentInAll() {
        synchronized (sent) {
            return sent.values().stream().mapToInt(List::size).sum();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            JsonNode request = read(exchange.getRequestBody().readAllBytes());
            respond(exchange, switch (method) {
                case "getme" -> "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Mockingbird\","
                        + "\"username\":\"MockingbirdBot\"}}";
                case "getchatmember" -> {
                    String user = request.path("user_id").asText();
                    String status = admins.contains(user) ? "administrator" : "member";
                    yield "{\"ok\":true,\"result\":{\"status\":\"" + status + "\",\"user\":{\"id\":" + user
                            + ",\"is_bot\":false,\"first_name\":\"U\"},\"can_be_edited\":false,"
                            + "\"is_anonymous\":false}}";
                }
                case "sendmessage" -> {
                    String chat = request.path("chat_id").asText();
                    synchronized (sent) {
                        sent.computeIfAbsent(chat, c -> new ArrayList<>())
                                .add(new Sent(chat, request.path("text").asText(), System.nanoTime()));
                    }
                    yield "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.getAndIncrement()
                            + ",\"date\":1700000000,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":"
                            + JSON.writeValueAsString(request.path("text").asText()) + "}}";
                }
                default -> "{\"ok\":true,\"result\":true}";
            });
        }
    }

    /** JSON, or a multipart form (how telegrambots sends some methods) as one JSON object. */
    private static JsonNode read(byte[] body) throws IOException {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        if (body[0] != '-') {
            return JSON.readTree(body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String boundary = text.substring(0, text.indexOf("\r\n"));
        ObjectNode form = JSON.createObjectNode();
        for (String part : text.split(Pattern.quote(boundary))) {
            Matcher name = PART_NAME.matcher(part);
            int start = part.indexOf("\r\n\r\n");
            if (name.find() && start >= 0) {
                form.put(name.group(1), part.substring(start + 4).replaceAll("\r\n$", ""));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
