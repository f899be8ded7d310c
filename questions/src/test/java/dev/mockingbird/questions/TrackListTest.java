package dev.mockingbird.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /tracks over the real bank stays one readable message: every track in a family, short enough for any platform. */
class TrackListTest {

    /** Discord's message limit, the tightest of the platforms, less room for the markup around slugs and headings. */
    private static final int ONE_MESSAGE = 2_000 - 200;

    private static final QuestionBank BANK = QuestionBank.load(TrackListTest.class.getClassLoader(), Optional.empty());

    @Test
    void everyTrackNamesItsFamily() {
        List<String> without = BANK.tracks().stream().filter(t -> t.family().isBlank()).map(Track::slug).toList();
        assertEquals(List.of(), without, "packs without a \"family\" are listed under More by /tracks");
    }

    @Test
    void theTrackListIsOneMessageNamingEveryTrack() {
        // when someone lists the tracks of the whole bank
        List<Reply> replies = Mockingbird.builder(BANK).build()
                .handle(ChatRequest.text("test", "1", ChatKind.PRIVATE, "1", "Ada", "/tracks"));

        // then one message names every track and fits the tightest platform's limit
        assertEquals(1, replies.size(), replies.toString());
        String shown = ((Reply.Send) replies.getFirst()).text().plainText();
        assertTrue(shown.length() <= ONE_MESSAGE, shown.length() + " characters: " + shown);
        for (Track track : BANK.tracks()) {
            assertTrue(shown.contains(track.slug() + " " + track.name()), track.slug() + " missing from " + shown);
        }
    }
}
