package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {

    private final ManualTime time = new ManualTime();
    private final Pacer pacer = new Pacer(Pacer.Limits.telegram(), time.clock, time);
    private final Instant start = time.clock.instant();

    @Test
    void messagesToOneChatGoOutOneSecondApart() throws InterruptedException {
        // when three messages go to one private chat
        for (int i = 0; i < 3; i++) {
            pacer.acquire(42, false);
        }

        // then the first goes at once and each further one waits a second
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), time.waits());
    }

    @Test
    void differentChatsDoNotWaitForEachOther() throws InterruptedException {
        for (long chat = 1; chat <= 10; chat++) {
            pacer.acquire(chat, false);
        }

        assertEquals(List.of(), time.waits());
    }

    @Test
    void noMoreThanThirtyMessagesASecondOverall() throws InterruptedException {
        // when 31 chats get a message at the same moment
        for (long chat = 1; chat <= 31; chat++) {
            pacer.acquire(chat, false);
        }

        // then the 31st waits until a second after the first
        assertEquals(start.plusSeconds(1), time.clock.instant());
    }

    @Test
    void aGroupGetsAtMostTwentyMessagesAMinute() throws InterruptedException {
        // when 21 messages go to one group
        for (int i = 0; i < 21; i++) {
            pacer.acquire(-100, true);
        }

        // then the 21st goes a minute after the first
        assertEquals(start.plusSeconds(60), time.clock.instant());
    }
}
