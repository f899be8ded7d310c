package dev.mockingbird.core.storage;

class InMemoryStorageTest extends StorageContract {

    private final Storage storage = Storage.inMemory();

    @Override
    protected Storage storage() {
        return storage;
    }
}
