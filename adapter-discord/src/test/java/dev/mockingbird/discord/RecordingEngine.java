package dev.mockingbird.discord;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.command.Completion;
import dev.mockingbird.core.command.OptionSpec;
import dev.mockingbird.core.storage.Storage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real engine over the fixture bank, recording what the adapter asked of it. It can be held (to play a slow
 * engine without sleeping) or made to fail (to play a bug in the engine).
 */
final class RecordingEngine implements ChatEngine {

    private final ChatEngine engine;
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate;
    private final boolean failing;
    private final Optional<List<Reply>> canned;

    private RecordingEngine(Storage storage, boolean held, boolean failing, Optional<List<Reply>> canned) {
        this.engine = Mockingbird.builder(Fixtures.bank()).storage(storage).build();
        this.gate = new CountDownLatch(held ? 1 : 0);
        this.failing = failing;
        this.canned = canned;
    }

    static RecordingEngine quick() {
        return new RecordingEngine(Storage.inMemory(), false, false, Optional.empty());
    }

    /** The real engine over this store. */
    static RecordingEngine over(Storage storage) {
        return new RecordingEngine(storage, false, false, Optional.empty());
    }

    /** Answers every request with these replies, for replies the fixture bank does not produce (very long ones). */
    static RecordingEngine replying(List<Reply> replies) {
        return new RecordingEngine(Storage.inMemory(), false, false, Optional.of(replies));
    }

    /** Answers these replies, only after {@link #release()}. */
    static RecordingEngine heldReplying(List<Reply> replies) {
        return new RecordingEngine(Storage.inMemory(), true, false, Optional.of(replies));
    }

    /** Answers only after {@link #release()}. */
    static RecordingEngine held() {
        return new RecordingEngine(Storage.inMemory(), true, false, Optional.empty());
    }

    /** Throws on every request, as an engine bug would. */
    static RecordingEngine failing() {
        return new RecordingEngine(Storage.inMemory(), false, true, Optional.empty());
    }

    void release() {
        gate.countDown();
    }

    List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public List<Reply> handle(ChatRequest request) {
        requests.add(request);
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the engine");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failing) {
            throw new IllegalStateException("engine bug");
        }
        return canned.orElseGet(() -> engine.handle(request));
    }

    @Override
    public int postDue(List<OutboundPort> outbound) {
        return engine.postDue(outbound);
    }

    @Override
    public void gone(String platform, String chatId, String reason) {
        engine.gone(platform, chatId, reason);
    }

    @Override
    public List<CommandSpec> commands() {
        return engine.commands();
    }

    @Override
    public QuestionBank bank() {
        return engine.bank();
    }

    @Override
    public List<Completion> complete(OptionSpec.Kind kind, String typed, int limit) {
        return engine.complete(kind, typed, limit);
    }
}
