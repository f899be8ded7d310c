package dev.mockingbird.core.profile;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.command.ButtonData;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.session.SessionKey;
import dev.mockingbird.core.session.Sessions;
import dev.mockingbird.core.storage.DailyPort;
import dev.mockingbird.core.storage.HistoryPort;
import dev.mockingbird.core.storage.ProfilePort;
import dev.mockingbird.core.storage.QuizPort;
import dev.mockingbird.core.storage.ReviewPort;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /forget}: a person deletes everything stored about them (profile, history, their private session), after
 * pressing a confirm button. Group sessions belong to the group and stay.
 */
public final class ForgetCommand implements Command {

    private static final CommandSpec SPEC = new CommandSpec("forget", "Delete everything stored about you",
            List.of()).asPersonal();

    private final ProfilePort profiles;
    private final HistoryPort history;
    private final Sessions sessions;
    private final QuizPort quizzes;
    private final ReviewPort reviews;
    private final DailyPort daily;

    /** The command over every port that keeps something about a person. */
    public ForgetCommand(ProfilePort profiles, HistoryPort history, Sessions sessions, QuizPort quizzes,
                         ReviewPort reviews, DailyPort daily) {
        this.profiles = profiles;
        this.history = history;
        this.sessions = sessions;
        this.quizzes = quizzes;
        this.reviews = reviews;
        this.daily = daily;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        if (args.strip().equalsIgnoreCase("yes")) {
            // Typing the confirmation is as deliberate as pressing it (and the console has no buttons).
            return forget(context).stream().map(r -> r instanceof Reply.Edit e ? Reply.send(e.text()) : r).toList();
        }
        return List.of(Reply.send(RichText.plain("This deletes your level and track, every question you were "
                        + "asked with how it went, your current question, your review queue, your daily question and your quiz answers. "
                        + "It cannot be undone."),
                List.of(new Button("Yes, forget me", ButtonData.of("forget", "yes").encode(), "/forget yes"),
                        new Button("Cancel", ButtonData.of("forget", "no").encode(), "/help"))));
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        if (!args.equals(List.of("yes"))) {
            return List.of(new Reply.Edit(RichText.plain("Kept everything. Nothing was deleted."), List.of()));
        }
        return forget(context);
    }

    private List<Reply> forget(CommandContext context) {
        SessionKey person = context.person();
        boolean profile = profiles.deleteProfile(person);
        int questions = history.deleteHistory(person);
        boolean session = sessions.delete(person);
        int answers = quizzes.deleteAnswers(person);
        int reviews = this.reviews.deleteReviews(person);
        int teamAnswers = this.daily.deleteTeamAnswers(context.request().platform(), context.request().userId());
        // A private chat's daily question is the person's; a group's belongs to the group.
        boolean daily = !context.inGroup() && this.daily.unsubscribe(context.request().platform(),
                context.request().chatId());
        List<String> deleted = new ArrayList<>();
        if (profile) {
            deleted.add("your profile (level and default track)");
        }
        if (questions > 0) {
            deleted.add("your history of " + questions + (questions == 1 ? " question" : " questions"));
        }
        if (session) {
            deleted.add("your current question");
        }
        if (daily) {
            deleted.add("your daily question");
        }
        if (reviews > 0) {
            deleted.add("your review queue of " + reviews + (reviews == 1 ? " question" : " questions"));
        }
        if (teamAnswers > 0) {
            deleted.add("your " + teamAnswers + (teamAnswers == 1 ? " answer" : " answers")
                    + " to team questions");
        }
        if (answers > 0) {
            deleted.add("your " + answers + (answers == 1 ? " quiz answer" : " quiz answers"));
        }
        RichText text = deleted.isEmpty()
                ? RichText.plain("There was nothing stored about you. Nothing to delete.")
                : RichText.builder().text("Done. I deleted:").bullets(deleted)
                .text("If you send another command, I start afresh.").build();
        return List.of(new Reply.Edit(text, List.of()));
    }
}
