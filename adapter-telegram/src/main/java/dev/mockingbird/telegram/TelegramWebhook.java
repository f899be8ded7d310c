package dev.mockingbird.telegram;

import dev.mockingbird.core.ChatEngine;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Telegram bot that receives its updates by webhook, for running several instances behind a load balancer: on
 * start it registers the public URL with {@code setWebhook} (its secret token, only the update types the bot handles,
 * pending updates kept), and the app's HTTP server hands each POST to {@link #receive}.
 */
public interface TelegramWebhook extends TelegramBot {

    /** Bodies larger than this are refused unread: a real update is a few kilobytes. */
    int MAX_BODY = 1 << 20;

    /** The path of the public URL, where the app's HTTP server must route Telegram's POSTs. */
    String path();

    /**
     * One POST from Telegram. It is acknowledged (200) only after the update has been handled and its effects stored,
     * so Telegram redelivers what an instance did not finish; a redelivery is handled once across instances by the
     * engine's update log. A missing or wrong secret gets 401, a body that is not an update 400, an oversized one 413;
     * none of them reaches the engine.
     *
     * @param secret the {@code X-Telegram-Bot-Api-Secret-Token} header, if any
     * @param body   the request body, at most {@link #MAX_BODY} bytes plus one (to tell it was larger)
     */
    Response receive(Optional<String> secret, byte[] body);

    /**
     * What to answer Telegram.
     *
     * @param status the HTTP status
     * @param body   a short plain-text body
     */
    record Response(int status, String body) {
        public Response {
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * Where Telegram should deliver updates.
     *
     * @param url    the public HTTPS URL (plain HTTP only on loopback, for tests and local Bot API servers)
     * @param secret the secret token Telegram sends back in every request: 1 to 256 of A-Z, a-z, 0-9, _ and -
     */
    record Settings(URI url, String secret) {

        private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

        public Settings {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
            boolean loopback = "127.0.0.1".equals(url.getHost()) || "localhost".equals(url.getHost());
            if (url.getHost() == null || !("https".equals(url.getScheme())
                    || ("http".equals(url.getScheme()) && loopback))) {
                throw new IllegalArgumentException("the webhook URL must be https://host/path (Telegram calls only "
                        + "HTTPS), not " + url);
            }
            if (!SECRET.matcher(secret).matches()) {
                throw new IllegalArgumentException("the webhook secret must be 1 to 256 letters, digits, _ or -");
            }
        }

        @Override
        public String toString() {
            return "Settings[url=" + url + ", secret=***]";
        }
    }

    /**
     * Connects to the Bot API named by the settings, publishes the command menu, registers the webhook and handles
     * what {@link #receive} is given until closed. Closing does not delete the webhook: other instances still serve it.
     *
     * @throws IllegalStateException when the webhook cannot be registered (the message never contains the token)
     */
    static TelegramWebhook start(ChatEngine engine, TelegramSettings settings, Settings webhook) {
        return WebhookTelegramBot.start(engine, settings, webhook);
    }
}
