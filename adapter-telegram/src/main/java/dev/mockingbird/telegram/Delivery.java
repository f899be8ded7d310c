package dev.mockingbird.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mockingbird.core.chat.PlatformReports;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Makes Bot API calls the way Telegram asks bots to: paced under its limits, waiting out a 429 for as long as its
 * {@code retry_after} says, retrying server errors and network failures with exponential back-off, and giving up
 * with one log line on a 400 or 403, marking a chat that blocked or removed the bot inactive. Nothing is retried
 * once a response has arrived that could mean the call took effect, so nothing is sent twice.
 */
final class Delivery {

    /** How a call ended. */
    sealed interface Result<T> {
        /** The call took effect; {@code value} is what Telegram returned (absent when it returned nothing). */
        record Done<T>(Optional<T> value) implements Result<T> {
        }

        /** The call did not take effect (or might not have), and will not be retried. */
        record Failed<T>(int status, String description) implements Result<T> {
        }

        default boolean done() {
            return this instanceof Done;
        }
    }

    /**
     * How hard to retry.
     *
     * @param attempts     tries for a server or network failure before giving up
     * @param firstBackOff the wait after the first such failure; doubled after each further one
     * @param maxBackOff   the longest wait between tries
     * @param rateLimited  how many 429s in a row to wait out before giving up
     */
    record Retry(int attempts, Duration firstBackOff, Duration maxBackOff, int rateLimited) {
        Retry {
            Objects.requireNonNull(firstBackOff, "firstBackOff");
            Objects.requireNonNull(maxBackOff, "maxBackOff");
        }

