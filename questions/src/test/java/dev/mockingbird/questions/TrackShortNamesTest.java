package dev.mockingbird.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The short names people type for the newer tracks (/ask ts, /ask llm) find them in the real bank. */
class TrackShortNamesTest {

    private static final QuestionBank BANK = QuestionBank.load(TrackShortNamesTest.class.getClassLoader(),
            Optional.empty());

    @Test
    void tsAndTscFindTheTypescriptTrack() {
        assertEquals(Optional.of("typescript"), slugOf("ts"));
        assertEquals(Optional.of("typescript"), slugOf("tsc"));
        assertEquals(Optional.of("typescript"), slugOf("TypeScript"));
    }

    @Test
    void aiLlmAndRagFindTheAiBackendTrack() {
        assertEquals(Optional.of("ai-backend"), slugOf("ai"));
        assertEquals(Optional.of("ai-backend"), slugOf("LLM"));
        assertEquals(Optional.of("ai-backend"), slugOf("rag"));
        assertEquals(Optional.of("ai-backend"), slugOf("AI in the Backend"));
    }

    @Test
    void pyAndGdprFindThePythonAndPrivacyTracks() {
        assertEquals(Optional.of("python"), slugOf("py"));
        assertEquals(Optional.of("privacy-compliance"), slugOf("gdpr"));
        assertEquals(Optional.of("privacy-compliance"), slugOf("privacy"));
    }

    @Test
    void jsStillFindsNodeRatherThanTypescript() {
        assertEquals(Optional.of("nodejs"), slugOf("js"));
    }

    @Test
    void jsStillFindsNodeThoughTheJavaTrackIsNamedJavaAndSpring() {
        assertEquals(Optional.of("java"), slugOf("Java & Spring"));
        assertEquals(Optional.of("nodejs"), slugOf("js"));
    }

    @Test
    void jvmAndSpringFindTheJavaTrackAndGolangTheGoTrack() {
        assertEquals(Optional.of("java"), slugOf("jvm"));
        assertEquals(Optional.of("java"), slugOf("Spring"));
        assertEquals(Optional.of("go"), slugOf("go"));
        assertEquals(Optional.of("go"), slugOf("golang"));
    }

    private static Optional<String> slugOf(String typed) {
        return BANK.findTrack(typed).map(Track::slug);
    }
}
