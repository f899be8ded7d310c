package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.QuizAnswer;
import dev.mockingbird.core.storage.QuizGame;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.QuizRound;
import dev.mockingbird.core.storage.QuizSettings;
import dev.mockingbird.core.storage.ScoredAnswer;
import dev.mockingbird.core.storage.StorageException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Quiz rounds in {@code quiz_rounds} and each person's first answer in {@code quiz_answers}. A round ends with a
 * conditional update and an answer enters only an open round, both checked in the one statement.
 */
final class JdbcQuizzes implements QuizPort {

    private static final String ROUND_COLUMNS = "round_id, chat_key, question_id, correct, track, level, started_at, "
            + "ended_at, closes_at";

    private final JdbcTransactions db;

    JdbcQuizzes(JdbcTransactions db) {
        this.db = db;
    }

    private static QuizRound round(ResultSet rows) throws SQLException {
        return new QuizRound(rows.getString("round_id"), SessionKey.parse(rows.getString("chat_key")),
                rows.getString("question_id"), rows.getInt("correct"), Optional.ofNullable(rows.getString("track")),
                Optional.ofNullable(rows.getString("level")), Instant.ofEpochMilli(rows.getLong("started_at")),
                instant(rows, "closes_at"), instant(rows, "ended_at"));
    }

    private static Optional<Instant> instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static <S extends SqlStatement<S>> S bind(S statement, String name, Optional<?> value, int type) {
        return value.isPresent() ? statement.bind(name, value.get()) : statement.bindNull(name, type);
    }

    @Override
    public void startRound(QuizRound round) {
        db.with(h -> {
            var insert = h.createUpdate("INSERT INTO quiz_rounds (" + ROUND_COLUMNS + ") VALUES (:id, :chat, "
                            + ":question, :correct, :track, :level, :started, :ended, :closes)")
                    .bind("id", round.id())
                    .bind("chat", round.chat().asString())
                    .bind("question", round.questionId())
                    .bind("correct", round.correct())
                    .bind("started", round.startedAt().toEpochMilli());
            bind(insert, "track", round.track(), Types.VARCHAR);
            bind(insert, "level", round.level(), Types.VARCHAR);
            bind(insert, "ended", round.endedAt().map(Instant::toEpochMilli), Types.BIGINT);
            bind(insert, "closes", round.closesAt().map(Instant::toEpochMilli), Types.BIGINT);
            return insert.execute();
        });
    }

    @Override
    public Optional<QuizRound> round(String roundId) {
        return db.with(h -> h.createQuery("SELECT " + ROUND_COLUMNS + " FROM quiz_rounds WHERE round_id = :id")
                .bind("id", roundId)
                .map((rows, ctx) -> round(rows))
                .findOne());
    }

    @Override
    public Optional<QuizRound> openRound(SessionKey chat) {
        return db.with(h -> h.createQuery("SELECT " + ROUND_COLUMNS + " FROM quiz_rounds WHERE chat_key = :chat "
                        + "AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1")
                .bind("chat", chat.asString())
                .map((rows, ctx) -> round(rows))
                .findOne());
    }

