package dev.mockingbird.discord;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Discord's REST API and gateway, as far as the adapter uses them, on 127.0.0.1: enough for real JDA to log in,
 * register commands, receive interactions and answer them. Every REST call is recorded for the test to read.
 */
final class FakeDiscord implements AutoCloseable {

    static final String APPLICATION_ID = "500";
    /** A user id Discord answers "Unknown User" for. */
    static final String UNKNOWN_USER = "404";
    static final String SELF = """
            {"id":"500","username":"mockingbird","discriminator":"0000","global_name":null,"avatar":null,
             "bot":true,"flags":0}""";

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final CompletableFuture<WebSocket> session = new CompletableFuture<>();
    /** Each IDENTIFY's shard, as {@code [id, total]}, in the order they came. */
    private final BlockingQueue<List<Integer>> identified = new LinkedBlockingQueue<>();
    /** Each open gateway connection and whether it is compressed, to send through the right way. */
    private final java.util.Map<WebSocket, Gateway> connections = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, java.util.Deque<MockResponse>> faults =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The connection that identified or resumed last: where dispatches go. */
    private final java.util.concurrent.atomic.AtomicReference<WebSocket> latest =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final AtomicInteger identifyCount = new AtomicInteger();
    private final AtomicInteger resumeCount = new AtomicInteger();
    /** How many shards {@code /gateway/bot} recommends. */
    private volatile int recommendedShards = 1;
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(7_000);

    /** One REST call: its method, path and JSON body (the payload part of a multipart body). */
    record Call(String method, String path, String body) {
        DataObject json() {
            return DataObject.fromJson(body);
        }

        DataArray array() {
            return DataArray.fromJson(body);
        }
    }

    private final List<String> guilds;
    private final boolean rejectsToken;

    /** Discord for a bot in no guild (DMs only). */
    FakeDiscord() throws IOException {
        this(List.of(), false);
    }

