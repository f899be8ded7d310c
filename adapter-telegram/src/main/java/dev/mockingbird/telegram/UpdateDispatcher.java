package dev.mockingbird.telegram;

import dev.mockingbird.core.UpdateInProgress;
import dev.mockingbird.core.chat.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes polled updates off the polling thread: each chat's updates are handled in order, one at a time, and chats
 * run in parallel, so pacing one chat never holds up another. Never throws into the poller (a throw there would
 * cancel the library's polling task).
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateTranslator translator;
    private final UpdateHandler handler;
    private final Executor workers;
    /** The last update queued per chat: later updates of that chat are asked after it, and sent after it. */
    private final Map<Long, Tail> tails = new ConcurrentHashMap<>();

    /**
     * A chat's queue has two stages. The engine answers a chat's updates one at a time, in order (its sessions
     * expect that), which takes milliseconds; sending takes as long as Telegram's pacing allows. A press is answered
     * as soon as the engine has answered it, not after the chat's earlier sends, so its spinner never waits behind
     * them; its messages still go out after theirs.
     */
    private record Tail(CompletableFuture<Void> asked, CompletableFuture<Void> sent) {
    }

    UpdateDispatcher(UpdateTranslator translator, UpdateHandler handler, Executor workers) {
        this.translator = translator;
        this.handler = handler;
        this.workers = workers;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                translator.translate(update).ifPresent(this::enqueue);
            } catch (RuntimeException e) {
                LOG.error("Could not read Telegram update {}", update.getUpdateId(), e);
            }
        }
    }

    /**
     * One update delivered by a webhook: handled in its chat's order like polled ones; the future completes when it
     * has been handled (its effects stored, its replies sent or given up), true, or at once, false, when the update
     * is nothing the bot acts on.
     */
    CompletableFuture<Boolean> submit(Update update) {
        return translator.translate(update).map(incoming -> enqueue(incoming).thenApply(done -> true))
                .orElseGet(() -> CompletableFuture.completedFuture(false));
    }

    private CompletableFuture<Void> enqueue(Incoming incoming) {
        long chat = incoming.chatId();
        Tail next = tails.compute(chat, (k, tail) -> {
            CompletableFuture<Void> asked = Optional.ofNullable(tail).map(Tail::asked)
                    .orElse(CompletableFuture.completedFuture(null)).handle((ok, failure) -> null);
            CompletableFuture<Void> sent = Optional.ofNullable(tail).map(Tail::sent)
                    .orElse(CompletableFuture.completedFuture(null)).handle((ok, failure) -> null);
            CompletableFuture<List<Reply>> replies = asked.thenApplyAsync(ok -> handler.answer(incoming), workers);
            return new Tail(replies.thenApply(r -> null), replies.thenCombine(sent, (r, ok) -> r)
                    .thenAcceptAsync(r -> handler.send(incoming, r), workers));
        });
        next.sent().whenComplete((ok, failure) -> {
            tails.remove(chat, next);
            Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause()
                    : failure;
            if (cause instanceof UpdateInProgress) {
                LOG.debug("Telegram update for chat {} is being answered by another instance", chat);
            } else if (cause != null) {
                LOG.error("Telegram update for chat {} was not handled", chat, cause);
            }
        });
        return next.sent();
    }

    /** Nothing to release here: the bot owns and stops the workers. */
    @Override
    public void close() {
    }

    /** Waits up to {@code limit} for work still queued or running, so a stopping bot sends what it has. */
    void drain(java.time.Duration limit) {
        try {
            pending().get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warn("Telegram replies still pending after {} s; stopping them", limit.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("A Telegram reply failed while stopping", e.getCause());
        }
    }

    /** Work still queued or running, for a clean shutdown. */
    CompletableFuture<Void> pending() {
        return CompletableFuture.allOf(tails.values().stream().map(Tail::sent).toArray(CompletableFuture[]::new));
    }
}
