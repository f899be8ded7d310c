package dev.mockingbird.discord;

import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Block;
import dev.mockingbird.core.chat.RichText.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's neutral markup as Discord markdown. Every piece of text is escaped so it shows literally: no
 * formatting, no mentions ({@code @everyone}, {@code <@id>}), no masked links.
 */
final class DiscordMarkdown {

    /** A zero-width space: breaks a mention or a fence without changing what people read. */
    static final String ZWSP = "\u200B";
    private static final Pattern SPECIAL = Pattern.compile("([\\\\*_`~|>#\\[\\]()\\-:])");
    /** A bar with another right after it: each such pair is split, so no run of bars can make a marker. */
    private static final Pattern ADJACENT_BARS = Pattern.compile("\\|(?=\\|)");
    private static final Pattern MENTION = Pattern.compile("@(everyone|here)|<([@#&!/:])");
    /** "1. " at the start of a line would become a numbered list; "+ " a bullet. */
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^(\\s*)(\\d+)\\.|^(\\s*)\\+");

    private DiscordMarkdown() {
    }

    /** Text shown literally. */
    static String escape(String text) {
        String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
        escaped = LINE_MARKER.matcher(escaped).replaceAll(m -> m.group(2) != null
                ? Matcher.quoteReplacement(m.group(1) + m.group(2) + "\\.")
                : Matcher.quoteReplacement(m.group(3) + "\\+"));
        return neutralizeMentions(escaped);
    }

    /**
     * Code with every {@code ||} broken by a zero-width space: Discord reads spoiler markers even inside code, so
     * {@code a || b} in a hidden answer would end its spoiler there and show the rest (backslashes would show in code).
     */
    static String unspoiled(String code) {
        return ADJACENT_BARS.matcher(code).replaceAll("|" + ZWSP);
    }

    /** Breaks mentions without escaping markdown (for code, where backslashes would show). */
    static String neutralizeMentions(String text) {
        return MENTION.matcher(text).replaceAll(m -> m.group(1) != null
                ? "@" + ZWSP + m.group(1)
                : "<" + ZWSP + Matcher.quoteReplacement(m.group(2)));
    }

    /**
     * The blocks as markdown, one string per block (so callers can split between blocks). A hidden block contributes
     * one string per inner block, each wrapped in its own spoiler markers, so a split never cuts a spoiler open.
     */
    static List<String> blocks(RichText text) {
        List<String> out = new ArrayList<>();
        for (Block block : text.blocks()) {
            if (block instanceof RichText.Hidden hidden) {
                hidden.blocks().stream().map(b -> block(b, true)).filter(b -> !b.isBlank()).forEach(out::add);
            } else {
                out.add(block(block, false));
            }
        }
        return out;
    }

    private static String block(Block block, boolean hidden) {
        String rendered = switch (block) {
            case RichText.Paragraph p -> spans(p.spans());
            case RichText.Bullets b -> {
                StringBuilder out = new StringBuilder();
                for (int n = 0; n < b.items().size(); n++) {
                    out.append(b.ordered() ? b.number(n) + ". " : "- ").append(spans(b.items().get(n))).append('\n');
                }
                yield out.toString().stripTrailing();
            }
            case RichText.CodeBlock c -> "```" + c.language().replaceAll("[^\\w+#.-]", "") + "\n"
                    + unspoiled(neutralizeMentions(c.code().replace("``", "`" + ZWSP + "`"))) + "\n```";
            case RichText.Hidden h -> {
                List<String> parts = new ArrayList<>();
                h.blocks().forEach(b -> parts.add(block(b, true)));
                yield String.join("\n\n", parts);
            }
        };
        // Spoiler markers must wrap each block; an empty spoiler would show the markers themselves.
        return hidden && !rendered.isBlank() ? "||" + rendered + "||" : rendered;
    }

    private static String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        boolean marked = false;
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                // Empty markers would show as literal asterisks or, for code, open a code block.
                continue;
            }
            if (marked && !(span instanceof RichText.Plain)) {
                // Touching markers ("*a**b*", "`a``b`") read as other markup; a zero-width space keeps them apart.
                out.append(ZWSP);
            }
            marked = !(span instanceof RichText.Plain);
            switch (span) {
                case RichText.Plain p -> out.append(escape(p.text()));
                case RichText.Bold b -> out.append("**").append(escape(b.text())).append("**");
                case RichText.Italic i -> out.append('*').append(escape(i.text())).append('*');
                case RichText.Code c -> out.append('`')
                        .append(unspoiled(neutralizeMentions(c.text().replace('`', 'ˋ').replace('\n', ' '))))
                        .append('`');
                // Pinging a role is the message content's job (DiscordMessages); here it is only its fallback.
                case RichText.Mention m -> out.append(escape(m.fallback()));
            }
        }
        return out.toString();
    }
}
