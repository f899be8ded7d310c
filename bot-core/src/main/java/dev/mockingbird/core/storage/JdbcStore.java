package dev.mockingbird.core.storage;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionPort;
import dev.mockingbird.core.session.SessionState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every port over one JDBC data source, in SQL that SQLite and PostgreSQL both speak ({@code ON CONFLICT} upserts,
 * epoch-millisecond times). Each write is one statement or one transaction, committed before the engine replies.
 */
final class JdbcStore implements ProfilePort, HistoryPort, SessionPort, UpdateLogPort, ClaimPort, ChatPort,
        QuizPort, DailyPort, ReviewPort {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final DataSource db;
    private final Clock clock;
    private final SessionCodec codec = new SessionCodec();

    JdbcStore(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Could not write to the database: " + e.getMessage(), e);
        }
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rows = s.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new StorageException("Could not read from the database: " + e.getMessage(), e);
        }
    }

    // --- profiles

    @Override
    public Optional<Profile> find(SessionKey person) {
        return query("SELECT display_name, track, level FROM people WHERE platform = ? AND user_id = ?", s -> {
            s.setString(1, person.platform());
            s.setString(2, person.id());
        }, rows -> rows.next()
                ? Optional.of(new Profile(person, rows.getString(1), Optional.ofNullable(rows.getString(2)),
                Level.parse(rows.getString(3)).orElse(Profile.DEFAULT_LEVEL)))
                : Optional.empty());
    }

    @Override
    public void save(Profile profile) {
        update("""
                INSERT INTO people (platform, user_id, display_name, track, level, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (platform, user_id) DO UPDATE SET display_name = excluded.display_name,
                    track = excluded.track, level = excluded.level, updated_at = excluded.updated_at""", s -> {
            s.setString(1, profile.person().platform());
            s.setString(2, profile.person().id());
            s.setString(3, profile.displayName());
            if (profile.track().isPresent()) {
                s.setString(4, profile.track().get());
            } else {
                s.setNull(4, Types.VARCHAR);
            }
            s.setString(5, profile.level().slug());
            s.setLong(6, clock.millis());
        });
    }

    @Override
    public boolean deleteProfile(SessionKey person) {
        return update("DELETE FROM people WHERE platform = ? AND user_id = ?", s -> {
            s.setString(1, person.platform());
            s.setString(2, person.id());
        }) > 0;
    }

    // --- history

    @Override
    public void recordAsked(SessionKey owner, String questionId, Instant at) {
        update("""
                INSERT INTO history (id, owner, seq, question_id, asked_at, outcome, score, updated_at)
                SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, NULL, ? FROM history WHERE owner = ?""", s -> {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, owner.asString());
            s.setString(3, questionId);
            s.setLong(4, at.toEpochMilli());
            s.setString(5, Outcome.ASKED.name());
            s.setLong(6, at.toEpochMilli());
            s.setString(7, owner.asString());
        });
    }

    @Override
    public void recordOutcome(SessionKey owner, String questionId, Outcome outcome, OptionalInt score, Instant at) {
        update("""
                UPDATE history SET outcome = ?, score = COALESCE(?, score), updated_at = ?
                WHERE id = (SELECT id FROM history WHERE owner = ? AND question_id = ? ORDER BY seq DESC LIMIT 1)""",
                s -> {
                    s.setString(1, outcome.name());
                    if (score.isPresent()) {
                        s.setInt(2, score.getAsInt());
                    } else {
                        s.setNull(2, Types.INTEGER);
                    }
                    s.setLong(3, at.toEpochMilli());
                    s.setString(4, owner.asString());
                    s.setString(5, questionId);
                });
    }

    @Override
    public Map<String, Integer> askCounts(SessionKey owner) {
        return query("SELECT question_id, COUNT(*) FROM history WHERE owner = ? GROUP BY question_id",
                s -> s.setString(1, owner.asString()), rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                    return Map.copyOf(counts);
                });
    }

    @Override
    public Optional<String> lastAsked(SessionKey owner) {
        return query("SELECT question_id FROM history WHERE owner = ? ORDER BY seq DESC LIMIT 1",
                s -> s.setString(1, owner.asString()),
                rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
    }

    @Override
    public List<HistoryEntry> recent(SessionKey owner, int limit) {
        return query("SELECT question_id, asked_at, outcome, score FROM history WHERE owner = ? ORDER BY seq DESC "
                + "LIMIT ?", s -> {
                    s.setString(1, owner.asString());
                    s.setInt(2, limit);
                }, rows -> {
                    List<HistoryEntry> entries = new ArrayList<>();
                    while (rows.next()) {
                        int score = rows.getInt(4);
                        OptionalInt graded = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(score);
                        entries.add(new HistoryEntry(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)),
                                Outcome.valueOf(rows.getString(3)), graded));
                    }
                    return List.copyOf(entries);
                });
    }

    @Override
    public int deleteHistory(SessionKey owner) {
        int questions = query("SELECT COUNT(DISTINCT question_id) FROM history WHERE owner = ?",
                s -> s.setString(1, owner.asString()), rows -> rows.next() ? rows.getInt(1) : 0);
        update("DELETE FROM history WHERE owner = ?", s -> s.setString(1, owner.asString()));
        return questions;
    }

    // --- sessions

    @Override
    public Optional<SessionState> load(SessionKey key) {
        return query("SELECT state FROM sessions WHERE session_key = ?", s -> s.setString(1, key.asString()),
                rows -> rows.next() ? codec.decode(rows.getString(1)) : Optional.empty());
    }

    @Override
    public void save(SessionKey key, SessionState state) {
        update("""
                INSERT INTO sessions (session_key, state, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (session_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at""",
                s -> {
                    s.setString(1, key.asString());
                    s.setString(2, codec.encode(state));
                    s.setLong(3, state.updatedAt().toEpochMilli());
                });
    }

    @Override
    public Optional<Instant> version(SessionKey key) {
        return query("SELECT updated_at FROM sessions WHERE session_key = ?", s -> s.setString(1, key.asString()),
                rows -> rows.next() ? Optional.of(Instant.ofEpochMilli(rows.getLong(1))) : Optional.empty());
    }

    @Override
    public boolean deleteSession(SessionKey key) {
        return update("DELETE FROM sessions WHERE session_key = ?", s -> s.setString(1, key.asString())) > 0;
    }

    // --- updates, claims, chats

    @Override
    public boolean firstSeen(String platform, String updateId, Instant at) {
        return update("""
                INSERT INTO processed_updates (platform, update_id, processed_at) VALUES (?, ?, ?)
                ON CONFLICT (platform, update_id) DO NOTHING""", s -> {
            s.setString(1, platform);
            s.setString(2, updateId);
            s.setLong(3, at.toEpochMilli());
        }) == 1;
    }

    @Override
    public int forgetUpdatesBefore(Instant before) {
        return update("DELETE FROM processed_updates WHERE processed_at < ?", s -> s.setLong(1, before.toEpochMilli()));
    }

    @Override
    public int forgetClaimsBefore(Instant before) {
        return update("DELETE FROM claims WHERE claimed_at < ?", s -> s.setLong(1, before.toEpochMilli()));
    }

    @Override
    public boolean claim(String key, String instance, Instant at) {
        return update("""
                INSERT INTO claims (claim_key, instance, claimed_at) VALUES (?, ?, ?)
                ON CONFLICT (claim_key) DO NOTHING""", s -> {
            s.setString(1, key);
            s.setString(2, instance);
            s.setLong(3, at.toEpochMilli());
        }) == 1;
    }

    @Override
    public boolean claimed(String key) {
        return query("SELECT 1 FROM claims WHERE claim_key = ?", s -> s.setString(1, key), ResultSet::next);
    }

    @Override
    public void release(String key) {
        update("DELETE FROM claims WHERE claim_key = ?", s -> s.setString(1, key));
    }

    @Override
    public void markInactive(String platform, String chatId, String reason, Instant at) {
        setActive(platform, chatId, false, reason, at);
    }

    @Override
    public void markActive(String platform, String chatId, Instant at) {
        setActive(platform, chatId, true, null, at);
    }

    private void setActive(String platform, String chatId, boolean active, @Nullable String reason, Instant at) {
        update("""
                INSERT INTO chats (platform, chat_id, active, reason, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (platform, chat_id) DO UPDATE SET active = excluded.active, reason = excluded.reason,
                    updated_at = excluded.updated_at""", s -> {
            s.setString(1, platform);
            s.setString(2, chatId);
            s.setBoolean(3, active);
            if (reason == null) {
                s.setNull(4, Types.VARCHAR);
            } else {
                s.setString(4, reason.length() > 200 ? reason.substring(0, 200) : reason);
            }
            s.setLong(5, at.toEpochMilli());
        });
    }

    @Override
    public boolean isActive(String platform, String chatId) {
        return query("SELECT active FROM chats WHERE platform = ? AND chat_id = ?", s -> {
            s.setString(1, platform);
            s.setString(2, chatId);
        }, rows -> !rows.next() || rows.getBoolean(1));
    }

    // --- quizzes

    private static final String ROUND_COLUMNS = "round_id, chat_key, question_id, correct, track, level, started_at, "
            + "ended_at, closes_at";

    @Override
    public void startRound(QuizRound round) {
        update("INSERT INTO quiz_rounds (" + ROUND_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, round.id());
            s.setString(2, round.chat().asString());
            s.setString(3, round.questionId());
            s.setInt(4, round.correct());
            setOptional(s, 5, round.track());
            setOptional(s, 6, round.level());
            s.setLong(7, round.startedAt().toEpochMilli());
            setInstant(s, 8, round.endedAt());
            setInstant(s, 9, round.closesAt());
        });
    }

    private static void setOptional(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private static void setInstant(PreparedStatement s, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.get().toEpochMilli());
        } else {
            s.setNull(index, Types.BIGINT);
        }
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static QuizRound readRound(ResultSet rows) throws SQLException {
        return new QuizRound(rows.getString(1), SessionKey.parse(rows.getString(2)), rows.getString(3),
                rows.getInt(4), Optional.ofNullable(rows.getString(5)), Optional.ofNullable(rows.getString(6)),
                Instant.ofEpochMilli(rows.getLong(7)), instant(rows, 9), instant(rows, 8));
    }

    @Override
    public List<QuizRound> closing(Instant by, List<String> platforms, int limit) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        // Chat keys start with their platform ("telegram:chat:-100"); platform names hold no LIKE wildcards.
        String onPlatforms = String.join(" OR ", java.util.Collections.nCopies(platforms.size(), "chat_key LIKE ?"));
        return query("SELECT " + ROUND_COLUMNS + " FROM quiz_rounds WHERE ended_at IS NULL AND closes_at <= ? AND ("
                + onPlatforms + ") ORDER BY closes_at, round_id LIMIT ?", s -> {
                    s.setLong(1, by.toEpochMilli());
                    for (int i = 0; i < platforms.size(); i++) {
                        s.setString(i + 2, platforms.get(i) + ":%");
                    }
                    s.setInt(platforms.size() + 2, limit);
                }, rows -> {
                    List<QuizRound> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(readRound(rows));
                    }
                    return List.copyOf(found);
                });
    }

    @Override
    public Optional<QuizRound> round(String roundId) {
        return query("SELECT " + ROUND_COLUMNS + " FROM quiz_rounds WHERE round_id = ?", s -> s.setString(1, roundId),
                rows -> rows.next() ? Optional.of(readRound(rows)) : Optional.empty());
    }

    @Override
    public Optional<QuizRound> openRound(SessionKey chat) {
        return query("SELECT " + ROUND_COLUMNS + " FROM quiz_rounds WHERE chat_key = ? AND ended_at IS NULL "
                        + "ORDER BY started_at DESC LIMIT 1", s -> s.setString(1, chat.asString()),
                rows -> rows.next() ? Optional.of(readRound(rows)) : Optional.empty());
    }

    @Override
    public boolean answer(String roundId, QuizAnswer answer) {
        // Only into a round still open, checked in the same statement: another instance may have just ended it.
        return update("""
                INSERT INTO quiz_answers (round_id, person_key, display_name, choice, answered_at)
                SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM quiz_rounds WHERE round_id = ? AND ended_at IS NULL)
                ON CONFLICT (round_id, person_key) DO NOTHING""", s -> {
            s.setString(1, roundId);
            s.setString(2, answer.person().asString());
            s.setString(3, answer.displayName());
            s.setInt(4, answer.choice());
            s.setLong(5, answer.at().toEpochMilli());
            s.setString(6, roundId);
        }) == 1;
    }

    @Override
    public List<QuizAnswer> answers(String roundId) {
        return query("SELECT person_key, display_name, choice, answered_at FROM quiz_answers WHERE round_id = ? "
                + "ORDER BY answered_at, person_key", s -> s.setString(1, roundId), rows -> {
                    List<QuizAnswer> given = new ArrayList<>();
                    while (rows.next()) {
                        given.add(new QuizAnswer(SessionKey.parse(rows.getString(1)), rows.getString(2),
                                rows.getInt(3), Instant.ofEpochMilli(rows.getLong(4))));
                    }
                    return List.copyOf(given);
                });
    }

    @Override
    public boolean endRound(String roundId, Instant at) {
        // The condition is the claim: of any number of instances ending the round, one changes the row.
        return update("UPDATE quiz_rounds SET ended_at = ? WHERE round_id = ? AND ended_at IS NULL", s -> {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, roundId);
        }) == 1;
    }

    @Override
    public Map<String, Integer> roundCounts(SessionKey chat) {
        return query("SELECT question_id, COUNT(*) FROM quiz_rounds WHERE chat_key = ? GROUP BY question_id",
                s -> s.setString(1, chat.asString()), rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                    return Map.copyOf(counts);
                });
    }

    @Override
    public List<QuizScore> scores(SessionKey chat, int limit) {
        return query("""
                SELECT a.person_key, MAX(a.display_name),
                       SUM(CASE WHEN a.choice = r.correct THEN 1 ELSE 0 END) AS right_answers, COUNT(*) AS answered
                FROM quiz_answers a JOIN quiz_rounds r ON r.round_id = a.round_id
                WHERE r.chat_key = ? AND r.ended_at IS NOT NULL
                GROUP BY a.person_key
                ORDER BY right_answers DESC, answered ASC, a.person_key
                LIMIT ?""", s -> {
                    s.setString(1, chat.asString());
                    s.setInt(2, limit);
                }, rows -> {
                    List<QuizScore> scores = new ArrayList<>();
                    while (rows.next()) {
                        scores.add(new QuizScore(SessionKey.parse(rows.getString(1)), rows.getString(2),
                                rows.getInt(3), rows.getInt(4)));
                    }
                    return List.copyOf(scores);
                });
    }

    @Override
    public int deleteAnswers(SessionKey person) {
        return update("DELETE FROM quiz_answers WHERE person_key = ?", s -> s.setString(1, person.asString()));
    }

    // --- daily

    private static final String DAILY_COLUMNS = "platform, chat_id, chat_kind, user_id, user_name, at_minute, track, "
            + "level, since, zone";

    @Override
    public void subscribe(DailySubscription d) {
        update("INSERT INTO daily_subscriptions (" + DAILY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (platform, chat_id) DO UPDATE SET chat_kind = excluded.chat_kind, "
                + "user_id = excluded.user_id, user_name = excluded.user_name, at_minute = excluded.at_minute, "
                + "track = excluded.track, level = excluded.level, since = excluded.since, zone = excluded.zone",
                s -> {
                    s.setString(1, d.platform());
                    s.setString(2, d.chatId());
                    s.setString(3, d.chatKind().name());
                    s.setString(4, d.userId());
                    s.setString(5, d.userName());
                    s.setInt(6, d.at().getHour() * 60 + d.at().getMinute());
                    setOptional(s, 7, d.track());
                    setOptional(s, 8, d.level().map(Level::slug));
                    s.setLong(9, d.since().toEpochMilli());
                    s.setString(10, d.zone().getId());
                });
    }

    /** Rows from before time zones, or with a zone this JVM no longer knows, are in UTC. */
    private static ZoneId zone(@Nullable String id) {
        if (id == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            LOG.warn("Unknown time zone {} on a daily subscription; using UTC: {}", id, e.getMessage());
            return ZoneOffset.UTC;
        }
    }

    @Override
    public boolean unsubscribe(String platform, String chatId) {
        return update("DELETE FROM daily_subscriptions WHERE platform = ? AND chat_id = ?", s -> {
            s.setString(1, platform);
            s.setString(2, chatId);
        }) > 0;
    }

    private static DailySubscription readDaily(ResultSet rows) throws SQLException {
        int minute = rows.getInt(6);
        return new DailySubscription(rows.getString(1), rows.getString(2), ChatKind.valueOf(rows.getString(3)),
                rows.getString(4), rows.getString(5), LocalTime.of(minute / 60, minute % 60), zone(rows.getString(10)),
                Optional.ofNullable(rows.getString(7)), Optional.ofNullable(rows.getString(8)).flatMap(Level::parse),
                Instant.ofEpochMilli(rows.getLong(9)));
    }

    @Override
    public Optional<DailySubscription> subscription(String platform, String chatId) {
        return query("SELECT " + DAILY_COLUMNS + " FROM daily_subscriptions WHERE platform = ? AND chat_id = ?", s -> {
            s.setString(1, platform);
            s.setString(2, chatId);
        }, rows -> rows.next() ? Optional.of(readDaily(rows)) : Optional.empty());
    }

    @Override
    public List<DailySubscription> subscriptions(List<String> platforms) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(platforms.size(), "?"));
        return query("SELECT " + DAILY_COLUMNS + " FROM daily_subscriptions WHERE platform IN (" + marks + ") "
                + "ORDER BY at_minute, platform, chat_id", s -> {
                    for (int i = 0; i < platforms.size(); i++) {
                        s.setString(i + 1, platforms.get(i));
                    }
                }, rows -> {
                    List<DailySubscription> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(readDaily(rows));
                    }
                    return List.copyOf(found);
                });
    }

    // --- reviews

    @Override
    public void schedule(Review review) {
        update("""
                INSERT INTO reviews (person_key, question_id, due_at, interval_days) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_key, question_id) DO UPDATE SET due_at = excluded.due_at,
                    interval_days = excluded.interval_days""", s -> {
            s.setString(1, review.person().asString());
            s.setString(2, review.questionId());
            s.setLong(3, review.due().toEpochMilli());
            s.setInt(4, review.intervalDays());
        });
    }

    private static List<Review> readReviews(SessionKey person, ResultSet rows) throws SQLException {
        List<Review> found = new ArrayList<>();
        while (rows.next()) {
            found.add(new Review(person, rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getInt(3)));
        }
        return List.copyOf(found);
    }

    @Override
    public Optional<Review> review(SessionKey person, String questionId) {
        return query("SELECT question_id, due_at, interval_days FROM reviews WHERE person_key = ? AND question_id = ?",
                s -> {
                    s.setString(1, person.asString());
                    s.setString(2, questionId);
                }, rows -> readReviews(person, rows).stream().findFirst());
    }

    @Override
    public List<Review> due(SessionKey person, Instant by, int limit) {
        return query("SELECT question_id, due_at, interval_days FROM reviews WHERE person_key = ? AND due_at <= ? "
                + "ORDER BY due_at, question_id LIMIT ?", s -> {
                    s.setString(1, person.asString());
                    s.setLong(2, by.toEpochMilli());
                    s.setInt(3, limit);
                }, rows -> readReviews(person, rows));
    }

    @Override
    public Optional<Review> next(SessionKey person, Instant after) {
        return query("SELECT question_id, due_at, interval_days FROM reviews WHERE person_key = ? AND due_at > ? "
                + "ORDER BY due_at, question_id LIMIT 1", s -> {
                    s.setString(1, person.asString());
                    s.setLong(2, after.toEpochMilli());
                }, rows -> readReviews(person, rows).stream().findFirst());
    }

    @Override
    public int deleteReviews(SessionKey person) {
        return update("DELETE FROM reviews WHERE person_key = ?", s -> s.setString(1, person.asString()));
    }
}
