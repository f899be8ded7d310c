package dev.mockingbird.core.daily;

import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.FreeTextHandler;
import dev.mockingbird.core.grading.Grader;
import dev.mockingbird.core.storage.DailyPort;
import java.util.List;
import java.util.Optional;

/**
 * Private answers to a team chat's daily question. The post's button leads a person to their private chat with
 * {@code /start t_<post>}; their next message there (or words given with the link, as a Discord text box sends them)
 * is graded for them alone and kept for the team's reveal. Other private messages go on to the usual answer handler.
 */
public interface TeamAnswering extends FreeTextHandler {

    /** Handles {@code /start} with a team post's payload; empty for any other {@code /start}. */
    Optional<List<Reply>> start(CommandContext context, String args);

    /** Private answers over the daily store, grading with {@code grader}; other private text goes to {@code rest}. */
    static TeamAnswering over(QuestionBank bank, DailyPort store, Grader grader, FreeTextHandler rest) {
        return new PrivateTeamAnswers(bank, store, grader, rest);
    }
}
