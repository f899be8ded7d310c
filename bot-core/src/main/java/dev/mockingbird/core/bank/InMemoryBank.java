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
        List<Question> source = track.map(this::questionsOf).orElse(questions);
        return source.stream().filter(q -> q.level() == level).toList();
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
