package dev.mockingbird.core.session;

import dev.mockingbird.core.bank.Level;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Where a session is. A closed set: every command knows every state. */
public sealed interface SessionState {

    /** When the session last changed; idle sessions expire. */
    Instant updatedAt();

    /** Nothing in progress. */
    record Idle(Instant updatedAt) implements SessionState {
        public Idle {
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    /**
     * A question is on the table.
     *
     * @param questionId the question asked
     * @param track      the track slug it was picked from, empty when picked from all tracks
     * @param level      the level it was picked at
     * @param revealed   whether the model answer has been shown
     * @param covered    the indices of the key points the person's own answers have covered so far
     * @param askedAt    when it was asked
     * @param updatedAt  when the session last changed
     */
    record Asking(String questionId, Optional<String> track, Level level, boolean revealed, Set<Integer> covered,
                  Instant askedAt, Instant updatedAt) implements SessionState {
        public Asking {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(level, "level");
            covered = Collections.unmodifiableSortedSet(new TreeSet<>(covered));
            Objects.requireNonNull(askedAt, "askedAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        /** A question nobody has answered yet. */
        public Asking(String questionId, Optional<String> track, Level level, boolean revealed, Instant askedAt,
                      Instant updatedAt) {
            this(questionId, track, level, revealed, Set.of(), askedAt, updatedAt);
        }

        /** The same question, now revealed. */
        public Asking reveal(Instant at) {
            return new Asking(questionId, track, level, true, covered, askedAt, at);
        }

        /** The same question with more key points covered by the person's answers. */
        public Asking cover(Set<Integer> more, Instant at) {
            Set<Integer> all = new TreeSet<>(covered);
            all.addAll(more);
            return new Asking(questionId, track, level, revealed, all, askedAt, at);
        }
    }

    /**
     * A mock interview: several questions in a row, answered in the person's own words and graded at the end.
     *
     * @param questionIds the questions, in the order they are asked
     * @param index       the question being answered now (0-based)
     * @param answered    for each question already behind, the indices of its key points the answers covered
     * @param covered     the indices of the current question's key points covered so far
     * @param track       the track slug, empty for all tracks
     * @param level       the level
     * @param startedAt   when the interview began
     * @param updatedAt   when the session last changed
     */
    record Interviewing(List<String> questionIds, int index, List<Set<Integer>> answered, Set<Integer> covered,
                        Optional<String> track, Level level, Instant startedAt, Instant updatedAt)
            implements SessionState {
        public Interviewing {
            questionIds = List.copyOf(questionIds);
            answered = answered.stream().map(a -> Collections.unmodifiableSortedSet(new TreeSet<>(a)))
                    .<Set<Integer>>map(a -> a).toList();
            covered = Collections.unmodifiableSortedSet(new TreeSet<>(covered));
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
            if (questionIds.isEmpty() || index < 0 || index >= questionIds.size() || answered.size() != index) {
                throw new IllegalArgumentException("an interview is at one of its questions, with what was "
                        + "covered in each before it");
            }
        }

        /** The question being answered now. */
        public String current() {
            return questionIds.get(index);
        }

        /** Whether this is the last question. */
        public boolean last() {
            return index == questionIds.size() - 1;
        }

        /** The same question with more key points covered. */
        public Interviewing cover(Set<Integer> more, Instant at) {
            Set<Integer> all = new TreeSet<>(covered);
            all.addAll(more);
            return new Interviewing(questionIds, index, answered, all, track, level, startedAt, at);
        }

        /** On to the next question; what the current one covered is kept for the report. */
        public Interviewing next(Instant at) {
            List<Set<Integer>> more = new java.util.ArrayList<>(answered);
            more.add(covered);
            return new Interviewing(questionIds, index + 1, more, Set.of(), track, level, startedAt, at);
        }

        /** What each question covered, the current one included: the report's material. */
        public List<Set<Integer>> allCovered() {
            List<Set<Integer>> all = new java.util.ArrayList<>(answered);
            all.add(covered);
            return List.copyOf(all);
        }
    }
}
