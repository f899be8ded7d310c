package dev.mockingbird.telegram;

import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Block;
import dev.mockingbird.core.chat.RichText.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's neutral markup as Telegram HTML ({@code parse_mode=HTML}). Text is held raw until the moment it is
 * written out, and escaped then, so no dynamic text (question text, names, a person's own words) can add markup:
 * the only tags in the output are the ones written here. Hidden blocks become {@code <tg-spoiler>}; Telegram does
 * not allow code inside a spoiler, so hidden code shows as plain spoiler text.
 *
 * <p>Rendered text is kept as {@link Chunk}s (one per block) of {@link Line}s of {@link Run}s, each balanced on its
 * own, so {@link TelegramMessages} can split a long text between blocks, then lines, then characters without ever
 * cutting a tag or an entity.
 */
final class TelegramHtml {

    /** Longer than any real language name; keeps the code-block wrapper short. */
    static final int MAX_LANGUAGE = 20;

    private static final String SPOILER_OPEN = "<tg-spoiler>";
    private static final String SPOILER_CLOSE = "</tg-spoiler>";

    private TelegramHtml() {
    }

    /** Text shown literally: the three characters Telegram's HTML parser treats specially. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** How long a character is once escaped. */
    static int escapedLength(char c) {
        return switch (c) {
            case '&' -> 5;
            case '<', '>' -> 4;
            default -> 1;
        };
    }

    /** Raw text inside a pair of our own tags (either may be empty). */
    record Run(String open, String close, String text) {
        String html() {
            return open + escape(text) + close;
        }

        int length() {
            int n = open.length() + close.length();
            for (int i = 0; i < text.length(); i++) {
                n += escapedLength(text.charAt(i));
            }
            return n;
        }

        Run withText(String value) {
            return new Run(open, close, value);
        }
    }

    /** One line of runs; lines of a chunk are joined by a newline. */
    record Line(List<Run> runs) {
        Line {
            runs = List.copyOf(runs);
        }

        String html() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.html()));
            return out.toString();
        }

        int length() {
            return runs.stream().mapToInt(Run::length).sum();
        }

        boolean isBlank() {
            return runs.stream().allMatch(r -> r.text().isBlank());
        }
    }

    /** A block's lines inside the block's own wrapper ({@code <pre>}, a spoiler, or none). */
    record Chunk(String open, String close, List<Line> lines) {
        Chunk {
            lines = List.copyOf(lines);
        }

        String html() {
            StringBuilder out = new StringBuilder(open);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(lines.get(i).html());
            }
            return out.append(close).toString();
        }

        int length() {
            return open.length() + close.length() + Math.max(0, lines.size() - 1)
                    + lines.stream().mapToInt(Line::length).sum();
        }

        boolean isBlank() {
            return lines.stream().allMatch(Line::isBlank);
        }
    }

    /** The whole text as one HTML string, blocks separated by a blank line (no length limit applied). */
    static String render(RichText text) {
        List<String> out = new ArrayList<>();
        chunks(text).forEach(c -> out.add(c.html()));
        return String.join("\n\n", out);
    }

    /** One chunk per visible block, in order; blocks with nothing to show are left out. */
    static List<Chunk> chunks(RichText text) {
        List<Chunk> out = new ArrayList<>();
        for (Block block : text.blocks()) {
            if (block instanceof RichText.Hidden hidden) {
                hidden.blocks().forEach(b -> add(out, chunk(b, true)));
            } else {
                add(out, chunk(block, false));
            }
        }
        return out;
    }

    private static void add(List<Chunk> out, Chunk chunk) {
        if (!chunk.isBlank()) {
            out.add(chunk);
        }
    }

    private static Chunk chunk(Block block, boolean hidden) {
        String open = hidden ? SPOILER_OPEN : "";
        String close = hidden ? SPOILER_CLOSE : "";
        return switch (block) {
            case RichText.Paragraph p -> new Chunk(open, close, lines(p.spans(), "", hidden));
            case RichText.Bullets b -> {
                List<Line> lines = new ArrayList<>();
                for (int i = 0; i < b.items().size(); i++) {
                    lines.addAll(lines(b.items().get(i), b.ordered() ? b.number(i) + ". " : "• ", hidden));
                }
                yield new Chunk(open, close, lines);
            }
            case RichText.CodeBlock c -> {
                List<Line> lines = c.code().lines().map(l -> new Line(List.of(new Run("", "", l)))).toList();
                if (hidden) {
                    yield new Chunk(open, close, lines);
                }
                // Capped, so the wrapper a split repeats on every part stays small whatever a pack says.
                String language = c.language().replaceAll("[^\\w+#.-]", "");
                language = language.substring(0, Math.min(language.length(), MAX_LANGUAGE));
                yield language.isEmpty()
                        ? new Chunk("<pre>", "</pre>", lines)
                        : new Chunk("<pre><code class=\"language-" + language + "\">", "</code></pre>", lines);
            }
            // Hidden blocks do not nest (RichText enforces it); a stray one is shown as its own blocks.
            case RichText.Hidden h -> new Chunk(open, close, h.blocks().stream()
                    .flatMap(b -> chunk(b, hidden).lines().stream()).toList());
        };
    }

    /** Spans broken into lines at their newlines, each line balanced; the first line gets the prefix. */
    private static List<Line> lines(List<Span> spans, String prefix, boolean hidden) {
        List<Line> lines = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        if (!prefix.isEmpty()) {
            current.add(new Run("", "", prefix));
        }
        for (Span span : spans) {
            Run style = style(span, hidden);
            String[] pieces = span.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    lines.add(new Line(current));
                    current = new ArrayList<>();
                }
                if (!pieces[i].isEmpty()) {
                    current.add(style.withText(pieces[i]));
                }
            }
        }
        lines.add(new Line(current));
        return lines;
    }

    private static Run style(Span span, boolean hidden) {
        return switch (span) {
            case RichText.Plain p -> new Run("", "", "");
            case RichText.Mention m -> new Run("", "", ""); // Telegram has no groups to mention: the fallback text.
            case RichText.Bold b -> new Run("<b>", "</b>", "");
            case RichText.Italic i -> new Run("<i>", "</i>", "");
            // Telegram allows no entity inside code, and no code inside a spoiler.
            case RichText.Code c -> hidden ? new Run("", "", "") : new Run("<code>", "</code>", "");
        };
    }
}
