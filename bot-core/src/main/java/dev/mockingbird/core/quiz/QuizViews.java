package dev.mockingbird.core.quiz;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.bank.Quiz;
import dev.mockingbird.core.bank.Track;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Italic;
import dev.mockingbird.core.chat.RichText.Paragraph;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.storage.QuizAnswer;
import dev.mockingbird.core.storage.QuizGame;
import dev.mockingbird.core.storage.QuizRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How quiz rounds, their results and the leaderboard read, with their buttons. */
final class QuizViews {

    /** Names listed under a result before "and N more", so a big room does not get a wall of names. */
    private static final int MAX_NAMES = 10;

    private final QuestionBank bank;

    QuizViews(QuestionBank bank) {
        this.bank = bank;
    }

    private String heading(Question question) {
        String track = bank.tracks().stream().filter(t -> t.slug().equals(question.track())).findFirst()
                .map(Track::name).orElse(question.track());
        return "Quiz · " + track + " · " + question.level().slug();
    }

    /**
     * Where a round stands in its game.
     *
     * @param round   its number, from 1
     * @param of      the game's rounds
     * @param seconds how long it stays open
     */
    record Position(int round, int of, int seconds) {
    }

    RichText round(Question question, Quiz quiz, QuizRound round, boolean group, Optional<Position> game) {
        return round(question, quiz, round, group, game, 0);
    }

    /** The round as it is shown while open, with how many have answered so far (none: no line). */
    RichText round(Question question, Quiz quiz, QuizRound round, boolean group, Optional<Position> game,
                   int answered) {
        String how = game.map(p -> "Everyone can answer; your first press counts, and faster right answers score "
                        + "more. Closes in " + p.seconds() + " s, or once everyone playing has answered.")
                .orElse(group ? "Everyone can answer; your first press counts. The answer and who got it show in "
                        + QuizCommand.ROUND_TIME.toSeconds() + " s, or when someone presses Reveal."
                        : "Pick an answer.");
        return RichText.builder()
                .paragraph(new Bold(game.map(p -> "Round " + p.round() + " of " + p.of() + " · ").orElse("")
                        + heading(question)))
                .paragraph(new Plain(quiz.question()))
                .block(options(quiz, OptionOrder.of(round, quiz.options().size()), -1, List.of(), false))
                .paragraph(new Italic(how))
                .append(answered == 0 ? RichText.builder().build() : RichText.builder()
                        .paragraph(new Bold("Answered: " + answered)).build())
                .build();
    }

    List<Button> roundButtons(QuizRound round, Quiz quiz, boolean reveal) {
        List<Button> buttons = new ArrayList<>();
        OptionOrder order = OptionOrder.of(round, quiz.options().size());
        for (int position = 0; position < order.size(); position++) {
            String letter = OptionOrder.letterAt(position);
            // The button carries the pack's index of the option, so a press means the same whatever the order.
            buttons.add(new Button(letter, ButtonData.of("quiz", round.id(), Integer.toString(order.option(position)))
                    .encode(), "/quiz " + letter.toLowerCase(java.util.Locale.ROOT)));
        }
        if (reveal) {
            // A game's rounds close by themselves: a Reveal there would let one player cut the others short.
            buttons.add(new Button("Reveal", ButtonData.of("quiz", round.id(), "end").encode(), "/quiz reveal"));
        }
        return buttons;
    }

