package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionPort;
import dev.mockingbird.core.transaction.TransactionPort;
import java.util.Objects;

/**
 * The storage ports the engine needs, bundled so one store can be wired in one place.
 *
 * @param profiles     people's defaults
 * @param history      what was asked and how it went
 * @param sessions     live sessions
 * @param updates      handled update ids
 * @param claims       once-only work across instances
 * @param chats        per-chat settings
 * @param quizzes      quiz rounds and answers
 * @param daily        daily-question subscriptions
 * @param reviews      spaced-repetition queues
 * @param transactions the unit of work the other ports' calls join
 */
public record Storage(ProfilePort profiles, HistoryPort history, SessionPort sessions, UpdateLogPort updates,
                      ClaimPort claims, ChatPort chats, QuizPort quizzes,
                      DailyPort daily, ReviewPort reviews, TransactionPort transactions) {

    public Storage {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(chats, "chats");
        Objects.requireNonNull(quizzes, "quizzes");
        Objects.requireNonNull(daily, "daily");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** A store that lives in memory only: nothing survives a restart; a failed unit of work is undone. */
    public static Storage inMemory() {
        InMemoryStore store = new InMemoryStore();
        return new Storage(store, store, store, store, store, store, store, store, store, store);
    }
}
