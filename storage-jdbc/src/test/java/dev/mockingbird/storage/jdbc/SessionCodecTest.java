package dev.mockingbird.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

    private final SessionCodec codec = new SessionCodec();

    @Test
    void aSessionStoredBeforeAnswersAddedUpReadsWithNothingCovered() {
        // given a row written by the first release, which had no "covered" field
        String old = "{\"v\":1,\"type\":\"asking\",\"questionId\":\"sd/a\",\"level\":\"mid\",\"revealed\":false,"
                + "\"askedAt\":1000,\"updatedAt\":2000}";
        // then it reads as that question with no key points covered
        assertEquals(Optional.of(new SessionState.Asking("sd/a", Optional.empty(), Level.MID, false, Set.of(),
                Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000))), codec.decode(old));
    }

    @Test
    void coveredKeyPointsSurviveTheRoundTrip() {
        SessionState asking = new SessionState.Asking("sd/a", Optional.of("system-design"), Level.SENIOR, true,
                Set.of(3, 1), Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000));
        assertEquals(Optional.of(asking), codec.decode(codec.encode(asking)));
    }

    @Test
    void anInterviewSurvivesTheRoundTrip() {
        SessionState interview = new SessionState.Interviewing(List.of("sd/a", "sd/b", "sd/c"), 2,
                List.of(Set.of(0, 2), Set.of()), Set.of(1), Optional.empty(), Level.MID, Instant.ofEpochMilli(1000),
                Instant.ofEpochMilli(3000));
        assertEquals(Optional.of(interview), codec.decode(codec.encode(interview)));
    }

    @Test
    void anInconsistentInterviewRowIsAFreshSession() {
        // index 2 of two questions cannot be
        String broken = "{\"v\":1,\"type\":\"interview\",\"index\":2,\"level\":\"mid\",\"questions\":[\"a\",\"b\"],"
                + "\"answered\":[[],[]],\"startedAt\":1,\"updatedAt\":2}";
        assertEquals(Optional.empty(), codec.decode(broken));
    }

    @Test
    void anUnreadableRowIsAFreshSession() {
        assertEquals(Optional.empty(), codec.decode("{not json"));
        assertEquals(Optional.empty(), codec.decode("{\"v\":99,\"type\":\"asking\"}"));
    }
}
