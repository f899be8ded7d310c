package dev.mockingbird.core.interview;

import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.command.Command;
import dev.mockingbird.core.command.CommandContext;
import dev.mockingbird.core.command.CommandSpec;
import dev.mockingbird.core.session.SessionState;
import java.util.List;
import java.util.Map;

/**
 * Wraps a practice command (/ask, /answer, /next, …) so that while a mock interview runs it answers with where the
 * interview is instead of replacing it: the interview keeps its place, and its model answers come in the report.
 */
public final class InterviewGuard implements Command {

    private static final String RUNNING = "You are in a mock interview: answer the question, then press Next "
            + "question. The model answers come with the report at the end; /interview end finishes now.";

    private final Command practice;

    private InterviewGuard(Command practice) {
        this.practice = practice;
    }

    /** The command, held while an interview runs. */
    public static Command around(Command practice) {
        return new InterviewGuard(practice);
    }

    @Override
    public CommandSpec spec() {
        return practice.spec();
    }

    @Override
    public List<Reply> onCommand(CommandContext context, String args) {
        return context.state() instanceof SessionState.Interviewing ? running(context)
                : practice.onCommand(context, args);
    }

    @Override
    public List<Reply> onOptions(CommandContext context, Map<String, String> options) {
        return context.state() instanceof SessionState.Interviewing ? running(context)
                : practice.onOptions(context, options);
    }

    @Override
    public List<Reply> onButton(CommandContext context, List<String> args) {
        return context.state() instanceof SessionState.Interviewing ? running(context)
                : practice.onButton(context, args);
    }

    private static List<Reply> running(CommandContext context) {
        return context.note(RUNNING);
    }
}