    /**
     * Discord for a bot in these guilds, each given as its GUILD_CREATE payload, that may refuse the bot's token.
     */
    FakeDiscord(List<String> guilds, boolean rejectsToken) throws IOException {
        this.guilds = List.copyOf(guilds);
        this.rejectsToken = rejectsToken;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.equals("/gateway")) {
                    // Discord's zlib-stream when the client asks for it (JDA does unless told otherwise).
                    boolean zlib = "zlib-stream".equals(request.getUrl().queryParameter("compress"));
                    return new MockResponse.Builder().webSocketUpgrade(new Gateway(zlib)).build();
                }
                String body = payload(request);
                calls.add(new Call(request.getMethod(), path, body));
                Optional<MockResponse> fault = fault(request.getMethod(), path);
                return fault.orElseGet(() -> answer(request.getMethod(), path, body));
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    URI restBase() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/api/v10/");
    }

    URI gateway() {
        return URI.create("ws://127.0.0.1:" + server.getPort() + "/gateway");
    }

    /** Sends a gateway dispatch to the session identified (or resumed) last. */
    void dispatch(String type, String data) throws Exception {
        send(Optional.ofNullable(latest.get()).orElse(session.get(10, TimeUnit.SECONDS)), type, data);
    }

    /**
     * The next requests matching a method and a path pattern get these answers, in order, instead of the usual one:
     * how Discord's 429s, 5xx and error codes are played.
     */
    void failNext(String method, String pathPattern, MockResponse... answers) {
        faults.computeIfAbsent(method + " " + pathPattern, k -> new java.util.concurrent.ConcurrentLinkedDeque<>())
                .addAll(List.of(answers));
    }

    private Optional<MockResponse> fault(String method, String path) {
        for (var entry : faults.entrySet()) {
            String[] key = entry.getKey().split(" ", 2);
            if (key[0].equals(method) && path.matches(key[1])) {
                MockResponse next = entry.getValue().poll();
                if (next != null) {
                    return Optional.of(next);
                }
            }
        }
        return Optional.empty();
    }

    /** A JSON error as Discord sends it, with any headers (Retry-After, X-RateLimit-*). */
    static MockResponse error(int status, String json, String... headers) {
        MockResponse.Builder builder = new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "application/json").body(json);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    /** Asks the session to reconnect (op 7), as Discord does when it moves a session; JDA resumes it. */
    void askToReconnect() {
        raw(java.util.Objects.requireNonNull(latest.get(), "no session"), "{\"op\":7,\"d\":null}");
    }

    /** Invalidates the session (op 9, not resumable); JDA identifies anew. */
    void invalidateSession() {
        raw(java.util.Objects.requireNonNull(latest.get(), "no session"), "{\"op\":9,\"d\":false}");
    }

    /** How many times a session identified (op 2) and resumed (op 6) so far. */
    int identifies() {
        return identifyCount.get();
    }

    int resumes() {
        return resumeCount.get();
    }

    private void send(WebSocket socket, String type, String data) {
        raw(socket, "{\"op\":0,\"t\":\"" + type + "\",\"s\":" + sequence.incrementAndGet() + ",\"d\":" + data + "}");
    }

    private void raw(WebSocket socket, String text) {
        Gateway gateway = connections.get(socket);
        if (gateway != null && gateway.zlib) {
            socket.send(gateway.deflate(text));
        } else {
            socket.send(text);
        }
    }

    /** Makes {@code /gateway/bot} recommend this many shards. */
    void recommendShards(int count) {
        recommendedShards = count;
    }

    /** The shards that identified within 10 s, as {@code [id, total]} each, sorted; waits for {@code count}. */
    List<List<Integer>> identifiedShards(int count) throws InterruptedException {
        return identifiedShards(count, Duration.ofSeconds(10));
    }

    /** The shards that identified within {@code wait}, as {@code [id, total]} each, sorted; up to {@code count}. */
    List<List<Integer>> identifiedShards(int count, Duration wait) throws InterruptedException {
        List<List<Integer>> shards = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (shards.size() < count) {
            List<Integer> next = identified.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            shards.add(next);
        }
        shards.sort(java.util.Comparator.comparing(List::getFirst));
        return shards;
    }

    /** Whether some gateway connection was compressed with zlib-stream. */
    boolean compressed() {
        return connections.values().stream().anyMatch(g -> g.zlib);
    }

    /** The next REST call with this method and path, waiting for it; calls before it are passed over. */
    Call take(String method, String path) throws InterruptedException {
        List<Call> passed = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Call call = calls.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (call != null && call.method().equals(method) && call.path().equals(path)) {
                return call;
            }
            if (call != null) {
                passed.add(call);
            }
        }
        throw new AssertionError("no " + method + " " + path + " within 10 s; saw " + passed);
    }

    private MockResponse answer(String method, String path, String body) {
        if (rejectsToken) {
            return json(401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
        }
        if (method.equals("GET") && path.equals("/api/v10/gateway/bot")) {
            return json(200, """
                    {"url":"%s","shards":%d,"session_start_limit":{"total":1000,"remaining":1000,"reset_after":0,
                     "max_concurrency":16}}""".formatted(gateway(), recommendedShards));
        }
        if (method.equals("GET") && path.equals("/api/v10/users/@me")) {
            return json(200, SELF);
        }
        if (method.equals("PUT") && path.matches("/api/v10/applications/\\d+(/guilds/\\d+)?/commands")) {
            return json(200, "[]");
        }
        if (method.equals("POST") && path.matches("/api/v10/interactions/\\d+/[^/]+/callback")) {
            return new MockResponse.Builder().code(204).build();
        }
        if (path.matches("/api/v10/webhooks/\\d+/[^/]+(/messages/@original)?")) {
            return json(200, message("3000"));
        }
        if (method.equals("POST") && path.equals("/api/v10/channels/" + UNKNOWN_USER + "/messages")) {
            return json(404, "{\"message\":\"Unknown Channel\",\"code\":10003}");
        }
        if (method.equals("POST") && path.matches("/api/v10/channels/\\d+/messages/\\d+/threads")) {
            // A thread started from a message has the message's id.
            String[] parts = path.split("/");
            return json(201, """
                    {"id":"%s","type":11,"guild_id":"1000","parent_id":"%s","name":"%s","owner_id":"500",
                     "thread_metadata":{"archived":false,"auto_archive_duration":1440,"locked":false,
                                        "archive_timestamp":"2026-01-01T00:00:00.000000+00:00"},
                     "message_count":0,"member_count":1,"rate_limit_per_user":0,"flags":0}"""
                    .formatted(parts[6], parts[4], DataObject.fromJson(body).getString("name")));
        }
        if (method.equals("POST") && path.matches("/api/v10/channels/\\d+/messages")) {
            return json(200, message(path.split("/")[4]));
        }
        if (method.equals("POST") && path.equals("/api/v10/users/@me/channels")) {
            // Opening a DM: user 404 is one Discord does not know; everyone else gets DM channel 3000.
            String recipient = DataObject.fromJson(body).getString("recipient_id");
            if (recipient.equals(UNKNOWN_USER)) {
                return json(404, "{\"message\":\"Unknown User\",\"code\":10013}");
            }
            return json(200, """
                    {"id":"3000","type":1,"last_message_id":null,"recipients":[
                     {"id":"%s","username":"u%s","discriminator":"0","global_name":null,"avatar":null}]}"""
                    .formatted(recipient, recipient));
        }
        return json(404, "{\"message\":\"Unknown route\",\"code\":0}");
    }

    /** The id of the last message the bot posted here. */
    String lastMessageId() {
        return String.valueOf(messageIds.get());
    }

    /** A message posted by the bot, as Discord returns it. */
    String message(String channelId) {
        return """
                {"id":"%d","channel_id":"%s","type":0,"content":"","author":%s,
                 "timestamp":"2026-01-01T00:00:00.000000+00:00",
                 "edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],"mention_roles":[],
                 "attachments":[],"embeds":[],"components":[],"pinned":false,"flags":0}"""
                .formatted(messageIds.incrementAndGet(), channelId, SELF);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** The JSON a request carried: the body itself, or the payload_json part of a multipart body. */
    private static String payload(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        String type = String.valueOf(request.getHeaders().get("Content-Type"));
        if (!type.startsWith("multipart/")) {
            return body;
        }
        int part = body.indexOf("name=\"payload_json\"");
        int start = body.indexOf("\r\n\r\n", part) + 4;
        int end = body.indexOf("\r\n--", start);
        return body.substring(start, end);
    }

    @Override
    public void close() {
        session.thenAccept(socket -> socket.close(1000, "test over"));
        server.close();
    }

    /** The gateway: HELLO on connect, READY on IDENTIFY, an ACK for every heartbeat. */
    private final class Gateway extends WebSocketListener {
        final boolean zlib;
        /** One deflater for the whole connection: zlib-stream shares its window across messages. */
        private final java.util.zip.Deflater deflater = new java.util.zip.Deflater();

        Gateway(boolean zlib) {
            this.zlib = zlib;
        }

        /** A message as zlib-stream sends it: the connection's stream, flushed to end in 00 00 ff ff. */
        synchronized okio.ByteString deflate(String text) {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8_192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            return okio.ByteString.of(out.toByteArray());
        }

        @Override
        public void onOpen(WebSocket socket, Response response) {
            connections.put(socket, this);
            raw(socket, "{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":41250}}");
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            DataObject payload = DataObject.fromJson(text);
            int op = payload.getInt("op");
            if (op == 1) {
                raw(socket, "{\"op\":11}");
            } else if (op == 6) {
                // RESUME: the session goes on where it was; Discord replays what was missed, here nothing.
                resumeCount.incrementAndGet();
                latest.set(socket);
                send(socket, "RESUMED", "{}");
            } else if (op == 2) {
                identifyCount.incrementAndGet();
                latest.set(socket);
                payload.getObject("d").optArray("shard").ifPresent(
                        shard -> identified.add(List.of(shard.getInt(0), shard.getInt(1))));
                // As Discord does: READY names the guilds as unavailable, then a GUILD_CREATE brings each one.
                DataArray unavailable = DataArray.empty();
                guilds.forEach(g -> unavailable.add(DataObject.empty()
                        .put("id", DataObject.fromJson(g).getString("id")).put("unavailable", true)));
                String ready = """
                        {"v":10,"user":%s,"guilds":%s,"private_channels":[],"session_id":"fake-session",
                         "resume_gateway_url":"%s","application":{"id":"%s","flags":0}}"""
                        .formatted(SELF, unavailable, gateway(), APPLICATION_ID);
                send(socket, "READY", ready);
                guilds.forEach(g -> send(socket, "GUILD_CREATE", g));
                session.complete(socket);
            }
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            connections.remove(socket);
            socket.close(1000, null);
        }
    }
}
