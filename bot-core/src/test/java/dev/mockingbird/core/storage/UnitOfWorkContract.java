package dev.mockingbird.core.storage;

import static dev.mockingbird.core.Fixtures.privateText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * One request is one unit of work: a failure injected between two writes of a command leaves the store as it was
 * before the command. Run against memory here and, through the test jar, against SQLite and PostgreSQL.
 */
public abstract class UnitOfWorkContract {

    private static final SessionKey ADA = new SessionKey("test", "user", "42");
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    /** Whether the injected failure is armed; the store works normally until then. */
    private final AtomicBoolean failing = new AtomicBoolean();

    /** A store with nothing in it. */
    protected abstract Storage storage();

    /** The port, failing on calls of the named method while armed (a full disk, a lost connection). */
    private <T> T failingOn(Class<T> port, T target, String method) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, m, args) -> {
            if (failing.get() && m.getName().equals(method)) {
                throw new StorageException("injected failure in " + port.getSimpleName() + "." + method);
            }
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private ChatEngine engine(Storage storage) {
        return Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(7)).build();
    }

    private static String say(ChatEngine engine, ChatRequest request) {
        return Fixtures.text(engine.handle(request).getLast());
    }

    @Test
    void anOwnAnswerWhoseReviewCannotBeSavedLeavesItsGradeUnsavedToo() {
        // given a question on the table, and a review queue that will fail (the answer's second write)
        Storage real = storage();
        Storage storage = new Storage(real.profiles(), real.history(), real.sessions(), real.updates(), real.claims(),
                real.chats(), real.quizzes(), real.daily(),
                failingOn(ReviewPort.class, real.reviews(), "schedule"), real.transactions());
        ChatEngine engine = engine(storage);
        say(engine, privateText("/ask sd"));
        SessionState before = real.sessions().load(ADA).orElseThrow();
        // when the person answers and the review cannot be saved
        failing.set(true);
        clock.advance(java.time.Duration.ofSeconds(30));
        String reply = say(engine, privateText("We cache hot reads in redis and put slow work on a queue")
                .withUpdateId("u-1"));
        // then the reply says nothing was done, and nothing was: no grade in the history, the session as before
        assertTrue(reply.startsWith("Sorry, I could not save that"), reply);
        assertEquals(Outcome.ASKED, real.history().recent(ADA, 1).getFirst().outcome());
        assertEquals(OptionalInt.empty(), real.history().recent(ADA, 1).getFirst().score());
        assertEquals(Optional.of(before), real.sessions().load(ADA));
        assertEquals(Optional.empty(), real.reviews().next(ADA, Instant.EPOCH));
        // and once the store works again, the platform's redelivery of that update is handled, not skipped
        failing.set(false);
        String again = say(engine, privateText("We cache hot reads in redis and put slow work on a queue")
                .withUpdateId("u-1"));
        assertTrue(again.contains("You covered 2 of 3"), again);
        assertEquals(Outcome.ANSWERED, real.history().recent(ADA, 1).getFirst().outcome());
    }

    @Test
    void aForgetThatFailsHalfwayDeletesNothing() {
        // given a person with a profile, a history, a current question and a review
        Storage real = storage();
        Storage storage = new Storage(real.profiles(), real.history(), real.sessions(), real.updates(), real.claims(),
                real.chats(), failingOn(QuizPort.class, real.quizzes(), "deleteAnswers"), real.daily(),
                real.reviews(), real.transactions());
        ChatEngine engine = engine(storage);
        say(engine, privateText("/level senior"));
        say(engine, privateText("/ask sd"));
        say(engine, privateText("We cache hot reads in redis and put slow work on a queue"));
        // when /forget fails after deleting the profile, the history and the session
        failing.set(true);
        String reply = say(engine, privateText("/forget yes"));
        // then everything is still there, in the store and in what the engine shows next
        assertTrue(reply.startsWith("Sorry, I could not save that"), reply);
        assertEquals(Level.SENIOR, real.profiles().find(ADA).orElseThrow().level());
        assertEquals(1, real.history().askCounts(ADA).size());
        assertInstanceOf(SessionState.Asking.class, real.sessions().load(ADA).orElseThrow());
        assertTrue(real.reviews().next(ADA, Instant.EPOCH).isPresent());
        failing.set(false);
        assertTrue(say(engine, privateText("/answer")).contains("Model answer"), "the cached session is intact too");
    }

    @Test
    void anAskWhoseSessionCannotBeSavedLeavesNoAskInTheHistory() {
        // given a session store that refuses writes (the ask's second write, after the history's)
        Storage real = storage();
        Storage storage = new Storage(real.profiles(), real.history(),
                failingOn(dev.mockingbird.core.session.SessionPort.class, real.sessions(), "save"), real.updates(),
                real.claims(), real.chats(), real.quizzes(), real.daily(), real.reviews(), real.transactions());
        ChatEngine engine = engine(storage);
        failing.set(true);
        // when a person asks
        String reply = say(engine, privateText("/ask sd"));
        // then no question was recorded as asked
        assertTrue(reply.startsWith("Sorry, I could not save that"), reply);
        assertEquals(Map.of(), real.history().askCounts(ADA));
        assertEquals(List.of(), real.history().recent(ADA, 5));
        assertInstanceOf(Reply.Send.class, engine.handle(privateText("/help")).getFirst());
    }
}
