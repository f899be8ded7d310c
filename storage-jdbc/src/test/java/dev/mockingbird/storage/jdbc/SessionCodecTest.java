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
    void anInterviewWithWrongClaimsAndAFollowUpSurvivesTheRoundTrip() {
        SessionState.Answered first = new SessionState.Answered(true, Set.of(0, 2),
                List.of(new SessionState.Correction(1, "vertical scaling has no limit", "It is capped.")),
                Optional.of(new SessionState.FollowUp(0, "What about the ceiling?")));
        SessionState interview = new SessionState.Interviewing(List.of("sd/a", "sd/b", "sd/c"), 5,
                List.of(first, SessionState.Answered.NOTHING), new SessionState.Answered(true, Set.of(1), List.of(),
                Optional.empty()), Optional.empty(), Level.MID, Instant.ofEpochMilli(1000),
                Instant.ofEpochMilli(3000));
        assertEquals(Optional.of(interview), codec.decode(codec.encode(interview)));
    }

    @Test
    void anInterviewStoredBeforeInterviewsAdaptedIsReadAtItsQuestion() {
        // given a row written by the earlier format: the plan of three questions, at the second
        String old = "{\"v\":1,\"type\":\"interview\",\"index\":1,\"level\":\"mid\",\"questions\":[\"a\",\"b\",\"c\"],"
                + "\"answered\":[[0,2]],\"covered\":[1],\"startedAt\":1,\"updatedAt\":2}";
        // when it is read, then it is at its second question of three, with what each covered
        SessionState.Interviewing read = (SessionState.Interviewing) codec.decode(old).orElseThrow();
        assertEquals(List.of("a", "b"), read.questionIds());
        assertEquals(3, read.length());
        assertEquals(Set.of(0, 2), read.answered().getFirst().covered());
        assertEquals(Set.of(1), read.answering().covered());
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
