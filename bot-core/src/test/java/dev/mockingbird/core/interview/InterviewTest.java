package dev.mockingbird.core.interview;

import static dev.mockingbird.core.Fixtures.buttons;
import static dev.mockingbird.core.Fixtures.groupText;
import static dev.mockingbird.core.Fixtures.privatePress;
import static dev.mockingbird.core.Fixtures.privateText;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.Misconception;
import dev.mockingbird.core.grading.Grade;
import dev.mockingbird.core.grading.WrongClaim;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.HistoryEntry;
import dev.mockingbird.core.storage.Outcome;
import dev.mockingbird.core.storage.Storage;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InterviewTest {

    private final Storage storage = Storage.inMemory();
    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private ChatEngine engine;

    @BeforeEach
    void newEngine() {
        engine = Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(5)).build();
    }

    private static String data(List<Reply> replies, String label) {
        return replies.stream().flatMap(r -> buttons(r).stream()).filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + replies)).data();
    }

    @Test
    void fiveQuestionsInARowThenAReportWithEachScoreAndTheMissedPoints() {
        // given an interview on system design at mid level
        List<Reply> first = engine.handle(privateText("/interview sd"));
        String shown = text(first.getLast());
        assertTrue(shown.startsWith("Mock interview · question 1 of 5 · System Design · mid"), shown);
        assertEquals(List.of("Answer", "Next question", "End interview"),
                buttons(first.getLast()).stream().map(Button::label).toList());
        // when the person answers the first in two messages and moves on
        Reply noted = engine.handle(privateText("I would cache the hot reads.")).getLast();
        assertTrue(text(noted).startsWith("Noted."), text(noted));
        assertTrue(!text(noted).contains("Caching"), "no feedback before the end");
        engine.handle(privateText("And a queue for the slow work."));
        List<Reply> current = engine.handle(privatePress(data(first, "Next question")));
        Set<String> asked = new HashSet<>(Set.of(shown.lines().toList().get(2)));
        // and answers the rest with nothing, then finishes
        for (int i = 2; i <= 5; i++) {
            String question = text(current.getLast());
            assertTrue(question.startsWith("Mock interview · question " + i + " of 5"), question);
            asked.add(question.lines().toList().get(2));
            current = engine.handle(privatePress(data(current, i == 5 ? "Finish" : "Next question")));
        }
        // then five different questions were asked, and the report scores each
        assertEquals(5, asked.size(), asked.toString());
        String report = text(assertInstanceOf(Reply.Edit.class, current.getLast()));
        assertTrue(report.startsWith("Mock interview done · 13% of key points over 5 questions."), report);
        assertTrue(report.contains("1. 67% (mid) System Design mid question"), report);
        assertTrue(report.contains("missed: Horizontal scaling"), report);
        assertTrue(report.contains("/ask system-design mid"), report);
        assertEquals(List.of("Another interview"), buttons(current.getLast()).stream().map(Button::label).toList());
        // and history knows how each went
        List<HistoryEntry> recent = storage.history().recent(new SessionKey("test", "user", "42"), 5);
        assertEquals(OptionalInt.of(67), recent.getLast().score());
        assertEquals(Outcome.SKIPPED, recent.getFirst().outcome());
        // and the chat is free again
        assertTrue(text(engine.handle(privateText("/ask sd")).getLast()).startsWith("System Design · mid"));
    }

    @Test
    void slashOptionsAreReadByNameSoATrackOfSeveralWordsIsNeverTakenForALevel() {
        // when a Discord user picks "Databases & SQL" as the track and senior as the level
        List<Reply> first = engine.handle(dev.mockingbird.core.chat.ChatRequest.invocation("test", "42",
                dev.mockingbird.core.chat.ChatKind.PRIVATE, "42", "Ada", "interview",
                java.util.Map.of("track", "Databases & SQL", "level", "senior")));
        // then the interview runs on that track at that level
        String shown = text(first.getLast());
        assertTrue(shown.startsWith("Mock interview · question 1 of 5 · Databases & SQL · senior"), shown);
    }

    @Test
    void practiceCommandsWaitWhileAnInterviewRuns() {
        engine.handle(privateText("/interview"));
        for (String command : List.of("/answer", "/next", "/skip", "/hint", "/ask databases")) {
            assertTrue(text(engine.handle(privateText(command)).getLast()).contains("You are in a mock interview"),
                    command);
        }
        String report = text(engine.handle(privateText("/interview end")).getLast());
        assertTrue(report.startsWith("Mock interview done · 0% of key points over 1 question."), report);
        assertTrue(text(engine.handle(privateText("/interview end")).getLast()).contains("No interview is running"));
    }

    @Test
    void aDoublePressOfNextDoesNotSkipAQuestionAndOldButtonsSaySo() {
        List<Reply> first = engine.handle(privateText("/interview sd"));
        String next = data(first, "Next question");
        engine.handle(privatePress(next));
        Reply again = engine.handle(privatePress(next)).getLast();
        assertTrue(text(again).contains("moved on from that question"), text(again));
        engine.handle(privateText("/interview end"));
        assertTrue(text(engine.handle(privatePress(next)).getLast()).contains("That interview is over"));
    }

    @Test
    void buttonsFromAnEarlierInterviewLeaveTheRunningOneAlone() {
        // given a finished interview whose buttons are still on screen, and a new one running
        List<Reply> old = engine.handle(privateText("/interview databases senior"));
        List<Reply> report = engine.handle(privatePress(data(old, "End interview")));
        engine.handle(privateText("/interview mongodb"));
        // when the old End interview and Another interview buttons are pressed
        Reply end = engine.handle(privatePress(data(old, "End interview"))).getLast();
        Reply again = engine.handle(privatePress(data(report, "Another interview"))).getLast();
        // then both say so and the new interview goes on
        assertTrue(text(end).contains("earlier interview"), text(end));
        assertTrue(text(again).contains("running already"), text(again));
        assertTrue(text(engine.handle(privateText("/interview end")).getLast()).contains("MongoDB mid question"));
    }

    @Test
    void anotherInterviewStartsFromTheReport() {
        engine.handle(privateText("/interview databases senior"));
        List<Reply> report = engine.handle(privateText("/interview end"));
        String again = text(engine.handle(privatePress(data(report, "Another interview"))).getLast());
        assertTrue(again.startsWith("Mock interview · question 1 of 5 · Databases & SQL · senior"), again);
    }

    @Test
    void interviewsRunInPrivateChatsOnly() {
        assertTrue(text(engine.handle(groupText("1", "/interview")).getLast()).contains("private chat"));
    }

    @Test
    void anInterviewSurvivesARestart() {
        // given an interview in progress with part of an answer
        engine.handle(privateText("/interview sd"));
        engine.handle(privateText("I would cache the hot reads."));
        // when the app restarts on the same store
        ChatEngine restarted = Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).build();
        // then it goes on where it was, the answer still counted
        String report = text(restarted.handle(privateText("/interview end")).getLast());
        assertTrue(report.contains("1. 33% (mid) System Design mid question"), report);
    }

    @Test
    void anAnswerThatMissesTheMostImportantPointGetsOneFollowUpAimedAtIt() {
        // given an answer that covers the queue but not caching, the question's first and most important point
        List<Reply> first = engine.handle(privateText("/interview sd"));
        engine.handle(privateText("A queue for the slow work, with kafka."));
        // when the person moves on
        List<Reply> followUp = engine.handle(privatePress(data(first, "Next question")));
        // then the interviewer asks about the missed point first, once
        String asked = text(followUp.getLast());
        assertTrue(asked.startsWith("Follow-up: Before we move on: what about this — caching hot reads?"), asked);
        engine.handle(privateText("Right, I would cache the hot reads in redis."));
        String next = text(engine.handle(privatePress(data(followUp, "Next question"))).getLast());
        assertTrue(next.startsWith("Mock interview · question 2 of 5"), next);
        // and the report shows the follow-up and how it went
        String report = text(engine.handle(privateText("/interview end")).getLast());
        assertTrue(report.contains("follow-up: Before we move on: what about this — caching hot reads? How does it "
                + "fit your answer? — you got there"), report);
    }

    @Test
    void aStrongAnswerRaisesTheLevelAndAWeakOneLowersIt() {
        // given a strong answer at mid level
        List<Reply> first = engine.handle(privateText("/interview sd"));
        engine.handle(privateText("Cache hot reads in redis, put slow work on a queue, and scale out horizontally."));
        // when the person moves on, then the next question is senior
        List<Reply> second = engine.handle(privatePress(data(first, "Next question")));
        assertTrue(text(second.getLast()).contains("· System Design · senior"), text(second.getLast()));
        // and after a weak answer to that, back to mid
        engine.handle(privateText("I am not sure about this one at all."));
        List<Reply> followUp = engine.handle(privatePress(data(second, "Next question")));
        List<Reply> third = engine.handle(privatePress(data(followUp, "Next question")));
        assertTrue(text(third.getLast()).contains("· System Design · mid"), text(third.getLast()));
    }

    @Test
    void wrongClaimsAreListedInTheReportWithWhatIsTrue() {
        // given a grader that finds a wrong claim about scaling
        Misconception noLimit = new Misconception("vertical scaling has no limit", "It is capped by the biggest box.");
        ChatEngine strict = Mockingbird.builder(Fixtures.bank()).storage(storage).clock(clock).random(new Random(5))
                .grader((question, answer) -> new Grade(List.of(question.keyPoints().getFirst()),
                        question.keyPoints().subList(1, 3),
                        List.of(new WrongClaim(question.keyPoints().get(2), answer, noLimit))))
                .build();
        strict.handle(privateText("/interview sd"));
        strict.handle(privateText("cache it, and vertical scaling has no limit"));
        // when the interview ends, then the report names the claim and the correction, and the score pays for it
        String report = text(strict.handle(privateText("/interview end")).getLast());
        assertTrue(report.contains("wrong: you said “cache it, and vertical scaling has no limit” — It is capped by "
                + "the biggest box."), report);
        assertTrue(report.contains("1. 17% (mid)"), report);
        assertTrue(!report.contains("missed: Horizontal scaling"), "a point answered wrongly is listed once");
    }
}
