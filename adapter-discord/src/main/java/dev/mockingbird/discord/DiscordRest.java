package dev.mockingbird.discord;

import dev.mockingbird.core.chat.PlatformReports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few REST calls the bot makes on its own schedule, by id, whichever shard (and instance) holds the guild: JDA can
 * only send to channels in its own shards' caches. Honours Discord's rate limits: waits out a 429 or an exhausted
 * bucket when the wait is short, and fails as "try later" when it is not. Large deployments put a shared-limit proxy
 * (nirn-proxy) in front with {@code DISCORD_API_URL}.
 */
final class DiscordRest {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordRest.class);
    static final URI DISCORD = URI.create("https://discord.com/api/v10/");
    /** Longer waits are not worth holding the scheduler's thread for: the post is tried again later. */
    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final int TRIES = 3;
    private static final String USER_AGENT = "DiscordBot (https://github.com/mockingbird-bot/mockingbird, 0.1)";

    /** A call Discord refused or that did not get through. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** HTTP status, or 0 when no answer came. */
        final int status;
        /** Discord's JSON error code (10003 unknown channel, 50007 cannot DM the user…), or 0. */
        final int code;

        Failure(int status, int code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        /** Whether trying again later cannot help: the target is gone or the bot may not post there. */
        boolean permanent() {
            return status == 403 || status == 404 || (status == 400 && code == 50_007);
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    /** When each route may be called again, from Discord's bucket headers; keyed by method and path. */
    private final Map<String, Long> readyAt = new ConcurrentHashMap<>();
    private final PlatformReports reports;

    DiscordRest(HttpClient http, Optional<URI> base, String token, PlatformReports reports) {
        this.http = http;
        this.reports = reports;
        URI root = base.orElse(DISCORD);
        this.base = root.toString().endsWith("/") ? root : URI.create(root + "/");
        this.authorization = "Bot " + token;
    }

    /** POSTs a JSON body and returns Discord's JSON answer. */
    DataObject post(String path, DataObject body) {
        return call("POST", path, body.toJson());
    }

    private DataObject call(String method, String path, byte[] body) {
        String route = method + " " + path;
        for (int attempt = 1; ; attempt++) {
            waitForBucket(route);
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", authorization)
                        .header("User-Agent", USER_AGENT)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                reports.apiFailed(InteractionListener.PLATFORM, "network");
                // Not retried: the message may have been posted with only the answer lost, and a post is not
                // idempotent. The caller tries the whole post again later, as for any passing failure.
                throw new Failure(0, 0, route + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(0, 0, route + ": interrupted");
            }
            remember(route, response);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response.body().isBlank() ? DataObject.empty() : DataObject.fromJson(response.body());
            }
            reports.apiFailed(InteractionListener.PLATFORM, PlatformReports.outcome(status));
            Optional<DataObject> error = json(response.body());
            int code = error.map(e -> e.getInt("code", 0)).orElse(0);
            if (status == 429 && attempt < TRIES) {
                Duration wait = retryAfter(response, error);
                if (wait.compareTo(MAX_WAIT) <= 0) {
                    LOG.debug("Discord rate-limited {}; waiting {} ms", route, wait.toMillis());
                    sleep(wait);
                    continue;
                }
            }
            if (status >= 500 && attempt < TRIES) {
                // Discord answered that it failed, so nothing was posted: safe to try again.
                sleep(Duration.ofMillis(250L * attempt));
                continue;
            }
            String message = error.map(e -> e.getString("message", "")).orElse("");
            throw new Failure(status, code, route + ": HTTP " + status + (code != 0 ? " code " + code : "")
                    + (message.isEmpty() ? "" : " (" + message + ")"));
        }
    }

    private static Optional<DataObject> json(String body) {
        try {
            return body.isBlank() ? Optional.empty() : Optional.of(DataObject.fromJson(body));
        } catch (RuntimeException e) {
            return Optional.empty(); // An HTML error page from a proxy, say: the status says enough.
        }
    }

    private static Duration retryAfter(HttpResponse<String> response, Optional<DataObject> error) {
        double seconds = error.map(e -> e.getDouble("retry_after", -1)).orElse(-1.0);
        if (seconds < 0) {
            seconds = response.headers().firstValue("Retry-After").map(DiscordRest::number).orElse(1.0);
        }
        return Duration.ofMillis((long) Math.ceil(seconds * 1_000));
    }

    /** Keeps a bucket that Discord says is used up closed until it resets. */
    private void remember(String route, HttpResponse<String> response) {
        boolean exhausted = response.headers().firstValue("X-RateLimit-Remaining").filter("0"::equals).isPresent();
        Optional<Double> resetAfter = response.headers().firstValue("X-RateLimit-Reset-After").map(DiscordRest::number);
        if (exhausted && resetAfter.isPresent()) {
            readyAt.put(route, System.nanoTime() + (long) (resetAfter.get() * 1_000_000_000L));
        } else {
            readyAt.remove(route);
        }
    }

    private void waitForBucket(String route) {
        Long ready = readyAt.get(route);
        if (ready == null) {
            return;
        }
        long waitNanos = ready - System.nanoTime();
        if (waitNanos <= 0) {
            return;
        }
        if (waitNanos > MAX_WAIT.toNanos()) {
            throw new Failure(429, 0, route + ": rate limit resets in " + waitNanos / 1_000_000 + " ms");
        }
        sleep(Duration.ofNanos(waitNanos));
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(0, 0, "interrupted while waiting for Discord's rate limit");
        }
    }
}
