package dev.mockingbird.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Quiz starts in separate chats on two threads against a real PostgreSQL, as the engine benchmark's mix runs them:
 * none may get the storage-failure reply; and when the store does fail, the log carries the SQL error itself.
 */
class ConcurrentQuizStartsTest {

    private static final String STORAGE_TROUBLE = "a storage problem";

    private TestPostgres.Schema schema;
    private Database database;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger engineLog = (Logger) LoggerFactory.getLogger("dev.mockingbird.core.DefaultEngine");

    @BeforeEach
    void open() {
        schema = TestPostgres.newSchema();
        database = Database.open(schema.url(), Optional.empty(), Optional.empty(), Clock.systemUTC());
        log.start();
        engineLog.addAppender(log);
    }

    @AfterEach
    void close() {
        engineLog.detachAppender(log);
        if (database != null) {
            database.close();
        }
        if (schema != null) {
            schema.drop();
        }
    }

    @Test
    void gamesAndSingleRoundsStartedInSeparateChatsOnTwoThreadsNeverFail() throws Exception {
        ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(database.storage()).build();
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        // A new chat every two starts: a game (a group's /quiz), then a single round beside it.
                        String chat = "-200" + thread + "0" + (i / 2);
                        ChatRequest start = ChatRequest.text("test", chat, ChatKind.GROUP, "7" + chat, "Bo",
                                i % 2 == 0 ? "/quiz" : "/quiz 1").withUpdateId(chat + "-" + i);
                        List<Reply> replies = engine.handle(start);
                        engine.delivered(start);
                        if (replies.stream().anyMatch(r -> Fixtures.text(r).contains(STORAGE_TROUBLE))) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertEquals(0, failed.get(), "quiz starts answered with the storage-failure reply; the log: " + lines());
    }

    @Test
    void aStorageFailureIsLoggedWithTheSqlErrorThatCausedIt() throws Exception {
        ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(database.storage()).build();
        try (var c = DriverManager.getConnection(schema.url()); var s = c.createStatement()) {
            s.execute("DROP TABLE quiz_game_rounds");
        }

        List<Reply> replies = engine.handle(ChatRequest.text("test", "-300", ChatKind.GROUP, "7", "Bo", "/quiz")
                .withUpdateId("1"));

        assertTrue(Fixtures.text(replies.getFirst()).contains(STORAGE_TROUBLE), Fixtures.text(replies.getFirst()));
        String logged = lines();
        assertTrue(logged.contains("quiz_game_rounds") && logged.contains("does not exist")
                && logged.contains("PSQLException"), logged);
    }

    /** What the engine logged, messages and stack traces with their causes, as an appender prints them. */
    private String lines() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(log.list)) {
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }
}
