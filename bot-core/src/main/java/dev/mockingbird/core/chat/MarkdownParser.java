package dev.mockingbird.core.chat;

import dev.mockingbird.core.chat.RichText.Block;
import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Bullets;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.CodeBlock;
import dev.mockingbird.core.chat.RichText.Italic;
import dev.mockingbird.core.chat.RichText.Paragraph;
import dev.mockingbird.core.chat.RichText.Plain;
import dev.mockingbird.core.chat.RichText.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown subset question packs are written in. Anything it does not recognise stays literal text, which
 * adapters escape, so a pack can never inject platform markup.
 */
final class MarkdownParser {

    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)\\s*([\\w+#.-]*)\\s*$");
    private static final Pattern INLINE = Pattern.compile(
            "`([^`\\n]+)`|\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__"
                    + "|(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])|(?<![\\w_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\w_])");

    private MarkdownParser() {
    }

    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        List<String> paragraph = new ArrayList<>();
        List<List<Span>> items = new ArrayList<>();
        boolean ordered = false;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher fence = FENCE.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            Matcher heading = HEADING.matcher(line);
            if (fence.matches()) {
                flushParagraph(paragraph, blocks);
                ordered = flushItems(items, ordered, blocks);
                String marker = fence.group(1);
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith(marker)) {
                    code.append(lines[i]).append('\n');
                    i++;
                }
                blocks.add(new CodeBlock(fence.group(2), stripTrailingNewline(code)));
            } else if (bullet.matches() || numbered.matches()) {
                flushParagraph(paragraph, blocks);
                boolean isOrdered = !bullet.matches();
                if (!items.isEmpty() && isOrdered != ordered) {
                    flushItems(items, ordered, blocks);
                }
                ordered = isOrdered;
                items.add(spans((bullet.matches() ? bullet : numbered).group(1).strip()));
            } else if (heading.matches()) {
                flushParagraph(paragraph, blocks);
                ordered = flushItems(items, ordered, blocks);
                blocks.add(new Paragraph(List.of(new Bold(heading.group(1)))));
            } else if (line.isBlank()) {
                flushParagraph(paragraph, blocks);
                ordered = flushItems(items, ordered, blocks);
            } else if (!items.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                // A continuation line of the previous list item.
                List<Span> last = new ArrayList<>(items.removeLast());
                last.add(new Plain(" "));
                last.addAll(spans(line.strip()));
                items.add(last);
            } else {
                ordered = flushItems(items, ordered, blocks);
                paragraph.add(line.strip());
            }
            i++;
        }
        flushParagraph(paragraph, blocks);
        flushItems(items, ordered, blocks);
        return blocks;
    }

    private static String stripTrailingNewline(StringBuilder code) {
        int end = code.length();
        while (end > 0 && code.charAt(end - 1) == '\n') {
            end--;
        }
        return code.substring(0, end);
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(spans(String.join("\n", lines))));
            lines.clear();
        }
    }

    private static boolean flushItems(List<List<Span>> items, boolean ordered, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Bullets(List.copyOf(items), ordered));
            items.clear();
        }
        return false;
    }

    /** Inline markup to spans; unmatched markers stay literal. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                spans.add(new Plain(text.substring(last, m.start())));
            }
            if (m.group(1) != null) {
                spans.add(new Code(m.group(1)));
            } else if (m.group(2) != null || m.group(3) != null) {
                spans.add(new Bold(m.group(2) != null ? m.group(2) : m.group(3)));
            } else {
                spans.add(new Italic(m.group(4) != null ? m.group(4) : m.group(5)));
            }
            last = m.end();
        }
        if (last < text.length()) {
            spans.add(new Plain(text.substring(last)));
        }
        return spans;
    }
}
