package dev.mockingbird.core.help;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.daily.TeamAnswering;
import java.util.List;
import java.util.Optional;

/** {@code /start}: a welcome that gets a person to their first question quickly. */
public final class StartCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("start", "Welcome and how it works", List.of());

    private final QuestionBank bank;
    private final TeamAnswering team;

    /**
     * The command over the bank it counts questions and tracks in; a team post's link ({@code /start t_…}) goes to
     * {@code team}.
     */
    public StartCommand(QuestionBank bank, TeamAnswering team) {
        this.bank = bank;
        this.team = team;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        Optional<List<Reply>> teamAnswer = team.start(context, args);
        if (teamAnswer.isPresent()) {
            return teamAnswer.get();
        }
        int questions = bank.questions().size();
        int tracks = bank.tracks().size();
        RichText text = RichText.builder()
                .paragraph(new Plain("Hi " + context.request().displayName() + "! I am "), new Bold("Mockingbird"),
                        new Plain(", a mock interviewer for backend engineers: " + questions + " questions in "
                                + tracks + " tracks."))
                .bulletSpans(List.of(
                        List.of(new Code("/ask system-design"), new Plain(" gets a question (or just /ask)")),
                        List.of(new Plain("answer in your own words and I check it against the key points")),
                        List.of(new Code("/answer"), new Plain(" shows the model answer, "), new Code("/next"),
                                new Plain(" moves on")),
                        List.of(new Code("/level senior"), new Plain(" and "), new Code("/track databases"),
                                new Plain(" set your defaults"))))
                .paragraph(new Plain("Your level is "), new Bold(context.profile().level().slug()),
                        new Plain(". /help lists every command."))
                .build();
        return List.of(Reply.send(text, List.of(
                new Button("Ask me a question", ButtonData.of("next").encode(), "/ask"),
                new Button("Tracks", ButtonData.of("tracks").encode(), "/tracks"))));
    }
}
