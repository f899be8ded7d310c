package dev.mockingbird.core.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class InMemoryBank implements QuestionBank {

    private final List<Track> tracks;
    private final List<Question> questions;
    private final Map<String, Question> byId = new HashMap<>();
    private final Map<String, Question> byCode = new HashMap<>();
    private final Map<String, List<Question>> byTrack = new LinkedHashMap<>();
    private final TrackResolver resolver;
    /**
     * Every track's questions per level, and every level's across tracks, in bank order: {@code /ask} takes its pool
     * from here instead of filtering the bank (a 100,000-question bank took milliseconds to filter per ask).
     */
    private final Map<String, Map<Level, List<Question>>> byTrackAndLevel = new HashMap<>();
    private final Map<Level, List<Question>> byLevel = new java.util.EnumMap<>(Level.class);

    InMemoryBank(List<Track> tracks, List<Question> questions) {
        this.tracks = List.copyOf(tracks);
        this.questions = List.copyOf(questions);
        for (Track track : tracks) {
            if (byTrack.put(track.slug(), new ArrayList<>()) != null) {
                throw new IllegalArgumentException("duplicate track " + track.slug());
            }
        }
        for (Question q : questions) {
            List<Question> list = byTrack.get(q.track());
            if (list == null) {
                throw new IllegalArgumentException("question " + q.id() + " has unknown track " + q.track());
            }
            if (byId.putIfAbsent(q.id(), q) != null) {
                throw new IllegalArgumentException("duplicate question id " + q.id());
            }
            Question clash = byCode.putIfAbsent(q.code(), q);
            if (clash != null) {
                throw new IllegalArgumentException("questions " + clash.id() + " and " + q.id()
                        + " share a short code; rename one id");
            }
            list.add(q);
        }
        byTrack.replaceAll((k, v) -> List.copyOf(v));
        this.resolver = new TrackResolver(this.tracks);
        for (Level level : Level.values()) {
            byLevel.put(level, this.questions.stream().filter(q -> q.level() == level).toList());
        }
        byTrack.forEach((slug, list) -> {
            Map<Level, List<Question>> levels = new java.util.EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                levels.put(level, list.stream().filter(q -> q.level() == level).toList());
            }
            byTrackAndLevel.put(slug, levels);
        });
    }

    @Override
    public List<Track> tracks() {
        return tracks;
    }

    @Override
    public List<Question> questions() {
        return questions;
    }

    @Override
    public Optional<Question> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Question> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Question> pool(Optional<Track> track, Level level) {
        if (track.isEmpty()) {
            return byLevel.getOrDefault(level, List.of());
        }
        Map<Level, List<Question>> levels = byTrackAndLevel.get(track.get().slug());
        return levels == null ? List.of() : levels.getOrDefault(level, List.of());
    }

    @Override
    public List<Question> questionsOf(Track track) {
        return byTrack.getOrDefault(track.slug(), List.of());
    }

    @Override
    public Optional<Track> findTrack(String text) {
        return resolver.find(text);
    }
}
