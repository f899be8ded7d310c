package dev.mockingbird.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ButtonDataTest {

    @Test
    void encodesCompactlyAndDecodesBack() {
        ButtonData data = ButtonData.of("answer", "1x2y3z");
        assertEquals("1:answer:1x2y3z", data.encode());
        assertEquals(Optional.of(data), ButtonData.decode(data.encode()));
        assertEquals(Optional.of(new ButtonData("next", List.of())), ButtonData.decode("1:next"));
    }

    @Test
    void otherVersionsAndGarbageDecodeToNothing() {
        assertEquals(Optional.empty(), ButtonData.decode("2:answer:x"));
        assertEquals(Optional.empty(), ButtonData.decode(""));
        assertEquals(Optional.empty(), ButtonData.decode("1:"));
        assertEquals(Optional.empty(), ButtonData.decode("1:a b"));
        assertEquals(Optional.empty(), ButtonData.decode("1:" + "x".repeat(70)));
        // 32 characters but 96 bytes: over Telegram's 64-byte limit, so never data we made
        assertEquals(Optional.empty(), ButtonData.decode("1:" + "€".repeat(30)));
    }

    @Test
    void refusesPartsThatWouldBreakTheEncoding() {
        assertThrows(IllegalArgumentException.class, () -> ButtonData.of("answer", "a:b"));
    }
}
