package dev.mockingbird.telegram;

import dev.mockingbird.core.UpdateInProgress;
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
    /** The last piece of work queued per chat; later updates of that chat run after it. */
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

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
        CompletableFuture<Void> next = tails.compute(chat, (k, tail) -> Optional.ofNullable(tail)
                .orElse(CompletableFuture.completedFuture(null))
                .handle((ok, failure) -> null)
                .thenRunAsync(() -> handler.handle(incoming), workers));
        next.whenComplete((ok, failure) -> {
            tails.remove(chat, next);
            Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause()
                    : failure;
            if (cause instanceof UpdateInProgress) {
                LOG.debug("Telegram update for chat {} is being answered by another instance", chat);
            } else if (cause != null) {
                LOG.error("Telegram update for chat {} was not handled", chat, cause);
            }
        });
        return next;
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
        return CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new));
    }
}
