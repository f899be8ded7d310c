package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionPort;
import dev.mockingbird.core.transaction.TransactionPort;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps everything in maps: for tests and as the reference behaviour of the ports. Nothing survives a restart.
 *
 * <p>One lock guards every map. A transaction holds it from start to end (so nobody sees its writes half done) and
 * keeps an undo log: each write first records how to put back what it changes, and a failed unit of work runs the
 * log backwards. Map values are immutable, so putting back the old value restores it exactly.
 */
final class InMemoryStore implements ProfilePort, HistoryPort, SessionPort, UpdateLogPort, ClaimPort, ChatPort,
        QuizPort, DailyPort, ReviewPort, TransactionPort {

    private final ReentrantLock lock = new ReentrantLock();
    /** The open transaction's undo log, most recent first; null outside a transaction. */
    private final ThreadLocal<@Nullable Deque<Runnable>> undo = new ThreadLocal<>();

    private final Map<SessionKey, Profile> profiles = new HashMap<>();
    private final Map<SessionKey, SessionState> sessions = new HashMap<>();
    /** Newest last; replaced as a whole on each change. */
    private final Map<SessionKey, List<HistoryEntry>> history = new HashMap<>();
    private final Map<String, Instant> updates = new HashMap<>();
    private final Map<String, HeldReplies> held = new HashMap<>();
    /** Claim key to when it was claimed. */
    private final Map<String, Instant> claims = new HashMap<>();
    /** Inactive chats ({@code platform:chat}) to why. */
    private final Map<String, String> inactiveChats = new HashMap<>();
    private final Map<String, DailySubscription> daily = new HashMap<>();
    private final Map<String, TeamPost> teamPosts = new LinkedHashMap<>();
    /** Per post, per person; insertion order is the order of first answers. */
    private final Map<String, Map<String, TeamAnswer>> teamAnswers = new HashMap<>();
    private final Map<String, String> awaiting = new HashMap<>();
    private final Map<String, Boolean> hiddenNames = new HashMap<>();
    private final Map<String, TeamDigest> digests = new LinkedHashMap<>();
    private final Map<String, TeamSettings> teamSettings = new LinkedHashMap<>();
    /** Per person, question id to review; each inner map replaced as a whole on change. */
    private final Map<SessionKey, Map<String, Review>> reviews = new HashMap<>();
    /** Rounds in start order; answers per round in answer order, each list replaced as a whole on change. */
    private final Map<String, QuizRound> rounds = new LinkedHashMap<>();
    private final Map<String, List<QuizAnswer>> answers = new HashMap<>();
    private final Map<String, QuizGame> games = new LinkedHashMap<>();
    private final Map<SessionKey, QuizSettings> quizSettings = new HashMap<>();
    private final Map<String, List<String>> gameRounds = new HashMap<>();
    private final Map<String, String> roundGames = new HashMap<>();

    // --- transactions

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (undo.get() != null) {
                return work.get(); // Joins the open transaction.
            }
            Deque<Runnable> log = new ArrayDeque<>();
            undo.set(log);
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                log.forEach(Runnable::run);
                throw e;
            } finally {
                undo.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void locked(Runnable work) {
        locked(() -> {
            work.run();
            return null;
        });
    }

    /** Before changing one key: how to put it back, should the transaction fail. */
    private <K, V> void remember(Map<K, V> map, K key) {
        Deque<Runnable> log = undo.get();
        if (log == null) {
            return;
        }
        if (map.containsKey(key)) {
            V old = map.get(key);
            log.push(() -> map.put(key, old));
        } else {
            log.push(() -> map.remove(key));
        }
    }

    /** Before changing many keys at once: the whole map as it was. */
    private <K, V> void rememberAll(Map<K, V> map) {
        Deque<Runnable> log = undo.get();
        if (log != null) {
            Map<K, V> old = new LinkedHashMap<>(map);
            log.push(() -> {
                map.clear();
                map.putAll(old);
            });
        }
    }

    private <K, V> @Nullable V put(Map<K, V> map, K key, V value) {
        remember(map, key);
        return map.put(key, value);
    }

    private <K, V> @Nullable V remove(Map<K, V> map, K key) {
        remember(map, key);
        return map.remove(key);
    }

    // --- profiles

    @Override
    public Optional<Profile> find(SessionKey person) {
        return locked(() -> Optional.ofNullable(profiles.get(person)));
    }

    @Override
    public void save(Profile profile) {
        locked(() -> put(profiles, profile.person(), profile));
    }

    @Override
    public boolean deleteProfile(SessionKey person) {
        return locked(() -> remove(profiles, person) != null);
    }

    // --- history

    @Override
    public void recordAsked(SessionKey owner, String questionId, Instant at) {
        locked(() -> {
            List<HistoryEntry> next = new ArrayList<>(history.getOrDefault(owner, List.of()));
            next.add(new HistoryEntry(questionId, at, Outcome.ASKED, OptionalInt.empty()));
            put(history, owner, List.copyOf(next));
        });
    }

    @Override
    public void recordOutcome(SessionKey owner, String questionId, Outcome outcome, OptionalInt score, Instant at) {
        locked(() -> {
            List<HistoryEntry> entries = history.get(owner);
            if (entries == null) {
                return;
            }
            List<HistoryEntry> next = new ArrayList<>(entries);
            for (int i = next.size() - 1; i >= 0; i--) {
                HistoryEntry e = next.get(i);
                if (e.questionId().equals(questionId)) {
                    next.set(i, new HistoryEntry(questionId, e.askedAt(), outcome,
                            score.isPresent() ? score : e.score()));
                    break;
                }
            }
            put(history, owner, List.copyOf(next));
        });
    }

    @Override
    public Map<String, Integer> askCounts(SessionKey owner) {
        return locked(() -> {
            Map<String, Integer> counts = new HashMap<>();
            history.getOrDefault(owner, List.of()).forEach(e -> counts.merge(e.questionId(), 1, Integer::sum));
            return Map.copyOf(counts);
        });
    }

    @Override
    public Optional<String> lastAsked(SessionKey owner) {
        return locked(() -> {
            List<HistoryEntry> entries = history.getOrDefault(owner, List.of());
            return entries.isEmpty() ? Optional.<String>empty() : Optional.of(entries.getLast().questionId());
        });
    }

    @Override
    public List<HistoryEntry> recent(SessionKey owner, int limit) {
        return locked(() -> {
            List<HistoryEntry> entries = history.getOrDefault(owner, List.of()).reversed();
            return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
        });
    }

    @Override
    public int deleteHistory(SessionKey owner) {
        return locked(() -> {
            List<HistoryEntry> removed = remove(history, owner);
            return removed == null ? 0 : (int) removed.stream().map(HistoryEntry::questionId).distinct().count();
        });
    }

    // --- sessions

    @Override
    public Optional<SessionState> load(SessionKey key) {
        return locked(() -> Optional.ofNullable(sessions.get(key)));
    }

    @Override
    public Optional<Instant> version(SessionKey key) {
        return load(key).map(SessionState::updatedAt);
    }

    @Override
    public void save(SessionKey key, SessionState state) {
        locked(() -> put(sessions, key, state));
    }

    @Override
    public boolean deleteSession(SessionKey key) {
        return locked(() -> remove(sessions, key) != null);
    }

    // --- updates, claims, chats

    @Override
    public boolean firstSeen(String platform, String updateId, Instant at) {
        String key = platform + ":" + updateId;
        return locked(() -> !updates.containsKey(key) && put(updates, key, at) == null);
    }

    @Override
    public void hold(String platform, String updateId, HeldReplies replies) {
        locked(() -> put(held, platform + ":" + updateId, replies));
    }

    @Override
    public Optional<HeldReplies> held(String platform, String updateId) {
        return locked(() -> Optional.ofNullable(held.get(platform + ":" + updateId)));
    }

    @Override
    public boolean takeOver(String platform, String updateId, Instant now, Instant until) {
        String key = platform + ":" + updateId;
        return locked(() -> {
            HeldReplies current = held.get(key);
            if (current == null || current.until().isAfter(now)) {
                return false;
            }
            put(held, key, new HeldReplies(current.replies(), until));
            return true;
        });
    }

    @Override
    public void delivered(String platform, String updateId) {
        locked(() -> remove(held, platform + ":" + updateId));
    }

    @Override
    public int forgetUpdatesBefore(Instant before) {
        return locked(() -> {
            int forgotten = removeBefore(updates, before);
            // Replies held for forgotten updates can never be asked for again.
            List<String> orphans = held.keySet().stream().filter(k -> !updates.containsKey(k)).toList();
            orphans.forEach(k -> remove(held, k));
            return forgotten;
        });
    }

    @Override
    public boolean claim(String key, String instance, Instant at) {
        return locked(() -> !claims.containsKey(key) && put(claims, key, at) == null);
    }

    @Override
    public int forgetClaimsBefore(Instant before) {
        return locked(() -> removeBefore(claims, before));
    }

    private int removeBefore(Map<String, Instant> times, Instant before) {
        rememberAll(times);
        int size = times.size();
        times.values().removeIf(at -> at.isBefore(before));
        return size - times.size();
    }

    @Override
    public boolean claimed(String key) {
        return locked(() -> claims.containsKey(key));
    }

    @Override
    public void release(String key) {
        locked(() -> remove(claims, key));
    }

    @Override
    public void markInactive(String platform, String chatId, String reason, Instant at) {
        locked(() -> put(inactiveChats, platform + ":" + chatId, reason));
    }

    @Override
    public void markActive(String platform, String chatId, Instant at) {
        String key = platform + ":" + chatId;
        locked(() -> {
            if (inactiveChats.containsKey(key)) {
                remove(inactiveChats, key);
            }
        });
    }

    @Override
    public boolean isActive(String platform, String chatId) {
        return locked(() -> !inactiveChats.containsKey(platform + ":" + chatId));
    }

    // --- quizzes

    @Override
    public void startRound(QuizRound round) {
        locked(() -> {
            if (rounds.containsKey(round.id())) {
                throw new StorageException("Quiz round " + round.id() + " exists already");
            }
            put(rounds, round.id(), round);
        });
    }

    @Override
    public Optional<QuizRound> round(String roundId) {
        return locked(() -> Optional.ofNullable(rounds.get(roundId)));
    }

    @Override
    public Optional<QuizRound> openRound(SessionKey chat) {
        return locked(() -> rounds.values().stream().filter(r -> r.chat().equals(chat) && r.open())
                .reduce((first, second) -> second));
    }

    @Override
    public List<QuizRound> closing(Instant by, List<String> platforms, int limit) {
        return locked(() -> rounds.values().stream()
                .filter(r -> r.open() && r.closesAt().isPresent() && !r.closesAt().get().isAfter(by))
                .filter(r -> platforms.contains(r.chat().platform()))
                .sorted(Comparator.comparing((QuizRound r) -> r.closesAt().orElseThrow()).thenComparing(QuizRound::id))
                .limit(limit).toList());
    }

    @Override
    public boolean answer(String roundId, QuizAnswer answer) {
        return locked(() -> {
            QuizRound round = rounds.get(roundId);
            if (round == null || !round.open()) {
                return false;
            }
            List<QuizAnswer> given = answers.getOrDefault(roundId, List.of());
            if (given.stream().anyMatch(a -> a.person().equals(answer.person()))) {
                return false;
            }
            List<QuizAnswer> next = new ArrayList<>(given);
            next.add(answer);
            put(answers, roundId, List.copyOf(next));
            return true;
        });
    }

    @Override
    public List<QuizAnswer> answers(String roundId) {
        return locked(() -> answers.getOrDefault(roundId, List.of()));
    }

    @Override
    public boolean endRound(String roundId, Instant at) {
        return locked(() -> {
            QuizRound round = rounds.get(roundId);
            if (round == null || !round.open()) {
                return false;
            }
            put(rounds, roundId, round.endedAt(at));
            return true;
        });
    }

    @Override
    public Map<String, Integer> roundCounts(SessionKey chat) {
        return locked(() -> {
            Map<String, Integer> counts = new HashMap<>();
            rounds.values().stream().filter(r -> r.chat().equals(chat))
                    .forEach(r -> counts.merge(r.questionId(), 1, Integer::sum));
            return Map.copyOf(counts);
        });
    }

    @Override
    public List<ScoredAnswer> scoredAnswers(SessionKey chat, Instant since) {
        return locked(() -> {
            List<ScoredAnswer> out = new ArrayList<>();
            rounds.values().stream().filter(r -> r.chat().equals(chat) && !r.open()
                            && !r.startedAt().isBefore(since))
                    .sorted(Comparator.comparing(QuizRound::startedAt).thenComparing(QuizRound::id))
                    .forEach(r -> {
                        Optional<QuizGame> game = Optional.ofNullable(roundGames.get(r.id())).map(games::get);
                        // Time, then person: the order the SQL stores give, so every store reads alike.
                        for (QuizAnswer a : answers.getOrDefault(r.id(), List.<QuizAnswer>of()).stream()
                                .sorted(Comparator.comparing(QuizAnswer::at)
                                        .thenComparing(x -> x.person().asString())).toList()) {
                            out.add(new ScoredAnswer(r.id(), r.correct(), r.startedAt(), game.map(QuizGame::id),
                                    game.map(QuizGame::seconds).orElse(0),
                                    game.map(g -> !g.running()).orElse(false), a));
                        }
                    });
            return List.copyOf(out);
        });
    }

    @Override
    public void startGame(QuizGame game) {
        locked(() -> {
            if (games.containsKey(game.id())) {
                throw new StorageException("Quiz game " + game.id() + " exists already");
            }
            put(games, game.id(), game);
        });
    }

    @Override
    public Optional<QuizGame> game(String gameId) {
        return locked(() -> Optional.ofNullable(games.get(gameId)));
    }

    @Override
    public Optional<QuizGame> runningGame(SessionKey chat) {
        return locked(() -> games.values().stream().filter(g -> g.chat().equals(chat) && g.running())
                .reduce((first, second) -> second));
    }

    @Override
    public void addGameRound(String gameId, String roundId) {
        locked(() -> {
            QuizGame game = games.get(gameId);
            if (game == null || !rounds.containsKey(roundId)) {
                throw new StorageException("No quiz game " + gameId + " or round " + roundId);
            }
            List<String> played = new ArrayList<>(gameRounds.getOrDefault(gameId, List.of()));
            played.add(roundId);
            put(gameRounds, gameId, List.copyOf(played));
            put(roundGames, roundId, gameId);
            put(games, gameId, withPlayed(game, game.played() + 1, Optional.empty()));
        });
    }

    private static QuizGame withPlayed(QuizGame g, int played, Optional<Instant> next) {
        return new QuizGame(g.id(), g.chat(), g.starter(), g.track(), g.level(), g.rounds(), g.seconds(), played,
                g.startedAt(), next, g.endedAt());
    }

    @Override
    public Optional<QuizGame> gameOf(String roundId) {
        return locked(() -> Optional.ofNullable(roundGames.get(roundId)).map(games::get));
    }

    @Override
    public List<QuizRound> gameRounds(String gameId) {
        return locked(() -> gameRounds.getOrDefault(gameId, List.of()).stream().map(rounds::get)
                .filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public boolean scheduleNext(String gameId, int played, Instant at) {
        return locked(() -> {
            QuizGame game = games.get(gameId);
            if (game == null || !game.running() || game.played() != played || game.nextRoundAt().isPresent()) {
                return false;
            }
            put(games, gameId, withPlayed(game, played, Optional.of(at)));
            return true;
        });
    }

    @Override
    public boolean takeNext(String gameId, int played) {
        return locked(() -> {
            QuizGame game = games.get(gameId);
            if (game == null || !game.running() || game.played() != played || game.nextRoundAt().isEmpty()) {
                return false;
            }
            put(games, gameId, withPlayed(game, played, Optional.empty()));
            return true;
        });
    }

    @Override
    public List<QuizGame> gamesDue(Instant by, List<String> platforms, int limit) {
        return locked(() -> games.values().stream()
                .filter(g -> g.running() && g.nextRoundAt().isPresent() && !g.nextRoundAt().get().isAfter(by))
                .filter(g -> platforms.contains(g.chat().platform()))
                .sorted(Comparator.comparing((QuizGame g) -> g.nextRoundAt().orElseThrow()).thenComparing(QuizGame::id))
                .limit(limit).toList());
    }

    @Override
    public boolean endGame(String gameId, Instant at) {
        return locked(() -> {
            QuizGame game = games.get(gameId);
            if (game == null || !game.running()) {
                return false;
            }
            put(games, gameId, new QuizGame(game.id(), game.chat(), game.starter(), game.track(), game.level(),
                    game.rounds(), game.seconds(), game.played(), game.startedAt(), Optional.empty(),
                    Optional.of(at)));
            return true;
        });
    }

    @Override
    public Optional<QuizSettings> settings(SessionKey chat) {
        return locked(() -> Optional.ofNullable(quizSettings.get(chat)));
    }

    @Override
    public void saveSettings(QuizSettings settings) {
        locked(() -> put(quizSettings, settings.chat(), settings));
    }

    @Override
    public int deleteAnswers(SessionKey person) {
        return locked(() -> {
            int deleted = 0;
            for (String roundId : List.copyOf(answers.keySet())) {
                List<QuizAnswer> given = answers.getOrDefault(roundId, List.of());
                List<QuizAnswer> kept = given.stream().filter(a -> !a.person().equals(person)).toList();
                if (kept.size() != given.size()) {
                    deleted += given.size() - kept.size();
                    put(answers, roundId, kept);
                }
            }
            return deleted;
        });
    }

    // --- daily

    @Override
    public void subscribe(DailySubscription subscription) {
        locked(() -> put(daily, subscription.platform() + ":" + subscription.chatId(), subscription));
    }

    @Override
    public boolean unsubscribe(String platform, String chatId) {
        return locked(() -> remove(daily, platform + ":" + chatId) != null);
    }

    @Override
    public Optional<DailySubscription> subscription(String platform, String chatId) {
        return locked(() -> Optional.ofNullable(daily.get(platform + ":" + chatId)));
    }

    @Override
    public List<DailySubscription> subscriptions(List<String> platforms) {
        return locked(() -> daily.values().stream().filter(s -> platforms.contains(s.platform()))
                .sorted(Comparator.comparing(DailySubscription::at).thenComparing(DailySubscription::platform)
                        .thenComparing(DailySubscription::chatId))
                .toList());
    }

    @Override
    public void addPost(TeamPost post) {
        locked(() -> put(teamPosts, post.id(), post));
    }

    @Override
    public Optional<TeamPost> post(String id) {
        return locked(() -> Optional.ofNullable(teamPosts.get(id)));
    }

    @Override
    public Optional<TeamPost> openPost(String platform, String chatId) {
        return locked(() -> teamPosts.values().stream()
                .filter(p -> p.platform().equals(platform) && p.chatId().equals(chatId) && p.revealedAt().isEmpty())
                .max(Comparator.comparing(TeamPost::postedAt)));
    }

    @Override
    public void saveAnswer(TeamAnswer answer) {
        locked(() -> {
            Map<String, TeamAnswer> byPerson = new LinkedHashMap<>(teamAnswers.getOrDefault(answer.postId(),
                    Map.of()));
            byPerson.put(answer.userId(), answer);
            put(teamAnswers, answer.postId(), byPerson);
        });
    }

    @Override
    public List<TeamAnswer> teamAnswers(String postId) {
        return locked(() -> List.copyOf(teamAnswers.getOrDefault(postId, Map.of()).values()));
    }

    @Override
    public boolean reveal(String postId, Instant at) {
        return locked(() -> {
            TeamPost post = teamPosts.get(postId);
            if (post == null || post.revealedAt().isPresent()) {
                return false;
            }
            put(teamPosts, postId, post.revealed(at));
            return true;
        });
    }

    @Override
    public void awaitAnswer(String platform, String userId, Optional<String> postId) {
        locked(() -> {
            if (postId.isPresent()) {
                put(awaiting, platform + ":" + userId, postId.get());
            } else {
                remove(awaiting, platform + ":" + userId);
            }
        });
    }

    @Override
    public List<TeamAnswer> teamAnswersSince(String platform, String chatId, Instant since) {
        return locked(() -> postsOf(platform, chatId, since)
                .flatMap(p -> teamAnswers.getOrDefault(p.id(), Map.of()).values().stream()).toList());
    }

    @Override
    public List<TeamPost> postsSince(String platform, String chatId, Instant since) {
        return locked(() -> postsOf(platform, chatId, since)
                .sorted(Comparator.comparing(TeamPost::postedAt).reversed()).toList());
    }

    /** A chat's team posts made since then, in the order they were added. */
    private java.util.stream.Stream<TeamPost> postsOf(String platform, String chatId, Instant since) {
        return teamPosts.values().stream().filter(p -> p.platform().equals(platform) && p.chatId().equals(chatId)
                && !p.postedAt().isBefore(since));
    }

    @Override
    public void anonymous(String platform, String chatId, String userId, boolean hidden) {
        locked(() -> {
            if (hidden) {
                put(hiddenNames, platform + ":" + chatId + ":" + userId, true);
            } else {
                remove(hiddenNames, platform + ":" + chatId + ":" + userId);
            }
        });
    }

    @Override
    public java.util.Set<String> anonymous(String platform, String chatId) {
        String prefix = platform + ":" + chatId + ":";
        return locked(() -> hiddenNames.keySet().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public void digest(String platform, String chatId, Optional<TeamDigest> digest) {
        locked(() -> {
            if (digest.isPresent()) {
                put(digests, platform + ":" + chatId, digest.get());
            } else {
                remove(digests, platform + ":" + chatId);
            }
        });
    }

    @Override
    public Optional<TeamDigest> digest(String platform, String chatId) {
        return locked(() -> Optional.ofNullable(digests.get(platform + ":" + chatId)));
    }

    @Override
    public List<TeamDigest> digests(List<String> platforms) {
        return locked(() -> digests.values().stream().filter(d -> platforms.contains(d.platform())).toList());
    }

    @Override
    public List<String> teamChats(String platform, String userId, Instant since) {
        return locked(() -> teamPosts.values().stream()
                .filter(p -> p.platform().equals(platform) && !p.postedAt().isBefore(since)
                        && teamAnswers.getOrDefault(p.id(), Map.of()).containsKey(userId))
                .map(TeamPost::chatId).distinct().toList());
    }

    @Override
    public void anchor(String postId, String messageId) {
        locked(() -> {
            TeamPost post = teamPosts.get(postId);
            if (post != null) {
                put(teamPosts, postId, post.delivered(messageId));
            }
        });
    }

    @Override
    public TeamSettings teamSettings(String platform, String chatId) {
        return locked(() -> Optional.ofNullable(teamSettings.get(platform + ":" + chatId))
                .orElseGet(() -> TeamSettings.defaults(platform, chatId)));
    }

    @Override
    public void teamSettings(TeamSettings settings) {
        locked(() -> put(teamSettings, settings.platform() + ":" + settings.chatId(), settings));
    }

    @Override
    public List<TeamSettings> revealTimes(List<String> platforms) {
        return locked(() -> teamSettings.values().stream()
                .filter(s -> platforms.contains(s.platform()) && s.revealAt().isPresent()).toList());
    }

    @Override
    public int deleteTeamAnswers(String platform, String userId) {
        return locked(() -> {
            int deleted = 0;
            for (TeamPost post : List.copyOf(teamPosts.values())) {
                Map<String, TeamAnswer> byPerson = teamAnswers.get(post.id());
                if (post.platform().equals(platform) && byPerson != null && byPerson.containsKey(userId)) {
                    Map<String, TeamAnswer> kept = new LinkedHashMap<>(byPerson);
                    kept.remove(userId);
                    put(teamAnswers, post.id(), kept);
                    deleted++;
                }
            }
            remove(awaiting, platform + ":" + userId);
            for (String key : List.copyOf(hiddenNames.keySet())) {
                if (key.startsWith(platform + ":") && key.endsWith(":" + userId)) {
                    remove(hiddenNames, key);
                }
            }
            return deleted;
        });
    }

    @Override
    public Optional<String> awaitedAnswer(String platform, String userId) {
        return locked(() -> Optional.ofNullable(awaiting.get(platform + ":" + userId)));
    }

    // --- reviews

    @Override
    public void schedule(Review review) {
        locked(() -> {
            Map<String, Review> next = new HashMap<>(reviews.getOrDefault(review.person(), Map.of()));
            next.put(review.questionId(), review);
            put(reviews, review.person(), Map.copyOf(next));
        });
    }

    @Override
    public Optional<Review> review(SessionKey person, String questionId) {
        return locked(() -> Optional.ofNullable(reviews.getOrDefault(person, Map.of()).get(questionId)));
    }

    @Override
    public List<Review> due(SessionKey person, Instant by, int limit) {
        return locked(() -> reviews.getOrDefault(person, Map.of()).values().stream()
                .filter(r -> !r.due().isAfter(by))
                .sorted(Comparator.comparing(Review::due).thenComparing(Review::questionId)).limit(limit).toList());
    }

    @Override
    public Optional<Review> next(SessionKey person, Instant after) {
        return locked(() -> reviews.getOrDefault(person, Map.of()).values().stream()
                .filter(r -> r.due().isAfter(after))
                .min(Comparator.comparing(Review::due).thenComparing(Review::questionId)));
    }

    @Override
    public int deleteReviews(SessionKey person) {
        return locked(() -> {
            Map<String, Review> gone = remove(reviews, person);
            return gone == null ? 0 : gone.size();
        });
    }
}
