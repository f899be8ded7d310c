package dev.mockingbird.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reply text in the engine's one neutral markup: paragraphs of plain, bold, italic and code spans, bullet lists,
 * code blocks, and a hidden-until-revealed block. Dynamic text (question text, names, a person's own words) is
 * always held as a span's plain content, never as markup, so each adapter escapes it for its platform.
 *
 * @param blocks the blocks, in order
 */
public record RichText(List<Block> blocks) {

    public RichText {
        blocks = List.copyOf(blocks);
    }

    /** A block of content. */
    public sealed interface Block {
    }

    /** Inline content within a paragraph or list item. */
    public sealed interface Span {
        /** The span's text without markup. */
        String text();
    }

    /** Running text; may contain line breaks. */
    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * A list; each item is a line of spans.
     *
     * @param items   the items, in order
     * @param ordered numbered rather than bulleted
     * @param start   the first item's number, for a numbered list a code block interrupted (1 otherwise)
     */
    public record Bullets(List<List<Span>> items, boolean ordered, int start) implements Block {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
            if (start < 0) {
                throw new IllegalArgumentException("a list starts at 0 or later: " + start);
            }
        }

        /** A list numbered from 1 (or bulleted). */
        public Bullets(List<List<Span>> items, boolean ordered) {
            this(items, ordered, 1);
        }

        /** The number shown before the item at this index (0-based) of an ordered list. */
        public int number(int index) {
            return start + index;
        }
    }

    /** Preformatted code; {@code language} may be empty. */
    public record CodeBlock(String language, String code) implements Block {
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }
    }

    /** Content shown only when the reader asks (a spoiler). Never nested. */
    public record Hidden(List<Block> blocks) implements Block {
        public Hidden {
            blocks = List.copyOf(blocks);
            if (blocks.stream().anyMatch(Hidden.class::isInstance)) {
                throw new IllegalArgumentException("hidden blocks do not nest");
            }
        }
    }

    /** Plain text. */
    public record Plain(String text) implements Span {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Bold text. */
    public record Bold(String text) implements Span {
        public Bold {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Italic text. */
    public record Italic(String text) implements Span {
        public Italic {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Inline code. */
    public record Code(String text) implements Span {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A group of people the platform can notify by name (a role on Discord), such as the team a daily question is for.
     * Platforms without such groups show {@code fallback}, which may be empty.
     *
     * @param groupId  the platform's id of the group
     * @param fallback what to show where the group cannot be mentioned
     */
    public record Mention(String groupId, String fallback) implements Span {
        public Mention {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(fallback, "fallback");
        }

        /** What a platform without groups shows. */
        @Override
        public String text() {
            return fallback;
        }
    }

    /** One paragraph of plain text. */
    public static RichText plain(String text) {
        return new RichText(List.of(new Paragraph(List.of(new Plain(text)))));
    }

    /** Parses the Markdown subset used by question packs (paragraphs, lists, fenced code, bold, italic, code). */
    public static RichText markdown(String markdown) {
        return new RichText(MarkdownParser.parse(markdown));
    }

    /** This text followed by another's blocks. */
    public RichText append(RichText other) {
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(other.blocks);
        return new RichText(all);
    }

    /** The groups this text mentions ({@link Mention}), in order, each once. */
    public List<String> mentions() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Block block : blocks) {
            List<Span> spans = switch (block) {
                case Paragraph p -> p.spans();
                case Bullets b -> b.items().stream().flatMap(List::stream).toList();
                case CodeBlock c -> List.of();
                case Hidden h -> List.of(); // A mention in hidden text would give the hidden part away.
            };
            spans.stream().filter(Mention.class::isInstance).map(s -> ((Mention) s).groupId()).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The text with each mention as its fallback text, and without the paragraphs that leaves empty: for platforms that
     * notify a group outside the text (Discord pings from a message's content, not its embed) or not at all.
     */
    public RichText withoutMentions() {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p && p.spans().stream().anyMatch(Mention.class::isInstance)) {
                List<Span> spans = p.spans().stream()
                        .map(s -> s instanceof Mention m ? new Plain(m.fallback()) : s)
                        .filter(s -> !s.text().isEmpty()).toList();
                if (!spans.isEmpty()) {
                    out.add(new Paragraph(spans));
                }
            } else {
                out.add(block);
            }
        }
        return new RichText(out);
    }

    /** The text without any markup, as a person would read it aloud; hidden blocks included. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        appendPlain(blocks, out);
        return out.toString().strip();
    }

    private static void appendPlain(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> out.append(spansText(p.spans())).append("\n\n");
                case Bullets b -> {
                    for (int n = 0; n < b.items().size(); n++) {
                        out.append(b.ordered() ? b.number(n) + ". " : "- ").append(spansText(b.items().get(n)))
                                .append('\n');
                    }
                    out.append('\n');
                }
                case CodeBlock c -> out.append(c.code()).append("\n\n");
                case Hidden h -> appendPlain(h.blocks(), out);
            }
        }
    }

    /** The spans' text joined without markup. */
    public static String spansText(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds rich text one block at a time. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        private Builder() {
        }

        /** Adds a paragraph of the given spans. */
        public Builder paragraph(Span... spans) {
            blocks.add(new Paragraph(List.of(spans)));
            return this;
        }

        /** Adds a paragraph of plain text. */
        public Builder text(String plain) {
            return paragraph(new Plain(plain));
        }

        /** Adds a bullet list of plain-text items. */
        public Builder bullets(List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(items.stream().map(i -> List.<Span>of(new Plain(i))).toList(), false));
            }
            return this;
        }

        /** Adds a bullet list of items made of spans. */
        public Builder bulletSpans(List<List<Span>> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(items, false));
            }
            return this;
        }

        /** Adds any block. */
        public Builder block(Block block) {
            blocks.add(block);
            return this;
        }

        /** Adds all blocks of another text. */
        public Builder append(RichText text) {
            blocks.addAll(text.blocks());
            return this;
        }

        /** The text built so far. */
        public RichText build() {
            return new RichText(blocks);
        }
    }
}
