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
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}(\\d{1,3})[.)]\\s+(.*)$");
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
        OpenList list = new OpenList();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher fence = FENCE.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            Matcher heading = HEADING.matcher(line);
            if (fence.matches()) {
                flushParagraph(paragraph, blocks);
                list.flushInto(blocks);
                String marker = fence.group(1);
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith(marker)) {
                    code.append(lines[i]).append('\n');
                    i++;
                }
                blocks.add(new CodeBlock(fence.group(2), stripTrailingNewline(code)));
            } else if (bullet.matches()) {
                flushParagraph(paragraph, blocks);
                list.add(false, 1, spans(bullet.group(1).strip()), blocks);
            } else if (numbered.matches()) {
                flushParagraph(paragraph, blocks);
                // The written number matters when a code block split the list: "2." after it must stay 2.
                list.add(true, Integer.parseInt(numbered.group(1)), spans(numbered.group(2).strip()), blocks);
            } else if (heading.matches()) {
                flushParagraph(paragraph, blocks);
                list.flushInto(blocks);
                blocks.add(new Paragraph(List.of(new Bold(heading.group(1)))));
            } else if (line.isBlank()) {
                flushParagraph(paragraph, blocks);
                list.flushInto(blocks);
            } else if (list.isOpen() && Character.isWhitespace(line.charAt(0))) {
                list.continueLast(spans(line.strip()));
            } else {
                list.flushInto(blocks);
                paragraph.add(line.strip());
            }
            i++;
        }
        flushParagraph(paragraph, blocks);
        list.flushInto(blocks);
        return blocks;
    }

    /** The list being read: its items so far, whether it is numbered, and the number it started at. */
    private static final class OpenList {
        private final List<List<Span>> items = new ArrayList<>();
        private boolean ordered;
        private int start = 1;

        boolean isOpen() {
            return !items.isEmpty();
        }

        void add(boolean numbered, int number, List<Span> item, List<Block> blocks) {
            if (isOpen() && numbered != ordered) {
                flushInto(blocks);
            }
            if (!isOpen()) {
                ordered = numbered;
                start = numbered ? number : 1;
            }
            items.add(item);
        }

        /** A continuation line of the previous item. */
        void continueLast(List<Span> more) {
            List<Span> last = new ArrayList<>(items.removeLast());
            last.add(new Plain(" "));
            last.addAll(more);
            items.add(last);
        }

        void flushInto(List<Block> blocks) {
            if (isOpen()) {
                blocks.add(new Bullets(List.copyOf(items), ordered, start));
                items.clear();
            }
        }
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
