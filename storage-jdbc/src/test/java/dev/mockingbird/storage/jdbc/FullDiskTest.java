package dev.mockingbird.storage.jdbc;

import static dev.mockingbird.core.Fixtures.privateText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDatabaseFailsTheCommandWithAFriendlyReplyAndLosesNothingElse() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("full.db");
        QuestionBank bank = Fixtures.bank();
        Database.open(url, Optional.empty(), Optional.empty(), Clock.systemUTC()).close();
        long pages;
        try (var c = DriverManager.getConnection(url); var s = c.createStatement();
             var rows = s.executeQuery("PRAGMA page_count")) {
            rows.next();
            pages = rows.getLong(1);
        }
        // given a database that cannot grow past its current size (a full disk, as SQLite sees it)
        String lastShown = null;
        String failure = null;
        try (Database full = Database.open(url + "?max_page_count=" + pages, Optional.empty(), Optional.empty(),
                Clock.systemUTC())) {
            ChatEngine engine = Mockingbird.builder(bank).storage(full.storage()).build();
            // when a person keeps asking until the store refuses a write
            for (int i = 0; i < 2_000 && failure == null; i++) {
                String text = ((Reply.Send) engine.handle(privateText("/ask sd")).getFirst()).text().plainText();
                if (text.contains("could not save")) {
                    failure = text;
                } else {
                    lastShown = text.lines().toList().get(2);
                }
            }
        }
        // then that command fails with a friendly reply
        assertTrue(failure != null && failure.startsWith("Sorry, I could not save that"), String.valueOf(failure));
        // and the store still holds the last question the person was shown
        try (Database db = Database.open(url, Optional.empty(), Optional.empty(), Clock.systemUTC())) {
            SessionState state = db.storage().sessions().load(new SessionKey("test", "user", "42")).orElseThrow();
            String stored = bank.byId(((SessionState.Asking) state).questionId()).orElseThrow().question();
            assertEquals(lastShown, stored);
        }
    }
}
