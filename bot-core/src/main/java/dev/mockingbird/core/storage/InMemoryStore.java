package dev.mockingbird.core.storage;

import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps everything in maps: for tests and as the reference behaviour of the ports. Nothing survives a restart. */
final class InMemoryStore implements ProfilePort, HistoryPort, SessionPort, UpdateLogPort, ClaimPort, ChatPort {

    private final Map<SessionKey, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<SessionKey, SessionState> sessions = new ConcurrentHashMap<>();
    /** Newest last; replaced as a whole on each change. */
    private final Map<SessionKey, List<HistoryEntry>> history = new ConcurrentHashMap<>();
    private final Set<String> updates = ConcurrentHashMap.newKeySet();
    private final Map<String, String> claims = new ConcurrentHashMap<>();
    private final Set<String> inactiveChats = ConcurrentHashMap.newKeySet();

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
                    next.set(i, new HistoryEntry(questionId, e.askedAt(), outcome, score));
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
    public void save(SessionKey key, SessionState state) {
        sessions.put(key, state);
    }

    @Override
    public boolean deleteSession(SessionKey key) {
        return sessions.remove(key) != null;
    }

    @Override
    public boolean firstSeen(String platform, String updateId, Instant at) {
        return updates.add(platform + ":" + updateId);
    }

    @Override
    public boolean claim(String key, String instance, Instant at) {
        return claims.putIfAbsent(key, instance) == null;
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
}
