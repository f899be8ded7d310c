package dev.mockingbird.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.app.console.ConsoleOutbound;
import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

// A schedule is opened in try-with-resources only to be closed: it runs on its own thread, unreferenced.
@SuppressWarnings("try")
class ScheduleTest {

    /** An engine whose schedule fails on the first call and counts the rest. */
    private static final class FlakyEngine implements ChatEngine {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch third = new CountDownLatch(3);
        final ChatEngine real = Mockingbird.builder(QuestionBank.load(getClass().getClassLoader(), Optional.empty()))
                .build();

        @Override
        public List<Reply> handle(ChatRequest request) {
            return real.handle(request);
        }

        @Override
        public int postDue(List<OutboundPort> outbound) {
            third.countDown();
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database hiccup");
            }
            return 0;
        }

        @Override
        public void gone(String platform, String chatId, String reason) {
            real.gone(platform, chatId, reason);
        }

        @Override
        public List<CommandSpec> commands() {
            return real.commands();
        }

        @Override
        public QuestionBank bank() {
            return real.bank();
        }

        @Override
        public List<dev.mockingbird.core.command.Completion> complete(dev.mockingbird.core.command.OptionSpec.Kind kind,
                                                                      String typed, int limit) {
            return real.complete(kind, typed, limit);
        }
    }

    @Test
    void keepsRunningAfterATickFails() throws Exception {
        // given an engine whose first round of daily posts throws
        FlakyEngine engine = new FlakyEngine();
        OutboundPort port = new ConsoleOutbound(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        // when the schedule runs
        try (Schedule schedule = Schedule.start(engine, List.of(port), Duration.ZERO,
                Duration.ofMillis(10))) {
            // then later ticks still come
            assertTrue(engine.third.await(10, TimeUnit.SECONDS), "the schedule stopped after a failure");
        }
    }

    @Test
    void theConsolePrintsAPostedQuestionWithItsHints() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChatEngine engine = Mockingbird.builder(QuestionBank.load(getClass().getClassLoader(), Optional.empty()))
                .build();
        List<Reply> replies = engine.handle(ChatRequest.text("console", "me", dev.mockingbird.core.chat.ChatKind.PRIVATE,
                "me", "me", "/ask sd"));
        new ConsoleOutbound(new PrintStream(bytes, true, StandardCharsets.UTF_8)).post("me", replies);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("System Design · ") && printed.contains("[Show answer: /answer]"), printed);
    }
}
