package dev.mockingbird.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one store, as behind a load balancer: an update's replies are sent once, by the instance that
 * handled it or, when that one died before confirming them, by the next one given the update.
 */
class RedeliveryTest {

    private final Storage storage = Storage.inMemory();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T08:00:00Z"));
    private final ChatEngine first = engine();
    private final ChatEngine second = engine();
    private final ChatRequest ask = Fixtures.privateText("/ask system-design").withUpdateId("501");

    private ChatEngine engine() {
        return Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(1)).build();
    }

    @Test
    void anUpdateWhoseRepliesWereDeliveredIsSkippedWhenItComesAgain() {
        // given the first instance answered and delivered
        List<Reply> replies = first.handle(ask);
        first.delivered(ask);
        // when the platform sends the update again to the other instance, even much later
        clock.advance(Duration.ofMinutes(5));
        // then it says nothing more
        assertFalse(replies.isEmpty());
        assertEquals(List.of(), second.handle(ask));
    }

    @Test
    void anUpdateBeingDeliveredElsewhereIsLeftForThePlatformToOfferAgain() {
        // given the first instance handled the update and is still sending its replies
        first.handle(ask);
        // when the same update reaches the second instance at the same time
        // then the second neither answers nor skips it: the platform should try again later
        assertThrows(UpdateInProgress.class, () -> second.handle(ask));
    }

    @Test
    void theRepliesOfAnInstanceThatDiedBeforeSendingThemAreSentByTheNextOneOnce() {
        // given the first instance handled the update and died before delivering (no confirmation)
        List<Reply> lost = first.handle(ask);
        // when the platform offers the update again after the first instance's lease ran out
        clock.advance(DefaultEngine.DELIVERY_LEASE.plusSeconds(1));
        List<Reply> recovered = second.handle(ask);
        // then the second sends exactly those replies, the question is not asked anew, and while it delivers them
        // nobody else does
        assertEquals(lost, recovered);
        assertThrows(UpdateInProgress.class, () -> first.handle(ask));
        second.delivered(ask);
        assertEquals(List.of(), first.handle(ask));
    }
}
