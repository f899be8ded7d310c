package dev.mockingbird.core.storage;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    private final Storage storage = Storage.inMemory();

    @Override
    protected Storage storage() {
        return storage;
    }
}
