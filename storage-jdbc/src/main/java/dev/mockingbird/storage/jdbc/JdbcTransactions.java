package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.storage.StorageException;
import dev.mockingbird.core.transaction.TransactionPort;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;

/**
 * Transactions on a Jdbi handle bound to the working thread: every store call the work makes runs on that handle,
 * so it commits or rolls back with the rest. A store call outside any transaction runs on a handle of its own and
 * commits at once.
 */
final class JdbcTransactions implements TransactionPort {

    private final Jdbi jdbi;
    /** The open transaction's handle, per thread; an instance field, so two databases never share one. */
    private final ThreadLocal<@Nullable Handle> current = new ThreadLocal<>();

    JdbcTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get(); // Joins the transaction already open on this thread.
        }
        try (Handle handle = jdbi.open()) {
            current.set(handle);
            return handle.inTransaction(h -> work.get());
        } catch (JdbiException e) {
            throw new StorageException("Could not write to the database: " + rootMessage(e), e);
        } finally {
            current.remove();
        }
    }

    /** Runs a store call on the thread's transaction, or alone when there is none. */
    <T> T with(HandleCallback<T, RuntimeException> call) {
        Handle handle = current.get();
        try {
            return handle != null ? call.withHandle(handle) : jdbi.withHandle(call);
        } catch (JdbiException e) {
            throw new StorageException("The database failed: " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
