package dev.mockingbird.core.ask;

import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.ProfilePort;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Asking a question: picks one the owner has not seen lately, records it, and makes it the session's current
 * question. {@code /ask}, {@code /next}, {@code /skip} and {@code /review} call it, and so does the daily schedule,
 * directly: nothing types a command to get a question asked. Call it inside the session's unit of work.
 */
public interface AskUseCase {

    /**
     * What asking did.
     *
     * @param question the question now on the table; empty when the pool had none (the replies say what to pick)
     * @param replies  the question with its buttons, or the levels to pick from instead
     */
    record Asked(Optional<Question> question, List<Reply> replies) {
        public Asked {
            Objects.requireNonNull(question, "question");
            replies = List.copyOf(replies);
        }
    }

    /** A question from this track (empty: every track) and level. */
    Asked ask(SessionKey session, boolean inGroup, Optional<Track> track, Level level);

    /** As {@link #ask}, the person's default track and level filling in what is not named. */
    Asked askWithDefaults(SessionKey session, SessionKey person, boolean inGroup, Optional<Track> track,
                          Optional<Level> level);

    /** Exactly this question (a review, a question named by its id), after the given text. */
    Asked askQuestion(SessionKey session, boolean inGroup, Question question, RichText before);

    /** The use case over the ports it needs. */
    static AskUseCase over(QuestionBank bank, HistoryPort history, ProfilePort profiles, Sessions sessions,
                           Clock clock, RandomGenerator random) {
        return new Asker(bank, history, profiles, sessions, clock, random);
    }
}
