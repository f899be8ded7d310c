package dev.mockingbird.core.transaction;

import java.util.function.Supplier;

/**
 * The unit of work: every store call made by the work, on this thread, commits together or not at all. The engine
 * runs each request and each piece of scheduled work in one; a call made inside another joins it.
 */
public interface TransactionPort {

    /**
     * Runs the work in a transaction, committing when it returns and rolling back everything it wrote when it throws
     * (the exception then propagates).
     *
     * @throws dev.mockingbird.core.storage.StorageException when the transaction cannot begin or commit
     */
    <T> T inTransaction(Supplier<T> work);
}
