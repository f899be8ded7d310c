package dev.mockingbird.storage.jdbc;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.storage.DailyPort;
import dev.mockingbird.core.storage.DailySubscription;
import dev.mockingbird.core.storage.TeamAnswer;
import dev.mockingbird.core.storage.TeamDigest;
import dev.mockingbird.core.storage.TeamPost;
import dev.mockingbird.core.storage.TeamSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daily-question subscriptions in {@code daily_subscriptions}, one per chat; times of day as minutes. */
final class JdbcDaily implements DailyPort {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDaily.class);
    private static final String COLUMNS = "platform, chat_id, chat_kind, user_id, user_name, at_minute, track, "
            + "level, since, zone, weekdays_only, paused";

    private final JdbcTransactions db;

    JdbcDaily(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public void subscribe(DailySubscription d) {
        db.with(h -> {
            var upsert = h.createUpdate("INSERT INTO daily_subscriptions (" + COLUMNS + ") VALUES (:platform, :chat, "
                            + ":kind, :user, :name, :minute, :track, :level, :since, :zone, :weekdays, :paused) "
                            + "ON CONFLICT (platform, chat_id) DO UPDATE SET chat_kind = excluded.chat_kind, "
                            + "user_id = excluded.user_id, user_name = excluded.user_name, "
                            + "at_minute = excluded.at_minute, track = excluded.track, level = excluded.level, "
                            + "since = excluded.since, zone = excluded.zone, weekdays_only = excluded.weekdays_only, "
                            + "paused = excluded.paused")
                    .bind("platform", d.platform())
                    .bind("chat", d.chatId())
                    .bind("kind", d.chatKind().name())
                    .bind("user", d.userId())
                    .bind("name", d.userName())
                    .bind("minute", d.at().getHour() * 60 + d.at().getMinute())
                    .bind("since", d.since().toEpochMilli())
                    .bind("zone", d.zone().getId())
                    // 0 and 1 rather than a boolean type: the same column reads alike on SQLite and PostgreSQL.
                    .bind("weekdays", d.weekdays() ? 1 : 0)
                    .bind("paused", d.paused() ? 1 : 0);
            d.track().ifPresentOrElse(t -> upsert.bind("track", t), () -> upsert.bindNull("track", Types.VARCHAR));
            d.level().ifPresentOrElse(l -> upsert.bind("level", l.slug()),
                    () -> upsert.bindNull("level", Types.VARCHAR));
            return upsert.execute();
        });
    }

    @Override
    public boolean unsubscribe(String platform, String chatId) {
        return db.with(h -> h.createUpdate("DELETE FROM daily_subscriptions WHERE platform = :platform "
                        + "AND chat_id = :chat")
                .bind("platform", platform)
                .bind("chat", chatId)
                .execute()) > 0;
    }

    @Override
    public Optional<DailySubscription> subscription(String platform, String chatId) {
        return db.with(h -> h.createQuery("SELECT " + COLUMNS + " FROM daily_subscriptions "
                        + "WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", platform)
                .bind("chat", chatId)
                .map((rows, ctx) -> subscription(rows))
                .findOne());
    }

    @Override
    public List<DailySubscription> subscriptions(List<String> platforms) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return db.with(h -> onPlatforms(h.createQuery("SELECT " + COLUMNS + " FROM daily_subscriptions WHERE platform IN ("
                + names(platforms) + ") ORDER BY at_minute, platform, chat_id"), platforms)
                .map((rows, ctx) -> subscription(rows)).collectIntoList());
    }

    private static DailySubscription subscription(ResultSet rows) throws SQLException {
        int minute = rows.getInt("at_minute");
        return new DailySubscription(rows.getString("platform"), rows.getString("chat_id"),
                ChatKind.valueOf(rows.getString("chat_kind")), rows.getString("user_id"), rows.getString("user_name"),
                LocalTime.of(minute / 60, minute % 60), zone(rows.getString("zone")),
                Optional.ofNullable(rows.getString("track")),
                Optional.ofNullable(rows.getString("level")).flatMap(Level::parse),
                Instant.ofEpochMilli(rows.getLong("since")), rows.getInt("weekdays_only") == 1,
                rows.getInt("paused") == 1);
    }

    /** Rows from before time zones, or with a zone this JVM no longer knows, are in UTC. */
    private static ZoneId zone(@Nullable String id) {
        if (id == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            LOG.warn("Unknown time zone {} on a daily subscription; using UTC: {}", id, e.getMessage());
            return ZoneOffset.UTC;
        }
    }

    // --- team posts

    /** The columns {@link #teamPost} reads. */
    private static final String POST_COLUMNS = "post_id, platform, chat_id, question_id, posted_at, revealed_at, "
            + "message_id";

    @Override
    public void addPost(TeamPost post) {
        db.with(h -> {
            var insert = h.createUpdate("INSERT INTO team_posts (post_id, platform, chat_id, question_id, posted_at, "
                            + "revealed_at) VALUES (:id, :platform, :chat, :question, :posted, :revealed)")
                    .bind("id", post.id())
                    .bind("platform", post.platform())
                    .bind("chat", post.chatId())
                    .bind("question", post.questionId())
                    .bind("posted", post.postedAt().toEpochMilli());
            post.revealedAt().ifPresentOrElse(at -> insert.bind("revealed", at.toEpochMilli()),
                    () -> insert.bindNull("revealed", Types.BIGINT));
            return insert.execute();
        });
    }

    @Override
    public Optional<TeamPost> post(String id) {
        return db.with(h -> h.createQuery("SELECT " + POST_COLUMNS + " "
                        + "FROM team_posts WHERE post_id = :id")
                .bind("id", id)
                .map((rows, ctx) -> teamPost(rows))
                .findOne());
    }

    @Override
    public Optional<TeamPost> openPost(String platform, String chatId) {
        return db.with(h -> h.createQuery("SELECT " + POST_COLUMNS + " "
                        + "FROM team_posts WHERE platform = :platform AND chat_id = :chat AND revealed_at IS NULL "
                        + "ORDER BY posted_at DESC, post_id DESC LIMIT 1")
                .bind("platform", platform)
                .bind("chat", chatId)
                .map((rows, ctx) -> teamPost(rows))
                .findFirst());
    }

    private static TeamPost teamPost(ResultSet rows) throws SQLException {
        long revealed = rows.getLong("revealed_at");
        Optional<Instant> revealedAt = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revealed));
        return new TeamPost(rows.getString("post_id"), rows.getString("platform"), rows.getString("chat_id"),
                rows.getString("question_id"), Instant.ofEpochMilli(rows.getLong("posted_at")), revealedAt,
                Optional.ofNullable(rows.getString("message_id")));
    }

    @Override
    public void saveAnswer(TeamAnswer answer) {
        db.with(h -> h.createUpdate("INSERT INTO team_answers (post_id, user_id, user_name, covered, score, "
                        + "answered_at, first_at) VALUES (:post, :user, :name, :covered, :score, :at, :at) "
                        + "ON CONFLICT (post_id, user_id) DO UPDATE SET user_name = excluded.user_name, "
                        + "covered = excluded.covered, score = excluded.score, answered_at = excluded.answered_at")
                .bind("post", answer.postId())
                .bind("user", answer.userId())
                .bind("name", answer.userName())
                .bind("covered", answer.covered().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .bind("score", answer.score())
                .bind("at", answer.answeredAt().toEpochMilli())
                .execute());
    }

    @Override
    public List<TeamAnswer> teamAnswers(String postId) {
        return db.with(h -> h.createQuery("SELECT post_id, user_id, user_name, covered, score, answered_at "
                        + "FROM team_answers WHERE post_id = :post ORDER BY first_at, user_id")
                .bind("post", postId)
                .map((rows, ctx) -> teamAnswer(rows))
                .list());
    }

    private static TeamAnswer teamAnswer(ResultSet rows) throws SQLException {
        return new TeamAnswer(rows.getString("post_id"), rows.getString("user_id"), rows.getString("user_name"),
                indices(rows.getString("covered")), rows.getInt("score"),
                Instant.ofEpochMilli(rows.getLong("answered_at")));
    }

    private static List<Integer> indices(String text) {
        return text.isEmpty() ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(Integer::parseInt).toList();
    }

    @Override
    public boolean reveal(String postId, Instant at) {
        return db.with(h -> h.createUpdate("UPDATE team_posts SET revealed_at = :at WHERE post_id = :id "
                        + "AND revealed_at IS NULL")
                .bind("at", at.toEpochMilli())
                .bind("id", postId)
                .execute()) > 0;
    }

    @Override
    public void awaitAnswer(String platform, String userId, Optional<String> postId) {
        db.with(h -> {
            if (postId.isEmpty()) {
                return h.createUpdate("DELETE FROM team_awaiting WHERE platform = :platform AND user_id = :user")
                        .bind("platform", platform).bind("user", userId).execute();
            }
            return h.createUpdate("INSERT INTO team_awaiting (platform, user_id, post_id) VALUES (:platform, :user, "
                            + ":post) ON CONFLICT (platform, user_id) DO UPDATE SET post_id = excluded.post_id")
                    .bind("platform", platform).bind("user", userId).bind("post", postId.get()).execute();
        });
    }

    @Override
    public Optional<String> awaitedAnswer(String platform, String userId) {
        return db.with(h -> h.createQuery("SELECT post_id FROM team_awaiting WHERE platform = :platform "
                        + "AND user_id = :user")
                .bind("platform", platform).bind("user", userId)
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public List<TeamAnswer> teamAnswersSince(String platform, String chatId, Instant since) {
        return db.with(h -> h.createQuery("SELECT a.post_id, a.user_id, a.user_name, a.covered, a.score, "
                        + "a.answered_at FROM team_answers a JOIN team_posts p ON p.post_id = a.post_id "
                        + "WHERE p.platform = :platform AND p.chat_id = :chat AND p.posted_at >= :since "
                        + "ORDER BY p.posted_at, a.first_at, a.user_id")
                .bind("platform", platform)
                .bind("chat", chatId)
                .bind("since", since.toEpochMilli())
                .map((rows, ctx) -> teamAnswer(rows))
                .list());
    }

    @Override
    public List<TeamPost> postsSince(String platform, String chatId, Instant since) {
        return db.with(h -> h.createQuery("SELECT " + POST_COLUMNS + " "
                        + "FROM team_posts WHERE platform = :platform AND chat_id = :chat AND posted_at >= :since "
                        + "ORDER BY posted_at DESC, post_id DESC")
                .bind("platform", platform)
                .bind("chat", chatId)
                .bind("since", since.toEpochMilli())
                .map((rows, ctx) -> teamPost(rows))
                .list());
    }

    @Override
    public void anonymous(String platform, String chatId, String userId, boolean hidden) {
        db.with(h -> hidden
                ? h.createUpdate("INSERT INTO team_anonymous (platform, chat_id, user_id) VALUES (:platform, :chat, "
                        + ":user) ON CONFLICT (platform, chat_id, user_id) DO NOTHING")
                        .bind("platform", platform).bind("chat", chatId).bind("user", userId).execute()
                : h.createUpdate("DELETE FROM team_anonymous WHERE platform = :platform AND chat_id = :chat "
                        + "AND user_id = :user")
                        .bind("platform", platform).bind("chat", chatId).bind("user", userId).execute());
    }

    @Override
    public java.util.Set<String> anonymous(String platform, String chatId) {
        return db.with(h -> java.util.Set.copyOf(h.createQuery("SELECT user_id FROM team_anonymous "
                        + "WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", platform).bind("chat", chatId)
                .mapTo(String.class).list()));
    }

    @Override
    public List<String> teamChats(String platform, String userId, Instant since) {
        return db.with(h -> h.createQuery("SELECT DISTINCT p.chat_id FROM team_answers a JOIN team_posts p "
                        + "ON p.post_id = a.post_id WHERE a.user_id = :user AND p.platform = :platform "
                        + "AND p.posted_at >= :since ORDER BY p.chat_id")
                .bind("user", userId).bind("platform", platform).bind("since", since.toEpochMilli())
                .mapTo(String.class).list());
    }

    @Override
    public void anchor(String postId, String messageId) {
        db.with(h -> h.createUpdate("UPDATE team_posts SET message_id = :message WHERE post_id = :id")
                .bind("message", messageId).bind("id", postId).execute());
    }

    @Override
    public TeamSettings teamSettings(String platform, String chatId) {
        return db.with(h -> h.createQuery("SELECT platform, chat_id, reveal_minute, mention_role FROM team_settings "
                        + "WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", platform).bind("chat", chatId)
                .map((rows, ctx) -> teamSettings(rows))
                .findOne())
                .orElseGet(() -> TeamSettings.defaults(platform, chatId));
    }

    @Override
    public void teamSettings(TeamSettings settings) {
        db.with(h -> {
            var upsert = h.createUpdate("INSERT INTO team_settings (platform, chat_id, reveal_minute, mention_role) "
                            + "VALUES (:platform, :chat, :minute, :role) ON CONFLICT (platform, chat_id) DO UPDATE SET "
                            + "reveal_minute = excluded.reveal_minute, mention_role = excluded.mention_role")
                    .bind("platform", settings.platform()).bind("chat", settings.chatId());
            settings.revealAt().ifPresentOrElse(at -> upsert.bind("minute", at.getHour() * 60 + at.getMinute()),
                    () -> upsert.bindNull("minute", Types.INTEGER));
            settings.mentionRole().ifPresentOrElse(role -> upsert.bind("role", role),
                    () -> upsert.bindNull("role", Types.VARCHAR));
            return upsert.execute();
        });
    }

    @Override
    public List<TeamSettings> revealTimes(List<String> platforms) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return db.with(h -> onPlatforms(h.createQuery("SELECT platform, chat_id, reveal_minute, mention_role "
                + "FROM team_settings WHERE reveal_minute IS NOT NULL AND platform IN (" + names(platforms) + ") "
                + "ORDER BY platform, chat_id"), platforms)
                .map((rows, ctx) -> teamSettings(rows)).list());
    }

    private static TeamSettings teamSettings(ResultSet rows) throws SQLException {
        int minute = rows.getInt("reveal_minute");
        Optional<java.time.LocalTime> revealAt = rows.wasNull() ? Optional.empty()
                : Optional.of(java.time.LocalTime.of(minute / 60, minute % 60));
        return new TeamSettings(rows.getString("platform"), rows.getString("chat_id"), revealAt,
                Optional.ofNullable(rows.getString("mention_role")));
    }

    @Override
    public int deleteTeamAnswers(String platform, String userId) {
        return db.with(h -> {
            int answers = h.createUpdate("DELETE FROM team_answers WHERE user_id = :user AND post_id IN "
                            + "(SELECT post_id FROM team_posts WHERE platform = :platform)")
                    .bind("platform", platform).bind("user", userId).execute();
            h.createUpdate("DELETE FROM team_awaiting WHERE platform = :platform AND user_id = :user")
                    .bind("platform", platform).bind("user", userId).execute();
            h.createUpdate("DELETE FROM team_anonymous WHERE platform = :platform AND user_id = :user")
                    .bind("platform", platform).bind("user", userId).execute();
            return answers;
        });
    }

    @Override
    public void digest(String platform, String chatId, Optional<TeamDigest> digest) {
        db.with(h -> digest.isEmpty()
                ? h.createUpdate("DELETE FROM team_digests WHERE platform = :platform AND chat_id = :chat")
                        .bind("platform", platform).bind("chat", chatId).execute()
                : h.createUpdate("INSERT INTO team_digests (platform, chat_id, weekday, at_minute) VALUES (:platform, "
                                + ":chat, :day, :minute) ON CONFLICT (platform, chat_id) DO UPDATE SET "
                                + "weekday = excluded.weekday, at_minute = excluded.at_minute")
                        .bind("platform", platform).bind("chat", chatId)
                        .bind("day", digest.get().day().getValue())
                        .bind("minute", digest.get().at().getHour() * 60 + digest.get().at().getMinute())
                        .execute());
    }

    @Override
    public Optional<TeamDigest> digest(String platform, String chatId) {
        return db.with(h -> h.createQuery("SELECT platform, chat_id, weekday, at_minute FROM team_digests "
                        + "WHERE platform = :platform AND chat_id = :chat")
                .bind("platform", platform).bind("chat", chatId)
                .map((rows, ctx) -> teamDigest(rows))
                .findOne());
    }

    @Override
    public List<TeamDigest> digests(List<String> platforms) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        return db.with(h -> onPlatforms(h.createQuery("SELECT platform, chat_id, weekday, at_minute FROM team_digests "
                + "WHERE platform IN (" + names(platforms) + ") ORDER BY platform, chat_id"), platforms)
                .map((rows, ctx) -> teamDigest(rows)).list());
    }

    /** Named parameters {@code :p0, :p1, …} for a list of platforms, as {@link #onPlatforms} binds them. */
    private static String names(List<String> platforms) {
        return IntStream.range(0, platforms.size()).mapToObj(i -> ":p" + i).collect(Collectors.joining(", "));
    }

    private static org.jdbi.v3.core.statement.Query onPlatforms(org.jdbi.v3.core.statement.Query query,
                                                                List<String> platforms) {
        for (int i = 0; i < platforms.size(); i++) {
            query.bind("p" + i, platforms.get(i));
        }
        return query;
    }

    private static TeamDigest teamDigest(ResultSet rows) throws SQLException {
        int minute = rows.getInt("at_minute");
        return new TeamDigest(rows.getString("platform"), rows.getString("chat_id"),
                java.time.DayOfWeek.of(rows.getInt("weekday")), LocalTime.of(minute / 60, minute % 60));
    }
}
