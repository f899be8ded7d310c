package dev.mockingbird.core;

import static dev.mockingbird.core.Fixtures.privatePress;
import static dev.mockingbird.core.Fixtures.privateText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void manySimultaneousPressesOfOneNextButtonAskExactlyOneNewQuestion() throws Exception {
        // given a question with its Next button
        ChatEngine engine = Mockingbird.builder(Fixtures.bank()).build();
        Reply.Send asked = (Reply.Send) engine.handle(privateText("/ask sd")).getFirst();
        String next = asked.buttons().stream().filter(b -> b.label().equals("Next")).map(Button::data)
                .findFirst().orElseThrow();
        // when 16 presses arrive at once
        int presses = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Reply>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(presses)) {
            for (int i = 0; i < presses; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return engine.handle(privatePress(next));
                }));
            }
            start.countDown();
            // then one press asks a new question and the others are told it already moved on
            long asks = 0;
            for (Future<List<Reply>> f : results) {
                asks += f.get().stream().filter(Reply.Send.class::isInstance).count();
            }
            assertEquals(1, asks);
        }
    }
}
