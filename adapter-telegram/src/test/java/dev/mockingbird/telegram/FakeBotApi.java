package dev.mockingbird.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A Bot API server on loopback that answers from a script: per method, the next faults to serve (an error status, a
 * dropped connection) before behaving. Records what it accepted, so tests can tell "sent once" from "sent twice".
 */
final class FakeBotApi implements AutoCloseable {

    /** What to do with the next request of a method. */
    sealed interface Fault {
        /** Answer with this status and Bot API error body. */
        record Status(int code, String description, Integer retryAfter) implements Fault {
        }

        /** Close the connection without an answer. */
        record Drop() implements Fault {
        }

        /** Accept the call, then answer only after this long: past a client's read timeout, "sent, reply lost". */
        record Stall(long millis) implements Fault {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Integer> requests = new HashMap<>();
    private final List<JsonNode> accepted = new ArrayList<>();
    private final LinkedBlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private int messageId = 1;

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::serve);
        server.start();
    }

    TelegramUrl url() {
        return new TelegramUrl("http", "127.0.0.1", server.getAddress().getPort(), false);
    }

    java.net.URI uri() {
        return java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves these faults, in order, to the next requests of the method. */
    synchronized FakeBotApi fail(String method, Fault... next) {
        faults.computeIfAbsent(method.toLowerCase(java.util.Locale.ROOT), k -> new ArrayDeque<>())
                .addAll(List.of(next));
        return this;
    }

    /** An update (its JSON) for the bot's next getUpdates. */
    void push(String updateJson) {
        updates.add(updateJson);
    }

    /** The bodies of the calls of this method that succeeded. */
    synchronized List<JsonNode> accepted(String method) {
        return accepted.stream().filter(n -> n.path("_method").asText().equalsIgnoreCase(method)).toList();
    }

    /** How many requests of this method arrived, faults included. */
    synchronized int requests(String method) {
        return requests.getOrDefault(method.toLowerCase(java.util.Locale.ROOT), 0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        byte[] body = exchange.getRequestBody().readAllBytes();
        Fault fault;
        synchronized (this) {
            requests.merge(method, 1, Integer::sum);
            Deque<Fault> queue = faults.get(method);
            fault = queue == null ? null : queue.poll();
        }
        switch (fault) {
            case Fault.Drop drop -> {
                exchange.close(); // no status line: the client sees the connection end
                return;
            }
            case Fault.Stall stall -> {
                String answer = behave(method, body);
                try {
                    Thread.sleep(stall.millis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                try {
                    respond(exchange, 200, answer);
                } catch (IOException e) {
                    exchange.close(); // The client gave up waiting, as intended.
                }
                return;
            }
            case Fault.Status status -> {
                String parameters = status.retryAfter() == null ? ""
                        : ",\"parameters\":{\"retry_after\":" + status.retryAfter() + "}";
                respond(exchange, status.code(), "{\"ok\":false,\"error_code\":" + status.code()
                        + ",\"description\":" + JSON.writeValueAsString(status.description()) + parameters + "}");
                return;
            }
            case null -> {
            }
        }
        respond(exchange, 200, behave(method, body));
    }

    private String behave(String method, byte[] body) throws IOException {
        if (method.equals("getupdates")) {
            List<String> batch = new ArrayList<>();
            try {
                String first = updates.poll(300, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    updates.drainTo(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}";
        }
        if (method.equals("getme")) {
            return "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Mockingbird\","
                    + "\"username\":\"MockingbirdBot\"}}";
        }
        JsonNode request = body.length == 0 ? JSON.createObjectNode() : body[0] == '-' ? form(body) : JSON.readTree(body);
        synchronized (this) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) request).put("_method", method);
            accepted.add(request);
            if (method.equals("sendmessage")) {
                String chat = request.path("chat_id").asText();
                return "{\"ok\":true,\"result\":{\"message_id\":" + (messageId++) + ",\"date\":1700000000,"
                        + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":"
                        + JSON.writeValueAsString(request.path("text").asText()) + "}}";
            }
        }
        return "{\"ok\":true,\"result\":true}";
    }

    /** A multipart form (how the library sends setWebhook) as one JSON object; JSON-looking values are parsed. */
    private static JsonNode form(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        String boundary = text.substring(0, text.indexOf("\r\n"));
        com.fasterxml.jackson.databind.node.ObjectNode form = JSON.createObjectNode();
        for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
            var name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            int start = part.indexOf("\r\n\r\n");
            if (!name.find() || start < 0) {
                continue;
            }
            String value = part.substring(start + 4).replaceAll("\r\n$", "");
            form.set(name.group(1), value.startsWith("[") || value.startsWith("{") || value.equals("true")
                    || value.equals("false") ? JSON.readTree(value) : JSON.getNodeFactory().textNode(value));
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
