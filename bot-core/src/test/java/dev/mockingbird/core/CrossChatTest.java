package dev.mockingbird.core;

import static dev.mockingbird.core.Fixtures.buttons;
import static dev.mockingbird.core.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.QuizRound;
import dev.mockingbird.core.storage.Storage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One chat can never read or change another's data: every command, typed with and without arguments, and every button
 * the first chat was shown, sent from a second chat and another person, leave the first chat as it was.
 */
class CrossChatTest {

    private final Storage storage = Storage.inMemory();
    private final ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(storage)
            .clock(new Fixtures.MutableClock(Instant.parse("2026-01-01T10:00:00Z"))).random(new Random(5))
            .admins((platform, chat, user) -> true).build();
    private final List<Reply> shownInTeam = new ArrayList<>();

    private static ChatRequest team(String text) {
        return ChatRequest.text("test", "-100", ChatKind.GROUP, "1", "Ada", text);
    }

    private static ChatRequest other(String text) {
        return ChatRequest.text("test", "-200", ChatKind.GROUP, "9", "Mallory", text);
    }

    private static ChatRequest otherPress(String data) {
        return ChatRequest.press("test", "-200", ChatKind.GROUP, "9", "Mallory", data);
    }

    private static ChatRequest otherPrivate(String text) {
        return ChatRequest.text("test", "9", ChatKind.PRIVATE, "9", "Mallory", text);
    }

    private List<Reply> inTeam(String text) {
        List<Reply> replies = engine.handle(team(text));
        shownInTeam.addAll(replies);
        return replies;
    }

    @Test
    void noCommandOrButtonFromAnotherChatReadsOrChangesThisOne() {
        // given a team chat with a daily question, quiz settings, an open quiz round with an answer, and a question
        SessionKey teamChat = new SessionKey("test", "chat", "-100");
        inTeam("/daily 09:30 databases");
        inTeam("/daily reveal 17:00");
        inTeam("/daily role:<@&555>");
        inTeam("/quizset rounds 3");
        List<Reply> round = inTeam("/quiz system-design 1");
        inTeam("/quiz a");
        inTeam("/ask databases");
        var daily = storage.daily().subscription("test", "-100");
        var settings = storage.quizzes().settings(teamChat);
        var teamSettings = storage.daily().teamSettings("test", "-100");
        QuizRound open = storage.quizzes().openRound(teamChat).orElseThrow();
        var answers = storage.quizzes().answers(open.id());
        var session = storage.sessions().load(teamChat);
        assertTrue(daily.isPresent() && settings.isPresent() && !answers.isEmpty()
                && teamSettings.revealAt().isPresent() && teamSettings.mentionRole().isPresent(),
                "the team's state is set up");

        // when someone in another chat sends every command, bare and with the team's arguments and ids
        Set<String> typed = new LinkedHashSet<>();
        for (CommandSpec spec : engine.commands()) {
            typed.add("/" + spec.name());
            for (String args : List.of("off", "stop", "reveal", "a", "1", "yes", "pause", "rounds 1",
                    "reveal 08:00", "reveal next", "role:none", "role:<@&666>", open.id(), open.questionId(), "-100")) {
                typed.add("/" + spec.name() + " " + args);
            }
        }
        List<String> seen = new ArrayList<>();
        for (String text : typed) {
            engine.handle(other(text)).forEach(r -> seen.add(text(r)));
            engine.handle(otherPrivate(text)).forEach(r -> seen.add(text(r)));
        }
        // and presses every button the team was shown
        for (Reply reply : List.copyOf(shownInTeam)) {
            for (Button button : buttons(reply)) {
                engine.handle(otherPress(button.data())).forEach(r -> seen.add(text(r)));
            }
        }

        // then the team's daily question, settings, open round, its answers and the team's question are untouched
        assertEquals(daily, storage.daily().subscription("test", "-100"));
        assertEquals(settings, storage.quizzes().settings(teamChat));
        assertEquals(teamSettings, storage.daily().teamSettings("test", "-100"));
        assertEquals(open, storage.quizzes().round(open.id()).orElseThrow());
        assertEquals(answers, storage.quizzes().answers(open.id()));
        assertEquals(session, storage.sessions().load(teamChat));
        // and nothing the other chat was shown names the team's players or reports the team's answers
        assertFalse(seen.stream().anyMatch(s -> s.contains("Ada")), "the team's player was named elsewhere");
        assertTrue(buttons(round.getLast()).size() > 1 && seen.size() > typed.size(), "everything was tried");
    }
}
