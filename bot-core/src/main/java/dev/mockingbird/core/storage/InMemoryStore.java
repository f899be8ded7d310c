package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionPort;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps everything in maps: for tests and as the reference behaviour of the ports. Nothing survives a restart. */
final class InMemoryStore implements ProfilePort, HistoryPort, SessionPort, UpdateLogPort, ClaimPort, ChatPort,
        QuizPort, DailyPort, ReviewPort {

    private final Map<SessionKey, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<SessionKey, SessionState> sessions = new ConcurrentHashMap<>();
    /** Newest last; replaced as a whole on each change. */
    private final Map<SessionKey, List<HistoryEntry>> history = new ConcurrentHashMap<>();
    private final Map<String, Instant> updates = new ConcurrentHashMap<>();
    /** Claim key to when it was claimed. */
    private final Map<String, Instant> claims = new ConcurrentHashMap<>();
    private final Set<String> inactiveChats = ConcurrentHashMap.newKeySet();
    /** Rounds in start order; answers per round in answer order. Guarded by {@code this}. */
    private final Map<String, DailySubscription> daily = new ConcurrentHashMap<>();
    private final Map<SessionKey, Map<String, Review>> reviews = new ConcurrentHashMap<>();
    private final Map<String, QuizRound> rounds = new LinkedHashMap<>();
    private final Map<String, List<QuizAnswer>> answers = new HashMap<>();

    @Override
    public Optional<Profile> find(SessionKey person) {
        return Optional.ofNullable(profiles.get(person));
    }

    @Override
    public void save(Profile profile) {
        profiles.put(profile.person(), profile);
    }

    @Override
    public boolean deleteProfile(SessionKey person) {
        return profiles.remove(person) != null;
    }

    @Override
    public void recordAsked(SessionKey owner, String questionId, Instant at) {
        history.compute(owner, (k, entries) -> {
            List<HistoryEntry> next = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
            next.add(new HistoryEntry(questionId, at, Outcome.ASKED, OptionalInt.empty()));
            return List.copyOf(next);
        });
    }

    @Override
    public void recordOutcome(SessionKey owner, String questionId, Outcome outcome, OptionalInt score, Instant at) {
        history.computeIfPresent(owner, (k, entries) -> {
            List<HistoryEntry> next = new ArrayList<>(entries);
            for (int i = next.size() - 1; i >= 0; i--) {
                HistoryEntry e = next.get(i);
                if (e.questionId().equals(questionId)) {
                    next.set(i, new HistoryEntry(questionId, e.askedAt(), outcome,
                            score.isPresent() ? score : e.score()));
                    break;
                }
            }
            return List.copyOf(next);
        });
    }

    @Override
    public Map<String, Integer> askCounts(SessionKey owner) {
        Map<String, Integer> counts = new HashMap<>();
        history.getOrDefault(owner, List.of()).forEach(e -> counts.merge(e.questionId(), 1, Integer::sum));
        return Map.copyOf(counts);
    }

    @Override
    public Optional<String> lastAsked(SessionKey owner) {
        List<HistoryEntry> entries = history.getOrDefault(owner, List.of());
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast().questionId());
    }

    @Override
    public List<HistoryEntry> recent(SessionKey owner, int limit) {
        List<HistoryEntry> entries = history.getOrDefault(owner, List.of()).reversed();
        return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
    }

    @Override
    public int deleteHistory(SessionKey owner) {
        List<HistoryEntry> removed = history.remove(owner);
        return removed == null ? 0 : (int) removed.stream().map(HistoryEntry::questionId).distinct().count();
    }

    @Override
    public Optional<SessionState> load(SessionKey key) {
        return Optional.ofNullable(sessions.get(key));
    }

    @Override
    public Optional<Instant> version(SessionKey key) {
        return load(key).map(SessionState::updatedAt);
    }

    @Override
    public void save(SessionKey key, SessionState state) {
        sessions.put(key, state);
    }

    @Override
    public boolean deleteSession(SessionKey key) {
        return sessions.remove(key) != null;
    }

    @Override
    public boolean firstSeen(String platform, String updateId, Instant at) {
        return updates.putIfAbsent(platform + ":" + updateId, at) == null;
    }

    @Override
    public int forgetUpdatesBefore(Instant before) {
        return removeBefore(updates, before);
    }

    @Override
    public boolean claim(String key, String instance, Instant at) {
        return claims.putIfAbsent(key, at) == null;
    }

    @Override
    public int forgetClaimsBefore(Instant before) {
        return removeBefore(claims, before);
    }

    private static int removeBefore(Map<String, Instant> times, Instant before) {
        int size = times.size();
        times.values().removeIf(at -> at.isBefore(before));
        return size - times.size();
    }

    @Override
    public boolean claimed(String key) {
        return claims.containsKey(key);
    }

    @Override
    public void release(String key) {
        claims.remove(key);
    }

    @Override
    public void markInactive(String platform, String chatId, String reason, Instant at) {
        inactiveChats.add(platform + ":" + chatId);
    }

    @Override
    public void markActive(String platform, String chatId, Instant at) {
        inactiveChats.remove(platform + ":" + chatId);
    }

    @Override
    public boolean isActive(String platform, String chatId) {
        return !inactiveChats.contains(platform + ":" + chatId);
    }

    // --- quizzes

    @Override
    public synchronized void startRound(QuizRound round) {
        if (rounds.putIfAbsent(round.id(), round) != null) {
            throw new StorageException("Quiz round " + round.id() + " exists already");
        }
    }

    @Override
    public synchronized Optional<QuizRound> round(String roundId) {
        return Optional.ofNullable(rounds.get(roundId));
    }

    @Override
    public synchronized Optional<QuizRound> openRound(SessionKey chat) {
        return rounds.values().stream().filter(r -> r.chat().equals(chat) && r.open())
                .reduce((first, second) -> second);
    }

    @Override
    public synchronized List<QuizRound> closing(Instant by, List<String> platforms, int limit) {
        return rounds.values().stream()
                .filter(r -> r.open() && r.closesAt().isPresent() && !r.closesAt().get().isAfter(by))
                .filter(r -> platforms.contains(r.chat().platform()))
                .sorted(Comparator.comparing((QuizRound r) -> r.closesAt().orElseThrow()).thenComparing(QuizRound::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized boolean answer(String roundId, QuizAnswer answer) {
        QuizRound round = rounds.get(roundId);
        if (round == null || !round.open()) {
            return false;
        }
        List<QuizAnswer> given = answers.computeIfAbsent(roundId, k -> new ArrayList<>());
        if (given.stream().anyMatch(a -> a.person().equals(answer.person()))) {
            return false;
        }
        given.add(answer);
        return true;
    }

    @Override
    public synchronized List<QuizAnswer> answers(String roundId) {
        return List.copyOf(answers.getOrDefault(roundId, List.of()));
    }

    @Override
    public synchronized boolean endRound(String roundId, Instant at) {
        QuizRound round = rounds.get(roundId);
        if (round == null || !round.open()) {
            return false;
        }
        rounds.put(roundId, round.endedAt(at));
        return true;
    }

    @Override
    public synchronized Map<String, Integer> roundCounts(SessionKey chat) {
        Map<String, Integer> counts = new HashMap<>();
        rounds.values().stream().filter(r -> r.chat().equals(chat))
                .forEach(r -> counts.merge(r.questionId(), 1, Integer::sum));
        return Map.copyOf(counts);
    }

    @Override
    public synchronized List<QuizScore> scores(SessionKey chat, int limit) {
        Map<SessionKey, QuizScore> byPerson = new LinkedHashMap<>();
        for (QuizRound round : rounds.values()) {
            if (!round.chat().equals(chat) || round.open()) {
                continue;
            }
            for (QuizAnswer a : answers.getOrDefault(round.id(), List.of())) {
                int right = a.choice() == round.correct() ? 1 : 0;
                byPerson.merge(a.person(), new QuizScore(a.person(), a.displayName(), right, 1),
                        (old, add) -> new QuizScore(old.person(), add.displayName(), old.right() + add.right(),
                                old.answered() + 1));
            }
        }
        return byPerson.values().stream()
                .sorted(Comparator.comparingInt(QuizScore::right).reversed()
                        .thenComparingInt(QuizScore::answered))
                .limit(limit).toList();
    }

    @Override
    public synchronized int deleteAnswers(SessionKey person) {
        int deleted = 0;
        for (List<QuizAnswer> given : answers.values()) {
            int before = given.size();
            given.removeIf(a -> a.person().equals(person));
            deleted += before - given.size();
        }
        return deleted;
    }

    // --- daily

    @Override
    public void subscribe(DailySubscription subscription) {
        daily.put(subscription.platform() + ":" + subscription.chatId(), subscription);
    }

    @Override
    public boolean unsubscribe(String platform, String chatId) {
        return daily.remove(platform + ":" + chatId) != null;
    }

    @Override
    public Optional<DailySubscription> subscription(String platform, String chatId) {
        return Optional.ofNullable(daily.get(platform + ":" + chatId));
    }

    @Override
    public List<DailySubscription> subscriptions(List<String> platforms) {
        return daily.values().stream().filter(s -> platforms.contains(s.platform()))
                .sorted(Comparator.comparing(DailySubscription::at).thenComparing(DailySubscription::platform)
                        .thenComparing(DailySubscription::chatId))
                .toList();
    }

    // --- reviews

    @Override
    public void schedule(Review review) {
        reviews.computeIfAbsent(review.person(), k -> new ConcurrentHashMap<>()).put(review.questionId(), review);
    }

    @Override
    public Optional<Review> review(SessionKey person, String questionId) {
        return Optional.ofNullable(reviews.getOrDefault(person, Map.of()).get(questionId));
    }

    @Override
    public List<Review> due(SessionKey person, Instant by, int limit) {
        return reviews.getOrDefault(person, Map.of()).values().stream().filter(r -> !r.due().isAfter(by))
                .sorted(Comparator.comparing(Review::due).thenComparing(Review::questionId)).limit(limit).toList();
    }

    @Override
    public Optional<Review> next(SessionKey person, Instant after) {
        return reviews.getOrDefault(person, Map.of()).values().stream().filter(r -> r.due().isAfter(after))
                .min(Comparator.comparing(Review::due).thenComparing(Review::questionId));
    }

    @Override
    public int deleteReviews(SessionKey person) {
        Map<String, Review> gone = reviews.remove(person);
        return gone == null ? 0 : gone.size();
    }
}
