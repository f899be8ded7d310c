package dev.mockingbird.core.storage;

class InMemoryStorageTest extends StorageContract {

    private final Storage storage = Storage.inMemory();

    @Override
    Storage storage() {
        return storage;
    }
}
