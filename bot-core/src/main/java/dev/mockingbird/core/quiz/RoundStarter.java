package dev.mockingbird.core.quiz;

import dev.mockingbird.core.ask.QuestionPicker;
import dev.mockingbird.core.bank.Level;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Quiz;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.storage.QuizGame;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.QuizRound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Picks a quiz question the chat has played least (never one its running game has had, while others remain) and
 * stores a new round of it: for {@code /quiz}, and for a game's next round started by the schedule.
 */
final class RoundStarter {

    /** Round and game ids: 8 base-36 characters, short enough for any button and unique enough per chat. */
    private static final long ID_SPACE = 2_821_109_907_456L; // 36^8

    private final QuestionBank bank;
    private final QuizPort rounds;
    private final QuestionPicker picker;
    private final RandomGenerator random;
    private final QuizViews views;

    RoundStarter(QuestionBank bank, QuizPort rounds, QuestionPicker picker, RandomGenerator random) {
        this.bank = bank;
        this.rounds = rounds;
        this.picker = picker;
        this.random = random;
        this.views = new QuizViews(bank);
    }

    /** A round that started, and the message that shows it. */
    record Started(QuizRound round, Reply message) {
    }

    /**
     * Starts a round in this chat; empty when there is no quiz question to ask.
     *
     * @param game the game it is the next round of, if any (already stored)
     */
    Optional<Started> start(SessionKey chat, Optional<String> track, Optional<Level> level, Instant now,
                            Optional<Instant> closesAt, Optional<String> previous, boolean group,
                            Optional<QuizGame> game) {
        Set<String> inGame = game.map(g -> rounds.gameRounds(g.id()).stream().map(QuizRound::questionId)
                .collect(Collectors.toSet())).orElse(Set.of());
        List<Question> pool = bank.questions().stream()
                .filter(q -> q.quiz().isPresent())
                .filter(q -> track.map(t -> t.equals(q.track())).orElse(true))
                .filter(q -> level.map(l -> l == q.level()).orElse(true))
                .toList();
        List<Question> fresh = pool.stream().filter(q -> !inGame.contains(q.id())).toList();
        Optional<Question> picked = picker.pick(fresh.isEmpty() ? pool : fresh, rounds.roundCounts(chat),
                () -> previous);
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        Question question = picked.get();
        Quiz quiz = question.quiz().orElseThrow();
        QuizRound round = new QuizRound(newId(), chat, question.id(), quiz.answer(), track,
                level.map(Level::slug), now, closesAt, Optional.empty());
        rounds.startRound(round);
        game.ifPresent(g -> rounds.addGameRound(g.id(), round.id()));
        List<Button> buttons = views.roundButtons(round, quiz, game.isEmpty());
        return Optional.of(new Started(round, Reply.send(views.round(question, quiz, round, group,
                game.map(g -> new QuizViews.Position(g.played() + 1, g.rounds(), g.seconds()))), buttons)));
    }

    String newId() {
        String id = Long.toString(Math.floorMod(random.nextLong(), ID_SPACE), 36);
        return "0".repeat(8 - id.length()) + id;
    }
}