    /** A game round's result, with the standings so far and what comes next. */
    RichText gameResult(QuizRound round, List<QuizAnswer> answers, QuizGame game, Standings standings) {
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold("Round " + game.played() + " of " + game.rounds() + " is over"))
                .append(result(round, answers));
        if (!standings.players().isEmpty()) {
            text.paragraph(new Bold("Standings: "), new Plain(standings.players().stream().limit(MAX_NAMES)
                    .map(p -> p.name() + " " + points(p.points())).collect(java.util.stream.Collectors.joining(", "))));
        }
        text.text(game.played() < game.rounds() ? "Next round in a few seconds." : "Final scores in a moment.");
        return text.build();
    }

    /** The scoreboard at a game's end. */
    RichText scoreboard(QuizGame game, Standings standings, boolean stopped) {
        RichText.Builder text = RichText.builder().paragraph(new Bold(stopped
                ? "Game stopped after " + game.played() + " of " + game.rounds() + " rounds"
                : "Game over · " + game.rounds() + " rounds"));
        if (standings.players().isEmpty()) {
            return text.text("Nobody answered, so nobody wins. Start another with /quiz.").build();
        }
        Standings.Player winner = standings.players().getFirst();
        if (winner.right() == 0) {
            text.text("Nobody got a right answer this time, so nobody wins.");
        } else {
            text.paragraph(new Plain("🏆 "), new Bold(winner.name()), new Plain(" wins with "
                    + points(winner.points()) + " points."));
        }
        List<List<Span>> rows = new ArrayList<>();
        for (int i = 0; i < standings.players().size() && i < MAX_NAMES; i++) {
            Standings.Player p = standings.players().get(i);
            rows.add(List.of(new Bold((i + 1) + ". " + p.name()), new Plain(" " + points(p.points()) + " points · "
                    + p.right() + " of " + game.played() + " right · "
                    + String.format(java.util.Locale.ROOT, "%.1f", p.time().toMillis() / 1000.0) + " s")));
        }
        return text.bulletSpans(rows).text("Points: 1 for a right answer, plus up to 0.5 the faster it came; ties go "
                + "to the faster total. Play again with /quiz.").build();
    }

    static String points(double points) {
        return String.format(java.util.Locale.ROOT, "%.1f", Standings.rounded(points));
    }

    /** A round's result, or a line saying its question has left the bank. */
    RichText result(QuizRound round, List<QuizAnswer> answers) {
        Optional<Question> question = bank.byId(round.questionId());
        if (question.isEmpty() || question.get().quiz().isEmpty()) {
            return RichText.plain("That round's question is no longer in the bank, so there is nothing to show.");
        }
        return result(question.get(), question.get().quiz().get(), round, answers, round.chat().scope().equals("chat"));
    }

    private RichText result(Question question, Quiz quiz, QuizRound round, List<QuizAnswer> answers, boolean group) {
        List<String> right = answers.stream().filter(a -> a.choice() == round.correct())
                .map(QuizAnswer::displayName).toList();
        OptionOrder order = OptionOrder.of(round, quiz.options().size());
        RichText.Builder text = RichText.builder()
                .paragraph(new Bold(heading(question)), new Plain(" · answer " + order.letter(round.correct())))
                .paragraph(new Plain(quiz.question()))
                .block(options(quiz, order, round.correct(), answers, group && !answers.isEmpty()))
                .paragraph(new Bold("Why: "), new Plain(quiz.explanation()));
        if (!group && answers.size() == 1) {
            boolean won = answers.getFirst().choice() == round.correct();
            text.paragraph(new Bold(won ? "Right!" : "Not this time."), new Plain(" You picked "
                    + order.letter(answers.getFirst().choice()) + "."));
        } else if (answers.isEmpty()) {
            text.text("Nobody answered this round.");
        } else if (right.isEmpty()) {
            text.text("Nobody got it this time (" + answers.size() + " answered).");
        } else {
            text.paragraph(new Bold("Right (" + right.size() + " of " + answers.size() + "): "),
                    new Plain(names(right)));
        }
        text.paragraph(new Plain("The open-ended version, with a model answer: "), new Code("/ask " + question.id()));
        return text.build();
    }

    static List<Button> afterButtons(QuizRound round) {
        return List.of(
                new Button("Next quiz", ButtonData.of("quiz", "new", round.track().orElse("-"),
                        round.level().orElse("-")).encode(),
                        "/quiz" + round.track().map(t -> " " + t).orElse("") + round.level().map(l -> " " + l)
                                .orElse("")),
                scoresButton());
    }

    /** Opens the chat's leaderboard. */
    static Button scoresButton() {
        return new Button("Scores", ButtonData.of("scores").encode(), "/scores");
    }

    /**
     * The options, one per line in the round's order; after the reveal, the right one marked and, in groups, how many
     * picked each.
     */
    private static Paragraph options(Quiz quiz, OptionOrder order, int correct, List<QuizAnswer> answers,
                                     boolean counts) {
        List<Span> lines = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int option = order.option(position);
            if (position > 0) {
                lines.add(new Plain("\n"));
            }
            String mark = correct < 0 ? "" : option == correct ? "✓ " : "✗ ";
            lines.add(new Bold(mark + OptionOrder.letterAt(position) + ")"));
            lines.add(option == correct ? new Bold(" " + quiz.options().get(option))
                    : new Plain(" " + quiz.options().get(option)));
            if (counts) {
                long picked = answers.stream().filter(a -> a.choice() == option).count();
                lines.add(new Plain(" · " + picked));
            }
        }
        return new Paragraph(lines);
    }

    /** The leaderboard's top, and the asker's own line when they are below it. */
    RichText scores(Leaderboard board, String period, boolean group, dev.mockingbird.core.session.SessionKey asker,
                    int top) {
        if (board.rows().isEmpty()) {
            return RichText.plain((group ? "This chat has" : "You have") + " no finished quiz rounds "
                    + (period.equals("all time") ? "yet" : "in the last " + period) + ". Start one with /quiz.");
        }
        List<List<Span>> rows = new ArrayList<>();
        for (int i = 0; i < board.rows().size() && i < top; i++) {
            rows.add(row(i + 1, board.rows().get(i)));
        }
        RichText.Builder text = RichText.builder().paragraph(new Bold((group ? "Quiz leaderboard" : "Your quiz record")
                + " · " + period)).bulletSpans(rows);
        board.rankOf(asker).filter(rank -> rank > top).ifPresent(rank -> text.paragraph(new Plain("You: "))
                .bulletSpans(List.of(row(rank, board.rows().get(rank - 1)))));
        return text.text("Points, then games won, then the share of right answers. /scores week, /scores month or "
                + "/scores all.").build();
    }

    private static List<Span> row(int rank, Leaderboard.Row r) {
        return List.of(new Bold(rank + ". " + r.name()), new Plain(" " + points(r.points()) + " points · "
                + r.wins() + (r.wins() == 1 ? " win" : " wins") + " · " + r.accuracy() + "% right of " + r.answered()
                + " · " + r.games() + (r.games() == 1 ? " game" : " games")));
    }

    private static String names(List<String> names) {
        if (names.size() <= MAX_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_NAMES)) + " and " + (names.size() - MAX_NAMES) + " more";
    }
}