        static Retry standard() {
            return new Retry(5, Duration.ofMillis(500), Duration.ofSeconds(30), 10);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final int NOT_DELIVERED = 0;

    private final TelegramClient client;
    private final Pacer pacer;
    private final Sleeper sleeper;
    private final Retry retry;
    private final Optional<PlatformReports> gone;

    /**
     * The HTTP client for Bot API calls. OkHttp by default silently repeats a request whose connection failed, even
     * after the request went out (a kept-alive connection dropped just after Telegram took a message), which shows a
     * message twice; whether to try again is this class's decision alone, by method and by how far the call got.
     */
    static okhttp3.OkHttpClient httpClient() {
        return new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    }

    Delivery(TelegramClient client, Pacer pacer, Sleeper sleeper, Retry retry, Optional<PlatformReports> gone) {
        this.client = client;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.retry = retry;
        this.gone = gone;
    }

    /** A call that shows something in a chat (send, edit): paced for that chat. */
    <T extends Serializable> Result<T> toChat(long chatId, boolean group, BotApiMethod<T> method)
            throws InterruptedException {
        return call(Optional.of(chatId), group, method);
    }

    /** Answers a button press; toasts are not messages, so they are not paced. */
    Result<Boolean> answer(AnswerCallbackQuery answer) throws InterruptedException {
        return call(Optional.empty(), false, answer);
    }

    private <T extends Serializable> Result<T> call(Optional<Long> chatId, boolean group, BotApiMethod<T> method)
            throws InterruptedException {
        String where = chatId.map(id -> " to chat " + id).orElse("");
        int failures = 0;
        int rateLimits = 0;
        while (true) {
            if (chatId.isPresent()) {
                pacer.acquire(chatId.get(), group);
            }
            try {
                return new Result.Done<>(Optional.ofNullable(client.execute(method)));
            } catch (TelegramApiRequestException e) {
                Integer status = e.getErrorCode();
                if (status == null) {
                    // A response arrived but could not be read: the call may well have worked, so do not repeat it.
                    LOG.warn("Telegram {}{}: unreadable response ({}); not retrying", method.getMethod(), where,
                            describe(e));
                    return new Result.Failed<>(NOT_DELIVERED, "unreadable response");
                }
                String description = Optional.ofNullable(e.getApiResponse()).orElse("");
                report(PlatformReports.outcome(status));
                if (status == 429 && ++rateLimits <= retry.rateLimited()) {
                    Duration wait = retryAfter(e);
                    LOG.info("Telegram {}{} rate limited; retrying after {} s", method.getMethod(), where,
                            wait.toSeconds());
                    sleeper.sleep(wait);
                    continue;
                }
                if (status >= 500 && ++failures < retry.attempts()) {
                    LOG.info("Telegram {}{} failed with {}; retrying", method.getMethod(), where, status);
                    sleeper.sleep(backOff(failures));
                    continue;
                }
                LOG.warn("Telegram {}{} failed with {}: {}; giving up", method.getMethod(), where, status,
                        description);
                chatId.ifPresent(id -> markInactiveIfGone(id, status, description));
                return new Result.Failed<>(status, description);
            } catch (TelegramApiException e) {
                report("network");
                if (isNetwork(e) && !notSent(e) && !idempotent(method)) {
                    // The request went out and no answer came (a read timeout, a reset): Telegram may well have
                    // shown the message. Sending it again could show it twice, so it is left as most likely sent.
                    LOG.warn("Telegram {}{}: no answer after sending ({}); not retrying, it may have arrived",
                            method.getMethod(), where, describe(e));
                    return new Result.Failed<>(NOT_DELIVERED, MAYBE_SENT);
                }
                if (isNetwork(e) && ++failures < retry.attempts()) {
                    LOG.info("Telegram {}{} did not get through ({}); retrying", method.getMethod(), where,
                            describe(e));
                    sleeper.sleep(backOff(failures));
                    continue;
                }
                LOG.warn("Telegram {}{} failed ({}); giving up", method.getMethod(), where, describe(e));
                return new Result.Failed<>(NOT_DELIVERED, describe(e));
            } catch (RuntimeException e) {
                // The library throws unchecked on malformed responses; the call may have worked, so no retry.
                LOG.warn("Telegram {}{} failed ({}); giving up", method.getMethod(), where, describe(e));
                return new Result.Failed<>(NOT_DELIVERED, describe(e));
            }
        }
    }

    /** Counted for the operator's metrics; every failed try counts, retried or not. */
    private void report(String outcome) {
        gone.ifPresent(reports -> reports.apiFailed(UpdateTranslator.PLATFORM, outcome));
    }

    private Duration backOff(int failures) {
        Duration wait = retry.firstBackOff().multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(retry.maxBackOff()) > 0 ? retry.maxBackOff() : wait;
    }

    private static Duration retryAfter(TelegramApiRequestException e) {
        Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        return Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
    }

    /** What a send that may have arrived ends with; the outbound port counts it as sent. */
    static final String MAYBE_SENT = "no answer after sending";

    /** Failures that happen before a request is written: nothing reached Telegram, so trying again is safe. */
    private static boolean notSent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException
                    || t instanceof java.net.SocketTimeoutException timeout
                    && String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls Telegram applies at most once whatever the retries: an edit sets the same text again (Telegram answers
     * "not modified"), a press answered twice is refused, reads change nothing. Sends create a new message each time.
     */
    private static boolean idempotent(BotApiMethod<?> method) {
        return !method.getMethod().toLowerCase(Locale.ROOT).startsWith("send")
                && !method.getMethod().toLowerCase(Locale.ROOT).startsWith("forward")
                && !method.getMethod().toLowerCase(Locale.ROOT).startsWith("copy");
    }

    /** Connection refused or reset, timeouts: the request did not get an answer. Unreadable JSON is not one. */
    private static boolean isNetwork(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** 403 means blocked, kicked or deactivated; some 400s say the chat is gone. Either way, stop posting there. */
    private void markInactiveIfGone(long chatId, int status, String description) {
        if (gone(status, description)) {
            // The engine owns chat status; it logs what it marked.
            gone.ifPresent(chats -> chats.gone(UpdateTranslator.PLATFORM, String.valueOf(chatId),
                    status + (description.isBlank() ? "" : " " + description)));
        }
    }

    /** Whether a failure means the bot can no longer post to the chat (blocked, kicked, chat deleted). */
    static boolean gone(int status, String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        return status == 403 || (status == 400 && (lower.contains("chat not found") || lower.contains("kicked")
                || lower.contains("blocked") || lower.contains("deactivated") || lower.contains("not enough rights")
                || lower.contains("upgraded to a supergroup")));
    }

    /** An exception in one line, without anything from the request URL (which holds the token). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = Optional.ofNullable(root.getMessage()).orElse("");
        // OkHttp names the URL in some messages, and the URL carries the bot token after /bot.
        message = message.replaceAll("/bot[^/\\s]+", "/bot***");
        return root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }
}
