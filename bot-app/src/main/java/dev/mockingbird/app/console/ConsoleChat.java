package dev.mockingbird.app.console;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import dev.mockingbird.core.chat.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A chat on standard input and output, one person, private. The person is the same across runs (the OS user), so
 * what they did last time is still there when the store keeps it.
 */
public final class ConsoleChat {

    /** The platform name requests from the console carry. */
    public static final String PLATFORM = "console";
    private static final Set<String> QUIT = Set.of("/quit", "/exit", "/bye");

    private final ChatEngine engine;
    private final String user;
    private final ConsoleRenderer renderer = new ConsoleRenderer();

    /** A console chat for this person. */
    public ConsoleChat(ChatEngine engine, String user) {
        this.engine = engine;
        this.user = user;
    }

    /**
     * Reads lines until end of input or {@code /quit}. Prompts and greetings only when interactive, so piped
     * output holds nothing but the bot's replies.
     */
    public void run(BufferedReader in, PrintStream out, boolean interactive) {
        if (interactive) {
            out.println("Mockingbird console. Type /start, /ask system-design, /help; /quit or Ctrl-D to leave.");
        }
        try {
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                List<Reply> replies = engine.handle(
                        ChatRequest.text(PLATFORM, user, ChatKind.PRIVATE, user, user, line));
                synchronized (out) {
                    for (Reply reply : replies) {
                        out.println(renderer.render(reply));
                        out.println();
                    }
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console", e);
        }
        if (interactive) {
            out.println("Bye.");
        }
    }
}
