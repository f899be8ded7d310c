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
     * What a person's answers to one interview question came to.
     *
     * @param answered whether they said anything at all
     * @param covered  the indices of the key points their answers covered
     * @param wrong    the wrong claims they made
     * @param followUp the follow-up the interviewer asked, if any
     */
    record Answered(boolean answered, Set<Integer> covered, List<Correction> wrong, Optional<FollowUp> followUp) {

        /** Nothing said yet. */
        public static final Answered NOTHING = new Answered(false, Set.of(), List.of(), Optional.empty());

        public Answered {
            covered = Collections.unmodifiableSortedSet(new TreeSet<>(covered));
            wrong = List.copyOf(wrong);
            Objects.requireNonNull(followUp, "followUp");
        }

        /** With another message's covered points and wrong claims added. */
        public Answered add(Set<Integer> more, List<Correction> moreWrong) {
            Set<Integer> all = new TreeSet<>(covered);
            all.addAll(more);
            List<Correction> allWrong = new java.util.ArrayList<>(wrong);
            moreWrong.stream().filter(c -> allWrong.stream().noneMatch(w -> w.point() == c.point()))
                    .forEach(allWrong::add);
            return new Answered(true, all, allWrong, followUp);
        }

        /** With a follow-up asked about one point. */
        public Answered ask(FollowUp question) {
            return new Answered(answered, covered, wrong, Optional.of(question));
        }
    }

    /**
     * A wrong claim kept for the interview's report.
     *
     * @param point      the index of the key point it is about
     * @param said       what the person said, shortened
     * @param correction what is true
     */
    record Correction(int point, String said, String correction) {
        public Correction {
            Objects.requireNonNull(said, "said");
            Objects.requireNonNull(correction, "correction");
        }
    }

    /**
     * A follow-up question the interviewer asked because an answer missed the question's most important point.
     *
     * @param point  the index of the key point it aims at
     * @param prompt what the interviewer asked
     */
    record FollowUp(int point, String prompt) {
        public FollowUp {
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    /**
     * A mock interview: several questions in a row, answered in the person's own words and graded at the end. The
     * next question is picked when the current one is done, a level up after a strong answer and down after a weak
     * one.
     *
     * @param questionIds the questions asked so far, the current one last
     * @param length      how many questions the interview has
     * @param answered    for each question already behind, what the answers came to
     * @param answering   what the answers to the current question have come to so far
     * @param track       the track slug, empty for all tracks
     * @param level       the level it started at
     * @param startedAt   when the interview began
     * @param updatedAt   when the session last changed
     */
    record Interviewing(List<String> questionIds, int length, List<Answered> answered, Answered answering,
                        Optional<String> track, Level level, Instant startedAt, Instant updatedAt)
            implements SessionState {
        public Interviewing {
            questionIds = List.copyOf(questionIds);
            answered = List.copyOf(answered);
            Objects.requireNonNull(answering, "answering");
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
            if (questionIds.isEmpty() || questionIds.size() > length || answered.size() != questionIds.size() - 1) {
                throw new IllegalArgumentException("an interview is at its latest question, with what was "
                        + "answered to each before it");
            }
        }

        /** An interview at its first question. */
        public static Interviewing start(String first, int length, Optional<String> track, Level level,
                                         Instant at) {
            return new Interviewing(List.of(first), length, List.of(), Answered.NOTHING, track, level, at, at);
        }

        /** The index of the question being answered now. */
        public int index() {
            return questionIds.size() - 1;
        }

        /** The question being answered now. */
        public String current() {
            return questionIds.getLast();
        }

        /** Whether this is the last question. */
        public boolean last() {
            return questionIds.size() == length;
        }

        /** The same question with what another message said added. */
        public Interviewing add(Set<Integer> covered, List<Correction> wrong, Instant at) {
            return new Interviewing(questionIds, length, answered, answering.add(covered, wrong), track, level,
                    startedAt, at);
        }

        /** The same question, with a follow-up asked. */
        public Interviewing followUp(FollowUp question, Instant at) {
            return new Interviewing(questionIds, length, answered, answering.ask(question), track, level, startedAt,
                    at);
        }

        /** On to the next question; what the current one came to is kept for the report. */
        public Interviewing next(String questionId, Instant at) {
            List<Answered> more = new java.util.ArrayList<>(answered);
            more.add(answering);
            List<String> ids = new java.util.ArrayList<>(questionIds);
            ids.add(questionId);
            return new Interviewing(ids, length, more, Answered.NOTHING, track, level, startedAt, at);
        }

        /** What each question came to, the current one included: the report's material. */
        public List<Answered> all() {
            List<Answered> all = new java.util.ArrayList<>(answered);
            all.add(answering);
            return List.copyOf(all);
        }
    }
}
