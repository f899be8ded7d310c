package dev.mockingbird.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's console transcript, run in-process with piped streams. */
class ConsoleTranscriptTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private Run run(String input, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = new HashMap<>(env);
        environment.putIfAbsent("USER", "console-tester");
        environment.putIfAbsent("MOCKINGBIRD_DB_URL", "jdbc:sqlite:" + tmp.resolve("bot.db"));
        int status = new App(environment, new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pipedAskThenAnswerPrintsASystemDesignQuestionAndItsModelAnswer() {
        // when the README's transcript is piped in
        Run run = run("/ask system-design\n/answer\n", Map.of(), "--console");
        // then the question comes first, then its model answer, and nothing else (no prompt noise)
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.getFirst().startsWith("System Design · "), run.out());
        String question = lines.get(2);
        int answerAt = run.out().indexOf("Model answer · " + question);
        assertTrue(answerAt > 0, "the answer names the question asked:\n" + run.out());
        assertTrue(run.out().contains("[Show answer: /answer]  [Next: /next]  [Skip: /skip]"), run.out());
        assertTrue(run.out().contains("Key points an interviewer listens for"), run.out());
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("> ") || line.startsWith("Mockingbird console")),
                "no prompt or banner when piped:\n" + run.out());
    }

    @Test
    void withoutAnyTokenTheConsoleStartsByItselfAndSaysSoWhenUnattended() {
        Run run = run("/help\n", Map.of());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("/ask [track] [level]"), run.out());
        assertEquals("mockingbird: no TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set; chatting on standard input",
                run.err().strip());
    }

    @Test
    void aMisspeltLogLevelIsOneClearLine() {
        Run run = run("", Map.of("MOCKINGBIRD_LOG_LEVEL", "verbose"), "--console");
        assertEquals(App.BAD_SETUP, run.status());
        assertTrue(run.err().startsWith("mockingbird: MOCKINGBIRD_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, "
                + "ERROR, not VERBOSE"), run.err());
    }

    @Test
    void endOfInputEndsCleanlyAndQuitStopsReading() {
        assertEquals(0, run("", Map.of(), "--console").status());
        Run quit = run("/quit\n/help\n", Map.of(), "--console");
        assertEquals(0, quit.status());
        assertEquals("", quit.out());
    }

    @Test
    void aBrokenQuestionPackStopsStartUpWithOneClearLine() throws Exception {
        Path packs = Files.createDirectories(tmp.resolve("packs"));
        Files.writeString(packs.resolve("extra.json"), """
                {"track": "extra", "name": "Extra", "questions": [
                 {"id": "extra/one", "level": "expert", "question": "Q?", "answer": "A.",
                  "keyPoints": [{"point": "P", "keywords": ["p"]}]}]}""");
        Run run = run("/help\n", Map.of("MOCKINGBIRD_QUESTIONS_DIR", packs.toString()), "--console");
        assertEquals(App.BAD_SETUP, run.status());
        List<String> errLines = run.err().lines().toList();
        assertEquals(1, errLines.size(), run.err());
        assertTrue(errLines.getFirst().contains("extra.json") && errLines.getFirst().contains("extra/one")
                && errLines.getFirst().contains("level"), run.err());
    }

    @Test
    void aPersonContinuesWithTheSameQuestionAfterARestart() {
        // given one console run that asks a question and is then stopped
        Run first = run("/ask system-design\n", Map.of(), "--console");
        String question = first.out().lines().toList().get(2);
        // when the app starts again on the same database and the same person asks for the answer
        Run second = run("/answer\n", Map.of(), "--console");
        // then it is that question's answer
        assertTrue(second.out().startsWith("Model answer · " + question), second.out());
    }

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneLineAndNoPassword() {
        Run run = run("/help\n", Map.of("MOCKINGBIRD_DB_URL", "jdbc:postgresql://127.0.0.1:1/mockingbird",
                "MOCKINGBIRD_DB_USER", "bot", "MOCKINGBIRD_DB_PASSWORD", "hunter2"), "--console");
        assertEquals(App.BAD_SETUP, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("mockingbird: Cannot open the database at jdbc:postgresql://127.0.0.1:1/"),
                run.err());
        assertFalse(run.err().contains("hunter2"));
        assertEquals("", run.out());
    }

    @Test
    void theConfigurationNeverShowsASecret() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123456789:AAHsecretsecretsecretsecretsecret12",
                "DISCORD_BOT_TOKEN", "discord-secret", "MOCKINGBIRD_DB_PASSWORD", "hunter2",
                "MOCKINGBIRD_DB_URL", "jdbc:postgresql://db/x?password=hunter2"));
        String shown = config.toString();
        assertFalse(shown.contains("secret") || shown.contains("hunter2"), shown);
        assertTrue(Secrets.mask("GET https://api.telegram.org/bot123456789:AAHsecretsecretsecretsecretsecret12/getMe")
                .equals("GET https://api.telegram.org/bot***/getMe"));
    }

    @Test
    void aBadTelegramApiUrlIsOneClearLine() {
        Run run = run("", Map.of("TELEGRAM_API_URL", "not a url"), "--console");
        assertEquals(App.BAD_SETUP, run.status());
        assertTrue(run.err().startsWith("mockingbird: TELEGRAM_API_URL"), run.err());
    }
}