    @Override
    public List<QuizRound> closing(Instant by, List<String> platforms, int limit) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return db.with(h -> onPlatforms(h.createQuery("SELECT " + ROUND_COLUMNS + " FROM quiz_rounds "
                        + "WHERE ended_at IS NULL AND closes_at <= :by AND (" + platformFilter(platforms) + ") "
                        + "ORDER BY closes_at, round_id LIMIT :limit"), platforms)
                .bind("by", by.toEpochMilli())
                .bind("limit", limit)
                .map((rows, ctx) -> round(rows)).collectIntoList());
    }

    /** Chat keys start with their platform ("telegram:chat:-100"); platform names hold no LIKE wildcards. */
    private static String platformFilter(List<String> platforms) {
        return IntStream.range(0, platforms.size()).mapToObj(i -> "chat_key LIKE :p" + i)
                .collect(Collectors.joining(" OR "));
    }

    private static Query onPlatforms(Query query, List<String> platforms) {
        for (int i = 0; i < platforms.size(); i++) {
            query.bind("p" + i, platforms.get(i) + ":%");
        }
        return query;
    }

    @Override
    public boolean answer(String roundId, QuizAnswer answer) {
        // Only into a round still open, checked in the same statement: another instance may have just ended it.
        return db.with(h -> h.createUpdate("""
                        INSERT INTO quiz_answers (round_id, person_key, display_name, choice, answered_at)
                        SELECT :round, :person, :name, :choice, :at
                        WHERE EXISTS (SELECT 1 FROM quiz_rounds WHERE round_id = :round AND ended_at IS NULL)
                        ON CONFLICT (round_id, person_key) DO NOTHING""")
                .bind("round", roundId)
                .bind("person", answer.person().asString())
                .bind("name", answer.displayName())
                .bind("choice", answer.choice())
                .bind("at", answer.at().toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public List<QuizAnswer> answers(String roundId) {
        return db.with(h -> h.createQuery("""
                        SELECT person_key, display_name, choice, answered_at FROM quiz_answers WHERE round_id = :round
                        ORDER BY answered_at, person_key""")
                .bind("round", roundId)
                .map((rows, ctx) -> new QuizAnswer(SessionKey.parse(rows.getString("person_key")),
                        rows.getString("display_name"), rows.getInt("choice"),
                        Instant.ofEpochMilli(rows.getLong("answered_at"))))
                .collectIntoList());
    }

    @Override
    public boolean endRound(String roundId, Instant at) {
        // The condition is the claim: of any number of instances ending the round, one changes the row.
        return db.with(h -> h.createUpdate("UPDATE quiz_rounds SET ended_at = :at WHERE round_id = :id "
                        + "AND ended_at IS NULL")
                .bind("at", at.toEpochMilli())
                .bind("id", roundId)
                .execute()) == 1;
    }

    @Override
    public Map<String, Integer> roundCounts(SessionKey chat) {
        return db.with(h -> h.createQuery("SELECT question_id, COUNT(*) AS rounds FROM quiz_rounds "
                        + "WHERE chat_key = :chat GROUP BY question_id")
                .bind("chat", chat.asString())
                .map((rows, ctx) -> Map.entry(rows.getString("question_id"), rows.getInt("rounds")))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public List<ScoredAnswer> scoredAnswers(SessionKey chat, Instant since) {
        // One read for the whole leaderboard: the answers with their round and game beside them.
        return db.with(h -> h.createQuery("""
                        SELECT r.round_id AS round_id, r.correct AS correct, r.started_at AS started_at,
                               q.game_id AS game_id, q.seconds AS seconds, q.ended_at AS game_ended_at,
                               a.person_key AS person_key, a.display_name AS display_name, a.choice AS choice,
                               a.answered_at AS answered_at
                        FROM quiz_rounds r
                        JOIN quiz_answers a ON a.round_id = r.round_id
                        LEFT JOIN quiz_game_rounds g ON g.round_id = r.round_id
                        LEFT JOIN quiz_games q ON q.game_id = g.game_id
                        WHERE r.chat_key = :chat AND r.ended_at IS NOT NULL AND r.started_at >= :since
                        ORDER BY r.started_at, r.round_id, a.answered_at, a.person_key""")
                .bind("chat", chat.asString())
                .bind("since", since.toEpochMilli())
                .map((rows, ctx) -> {
                    Optional<String> game = Optional.ofNullable(rows.getString("game_id"));
                    int seconds = rows.getInt("seconds");
                    Optional<Instant> gameEnded = instant(rows, "game_ended_at");
                    return new ScoredAnswer(rows.getString("round_id"), rows.getInt("correct"),
                            Instant.ofEpochMilli(rows.getLong("started_at")), game, game.isPresent() ? seconds : 0,
                            gameEnded.isPresent(), new QuizAnswer(SessionKey.parse(rows.getString("person_key")),
                            rows.getString("display_name"), rows.getInt("choice"),
                            Instant.ofEpochMilli(rows.getLong("answered_at"))));
                })
                .collectIntoList());
    }

    @Override
    public int deleteAnswers(SessionKey person) {
        return db.with(h -> h.createUpdate("DELETE FROM quiz_answers WHERE person_key = :person")
                .bind("person", person.asString())
                .execute());
    }

    // --- games

    private static final String GAME_COLUMNS = "game_id, chat_key, starter, track, level, rounds, seconds, played, "
            + "started_at, next_round_at, ended_at";

    private static QuizGame game(ResultSet rows) throws SQLException {
        return new QuizGame(rows.getString("game_id"), SessionKey.parse(rows.getString("chat_key")),
                rows.getString("starter"), Optional.ofNullable(rows.getString("track")),
                Optional.ofNullable(rows.getString("level")), rows.getInt("rounds"), rows.getInt("seconds"),
                rows.getInt("played"), Instant.ofEpochMilli(rows.getLong("started_at")),
                instant(rows, "next_round_at"), instant(rows, "ended_at"));
    }

    @Override
    public void startGame(QuizGame game) {
        db.with(h -> {
            var insert = h.createUpdate("INSERT INTO quiz_games (" + GAME_COLUMNS + ") VALUES (:id, :chat, :starter, "
                            + ":track, :level, :rounds, :seconds, :played, :started, :next, :ended)")
                    .bind("id", game.id())
                    .bind("chat", game.chat().asString())
                    .bind("starter", game.starter())
                    .bind("rounds", game.rounds())
                    .bind("seconds", game.seconds())
                    .bind("played", game.played())
                    .bind("started", game.startedAt().toEpochMilli());
            bind(insert, "track", game.track(), Types.VARCHAR);
            bind(insert, "level", game.level(), Types.VARCHAR);
            bind(insert, "next", game.nextRoundAt().map(Instant::toEpochMilli), Types.BIGINT);
            bind(insert, "ended", game.endedAt().map(Instant::toEpochMilli), Types.BIGINT);
            return insert.execute();
        });
    }

    @Override
    public Optional<QuizGame> game(String gameId) {
        return db.with(h -> h.createQuery("SELECT " + GAME_COLUMNS + " FROM quiz_games WHERE game_id = :id")
                .bind("id", gameId)
                .map((rows, ctx) -> game(rows))
                .findOne());
    }

    @Override
    public Optional<QuizGame> runningGame(SessionKey chat) {
        return db.with(h -> h.createQuery("SELECT " + GAME_COLUMNS + " FROM quiz_games WHERE chat_key = :chat "
                        + "AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1")
                .bind("chat", chat.asString())
                .map((rows, ctx) -> game(rows))
                .findOne());
    }

    @Override
    public void addGameRound(String gameId, String roundId) {
        db.with(h -> {
            // The round number comes from the game's own count, and the update claims it: two instances starting
            // "round 3" at once cannot both succeed (the primary key on game and number backs the count).
            int played = h.createQuery("SELECT played FROM quiz_games WHERE game_id = :id")
                    .bind("id", gameId).mapTo(Integer.class).findOne()
                    .orElseThrow(() -> new StorageException("No quiz game " + gameId));
            h.createUpdate("INSERT INTO quiz_game_rounds (game_id, round_no, round_id) VALUES (:id, :no, :round)")
                    .bind("id", gameId).bind("no", played + 1).bind("round", roundId).execute();
            return h.createUpdate("UPDATE quiz_games SET played = played + 1, next_round_at = NULL "
                            + "WHERE game_id = :id AND played = :played")
                    .bind("id", gameId).bind("played", played).execute();
        });
    }

    @Override
    public Optional<QuizGame> gameOf(String roundId) {
        return db.with(h -> h.createQuery("SELECT " + GAME_COLUMNS.replaceAll("(\\w+)", "q.$1")
                        + " FROM quiz_game_rounds g JOIN quiz_games q ON q.game_id = g.game_id WHERE g.round_id = :round")
                .bind("round", roundId).map((rows, ctx) -> game(rows)).findOne());
    }

    @Override
    public List<QuizRound> gameRounds(String gameId) {
        return db.with(h -> h.createQuery("SELECT " + prefixed("r.") + " FROM quiz_game_rounds g "
                        + "JOIN quiz_rounds r ON r.round_id = g.round_id WHERE g.game_id = :id ORDER BY g.round_no")
                .bind("id", gameId)
                .map((rows, ctx) -> round(rows))
                .collectIntoList());
    }

    private static String prefixed(String alias) {
        return java.util.Arrays.stream(ROUND_COLUMNS.split(",\\s*")).map(c -> alias + c)
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean scheduleNext(String gameId, int played, Instant at) {
        return db.with(h -> h.createUpdate("UPDATE quiz_games SET next_round_at = :at WHERE game_id = :id "
                        + "AND played = :played AND next_round_at IS NULL AND ended_at IS NULL")
                .bind("at", at.toEpochMilli()).bind("id", gameId).bind("played", played)
                .execute()) == 1;
    }

    @Override
    public boolean takeNext(String gameId, int played) {
        return db.with(h -> h.createUpdate("UPDATE quiz_games SET next_round_at = NULL WHERE game_id = :id "
                        + "AND played = :played AND next_round_at IS NOT NULL AND ended_at IS NULL")
                .bind("id", gameId).bind("played", played)
                .execute()) == 1;
    }

    @Override
    public List<QuizGame> gamesDue(Instant by, List<String> platforms, int limit) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return db.with(h -> onPlatforms(h.createQuery("SELECT " + GAME_COLUMNS + " FROM quiz_games "
                        + "WHERE ended_at IS NULL AND next_round_at <= :by AND (" + platformFilter(platforms) + ") "
                        + "ORDER BY next_round_at, game_id LIMIT :limit"), platforms)
                .bind("by", by.toEpochMilli())
                .bind("limit", limit)
                .map((rows, ctx) -> game(rows)).collectIntoList());
    }

    @Override
    public boolean endGame(String gameId, Instant at) {
        return db.with(h -> h.createUpdate("UPDATE quiz_games SET ended_at = :at, next_round_at = NULL "
                        + "WHERE game_id = :id AND ended_at IS NULL")
                .bind("at", at.toEpochMilli()).bind("id", gameId)
                .execute()) == 1;
    }

    // --- settings

    @Override
    public Optional<QuizSettings> settings(SessionKey chat) {
        return db.with(h -> h.createQuery("SELECT rounds, seconds, track, level FROM quiz_settings "
                        + "WHERE chat_key = :chat")
                .bind("chat", chat.asString())
                .map((rows, ctx) -> new QuizSettings(chat, rows.getInt("rounds"), rows.getInt("seconds"),
                        Optional.ofNullable(rows.getString("track")), Optional.ofNullable(rows.getString("level"))))
                .findOne());
    }

    @Override
    public void saveSettings(QuizSettings settings) {
        db.with(h -> {
            var upsert = h.createUpdate("INSERT INTO quiz_settings (chat_key, rounds, seconds, track, level) "
                            + "VALUES (:chat, :rounds, :seconds, :track, :level) ON CONFLICT (chat_key) DO UPDATE "
                            + "SET rounds = excluded.rounds, seconds = excluded.seconds, track = excluded.track, "
                            + "level = excluded.level")
                    .bind("chat", settings.chat().asString())
                    .bind("rounds", settings.rounds())
                    .bind("seconds", settings.seconds());
            bind(upsert, "track", settings.track(), Types.VARCHAR);
            bind(upsert, "level", settings.level(), Types.VARCHAR);
            return upsert.execute();
        });
    }
}
