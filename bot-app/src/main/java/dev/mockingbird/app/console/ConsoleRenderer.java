package dev.mockingbird.app.console;

import dev.mockingbird.core.chat.Button;
import dev.mockingbird.core.chat.Reply;
import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Block;
import dev.mockingbird.core.chat.RichText.Span;
import java.util.List;
import java.util.stream.Collectors;

/** Renders replies as plain terminal text; buttons become hints naming the command that does the same. */
final class ConsoleRenderer {

    String render(Reply reply) {
        return switch (reply) {
            case Reply.Send send -> text(send.text()) + buttons(send.buttons());
            case Reply.Edit edit -> text(edit.text()) + buttons(edit.buttons());
            case Reply.Notice notice -> "» " + notice.text();
        };
    }

    private String text(RichText text) {
        StringBuilder out = new StringBuilder();
        blocks(text.withoutMentions().blocks(), out);
        return out.toString().stripTrailing();
    }

    private void blocks(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            switch (block) {
                case RichText.Paragraph p -> out.append(spans(p.spans())).append("\n\n");
                case RichText.Bullets b -> {
                    for (int n = 0; n < b.items().size(); n++) {
                        out.append(b.ordered() ? "  " + b.number(n) + ". " : "  • ").append(spans(b.items().get(n)))
                                .append('\n');
                    }
                    out.append('\n');
                }
                case RichText.CodeBlock c -> out.append(c.code().lines().map(l -> "    " + l)
                        .collect(Collectors.joining("\n"))).append("\n\n");
                // The console is a private chat: nobody else to spoil, so hidden content is shown.
                case RichText.Hidden h -> blocks(h.blocks(), out);
            }
        }
    }

    private static String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            switch (span) {
                case RichText.Code c -> out.append('`').append(c.text()).append('`');
                default -> out.append(span.text());
            }
        }
        return out.toString();
    }

    private static String buttons(List<Button> buttons) {
        // Text boxes are for platforms that cannot read typed messages; here people just type.
        List<Button> hints = buttons.stream().filter(b -> b.kind() == Button.Kind.PRESS).toList();
        if (hints.isEmpty()) {
            return "";
        }
        return "\n" + hints.stream().map(b -> "[" + b.label() + ": " + b.command() + "]")
                .collect(Collectors.joining("  "));
    }
}
