package dev.mockingbird.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DISCORD_SHARDS_TOTAL and DISCORD_SHARD_IDS as an operator writes them. */
class ShardsTest {

    private static Optional<Shards> parse(String total, String ids) {
        return Shards.parse(Optional.ofNullable(total), Optional.ofNullable(ids));
    }

    @Test
    void rangesListsAndMixturesNameTheShardsThisInstanceRuns() {
        assertEquals(List.of(0, 1, 2, 3), parse("8", "0-3").orElseThrow().ids());
        assertEquals(List.of(0, 2, 5), parse("8", "5, 0,2").orElseThrow().ids());
        assertEquals(List.of(0, 1, 4), parse("8", "0-1,4").orElseThrow().ids());
        assertEquals(List.of(7), parse("8", "7").orElseThrow().ids());
    }

    @Test
    void aTotalAloneRunsEveryShardAndNeitherLetsDiscordDecide() {
        assertEquals(Shards.all(3), parse("3", null).orElseThrow());
        assertEquals(Optional.empty(), parse(null, null));
    }

    @Test
    void onlyTheInstanceWithShardZeroReceivesDms() {
        assertTrue(parse("4", "0-1").orElseThrow().receivesDms());
        assertFalse(parse("4", "2-3").orElseThrow().receivesDms());
    }

    @Test
    void mistakesAreRefusedWithTheSettingNamed() {
        assertMessage("DISCORD_SHARDS_TOTAL must be a whole number", "four", "0");
        assertMessage("DISCORD_SHARDS_TOTAL must be 1 to", "0", null);
        assertMessage("shard 4 is outside 0-3", "4", "2-4");
        assertMessage("must look like 0-3", "4", "0-");
        assertMessage("must look like 0-3", "4", "a,b");
        assertMessage("runs backwards", "4", "3-1");
        assertMessage("names shard 1 twice", "4", "0-1,1");
        assertMessage("DISCORD_SHARD_IDS needs DISCORD_SHARDS_TOTAL", null, "0-1");
    }

    private static void assertMessage(String expected, String total, String ids) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(total, ids));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
