package dev.mockingbird.core.bank;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** All questions the bot can ask, by track and level. Immutable once loaded. */
public interface QuestionBank {

    /** The tracks, in display order. */
    List<Track> tracks();

    /** Every question. */
    List<Question> questions();

    /** The question with this id. */
    Optional<Question> byId(String id);

    /** The question with this {@link Question#code()}. */
    Optional<Question> byCode(String code);

    /** The questions of one track (or all tracks when empty) at one level. */
    List<Question> pool(Optional<Track> track, Level level);

    /** The questions of one track, all levels. */
    List<Question> questionsOf(Track track);

    /** Finds a track the way people type it: slug, name, alias, abbreviation or a near miss. */
    Optional<Track> findTrack(String text);

    /** A bank of these tracks and questions; validates ids, tracks and codes. */
    static QuestionBank of(List<Track> tracks, List<Question> questions) {
        return new InMemoryBank(tracks, questions);
    }

    /**
     * Loads every pack ({@code questions/*.json}) on the class path, then every {@code *.json} pack in {@code dir}.
     * A pack in {@code dir} for a track that already exists adds questions to it.
     *
     * @throws BankException naming the file, question id and field of the first problem found
     */
    static QuestionBank load(ClassLoader classLoader, Optional<Path> dir) {
        return new PackLoader().load(classLoader, dir);
    }
}
