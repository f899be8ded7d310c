package dev.mockingbird.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockingbird.core.transaction.TransactionPort;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Caffeine in front of the session store: reads come from the cache, writes go to the store first, and each piece of
 * work first checks the cached version against the store's, since other instances may share the database. The lock
 * is taken before the unit of work begins, so no transaction ever waits for a lock; a unit of work that fails drops
 * the cached state, which may hold what was rolled back.
 */
final class CachedSessions implements Sessions {

    private final SessionPort store;
    private final TransactionPort transactions;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Cache<SessionKey, SessionState> cache;
    /**
     * Weak values: a lock lives as long as some thread holds or waits on it. Both caches are touched on every request:
     * their upkeep runs on the calling thread (a few map operations) rather than being handed to the common pool,
     * which cost a thread wake-up per request (about a tenth of an in-memory command).
     */
    private final Cache<SessionKey, ReentrantLock> locks = Caffeine.newBuilder().weakValues().executor(Runnable::run)
            .build();

    CachedSessions(SessionPort store, TransactionPort transactions, Clock clock, Duration idleTimeout,
                   long maxSessions) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        // The cache follows the injected clock so expiry is testable and consistent with stored timestamps.
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSessions)
                .expireAfterAccess(idleTimeout)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public SessionState get(SessionKey key) {
        // Not cache.get(key, loader): the loader would call the store while holding a cache bin's lock.
        SessionState state = cache.getIfPresent(key);
        if (state == null) {
            state = store.load(key).orElseGet(this::idle);
            cache.put(key, state);
        }
        if (clock.instant().isAfter(state.updatedAt().plus(idleTimeout))) {
            return idle();
        }
        return state;
    }

    @Override
    public void put(SessionKey key, SessionState state) {
        store.save(key, state);
        cache.put(key, state);
    }

    @Override
    public boolean delete(SessionKey key) {
        boolean stored = store.deleteSession(key);
        cache.invalidate(key);
        return stored;
    }

    @Override
    public <T> T locked(SessionKey key, Supplier<T> work) {
        ReentrantLock lock = locks.get(key, k -> new ReentrantLock());
        lock.lock();
        try {
            return transactions.inTransaction(() -> {
                revalidate(key);
                return work.get();
            });
        } catch (RuntimeException | Error e) {
            cache.invalidate(key);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops the cached state when the store holds a different version: another instance sharing the database (the
     * one that posted a daily question, say) wrote this session since. One small read per piece of work; the reads
     * inside the work are served from the cache.
     */
    private void revalidate(SessionKey key) {
        SessionState cached = cache.getIfPresent(key);
        if (cached != null && !store.version(key).map(v -> v.toEpochMilli() == cached.updatedAt().toEpochMilli())
                .orElse(false)) {
            cache.invalidate(key);
        }
    }

    private SessionState idle() {
        return new SessionState.Idle(clock.instant());
    }
}
