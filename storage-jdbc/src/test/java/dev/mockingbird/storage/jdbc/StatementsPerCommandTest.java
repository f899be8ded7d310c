package dev.mockingbird.storage.jdbc;

import static dev.mockingbird.core.Fixtures.privateText;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Fixtures;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many SQL statements each command costs, counted with Jdbi's statement logger, all in one transaction per
 * request. A budget per command keeps a change that adds round trips from going unnoticed.
 */
class StatementsPerCommandTest {

    @TempDir
    Path dir;
    private final AtomicInteger statements = new AtomicInteger();
    private final Map<String, Integer> counted = new LinkedHashMap<>();

    @Test
    void eachCommandStaysWithinItsStatementBudget() {
        try (JdbcDatabase db = JdbcDatabase.open("jdbc:sqlite:" + dir.resolve("count.db"), Optional.empty(),
                Optional.empty(), Clock.systemUTC(), Optional.empty())) {
            db.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });
            ChatEngine engine = Mockingbird.builder(Fixtures.bank()).storage(db.storage()).random(new Random(7))
                    .build();
            run(engine, "/ask (first)", privateText("/ask sd"));
            run(engine, "/ask", privateText("/ask sd"));
            run(engine, "own answer", privateText("we cache hot reads in redis and use a queue"));
            run(engine, "/answer", privateText("/answer"));
            run(engine, "/next", privateText("/next"));
            run(engine, "/forget yes", privateText("/forget yes"));
            List<Reply> round = run(engine, "/quiz 1 (group)",
                    ChatRequest.text("test", "-100", ChatKind.GROUP, "7", "Bo", "/quiz 1"));
            String press = Fixtures.buttons(round.getLast()).getFirst().data();
            run(engine, "quiz press", ChatRequest.press("test", "-100", ChatKind.GROUP, "7", "Bo", press));
            run(engine, "quiz press (2nd person)", ChatRequest.press("test", "-100", ChatKind.GROUP, "8", "Cy", press));
            run(engine, "/quiz reveal (group)", ChatRequest.text("test", "-100", ChatKind.GROUP, "7", "Bo", "/quiz reveal"));
            List<Reply> game = run(engine, "/quiz 5 (group game)",
                    ChatRequest.text("test", "-100", ChatKind.GROUP, "7", "Bo", "/quiz 5"));
            String gamePress = Fixtures.buttons(game.getLast()).getFirst().data();
            run(engine, "game press", ChatRequest.press("test", "-100", ChatKind.GROUP, "7", "Bo", gamePress));
        }
        System.out.println("Statements per command (one transaction each): " + counted);
        // Every answered update also holds its replies until they are confirmed delivered (one UPDATE), so an
        // instance dying before it sends them loses nothing.
        // A quiz press also reads whether its round belongs to a game (one join), which decides how it closes, and
        // the first press in a second counts the answers for the round's live count (later ones in that second do
        // not: "2nd person" shows the cost without it).
        // Own answer: one read more since team posts, whether the person is answering one privately. /forget: three
        // deletes more, of the person's team answers, pending team answer and anonymity choices.
        // /ask and /next: what the person was asked so far (counts and the last ask) is one read since issue 14.
        Map<String, Integer> budget = Map.of("/ask", 8, "own answer", 9, "/answer", 6, "/next", 7, "/forget yes", 14,
                "quiz press", 7, "quiz press (2nd person)", 6, "game press", 7);
        budget.forEach((command, most) -> assertTrue(counted.get(command) <= most,
                command + " took " + counted.get(command) + " statements, over its budget of " + most));
    }

    private List<Reply> run(ChatEngine engine, String label, ChatRequest request) {
        statements.set(0);
        List<Reply> replies = engine.handle(request.withUpdateId(label));
        counted.put(label, statements.get());
        return replies;
    }
}
