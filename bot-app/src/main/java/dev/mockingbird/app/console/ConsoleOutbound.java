package dev.mockingbird.app.console;

import dev.mockingbird.core.chat.OutboundPort;
import dev.mockingbird.core.chat.Reply;
import java.io.PrintStream;
import java.util.List;

/** The console as an outbound port: a daily question subscribed with /daily prints while the chat is open. */
public final class ConsoleOutbound implements OutboundPort {

    private final PrintStream out;
    private final ConsoleRenderer renderer = new ConsoleRenderer();

    /** Posts to this stream. */
    public ConsoleOutbound(PrintStream out) {
        this.out = out;
    }

    @Override
    public String platform() {
        return ConsoleChat.PLATFORM;
    }

    @Override
    public void post(String chatId, List<Reply> replies) {
        // One lock for the whole post, so it does not interleave with a reply being printed.
        synchronized (out) {
            for (Reply reply : replies) {
                if (reply instanceof Reply.Send) {
                    out.println(renderer.render(reply));
                    out.println();
                }
            }
            out.flush();
        }
    }
}
