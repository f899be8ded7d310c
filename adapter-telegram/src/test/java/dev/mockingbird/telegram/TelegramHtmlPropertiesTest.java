package dev.mockingbird.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.chat.RichText;
import dev.mockingbird.core.chat.RichText.Block;
import dev.mockingbird.core.chat.RichText.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the text, the HTML is well formed, carries only our tags, and splits cleanly. */
class TelegramHtmlPropertiesTest {

    private static final Set<String> OUR_TAGS = Set.of("b", "i", "code", "pre", "tg-spoiler");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?: class=\"language-[\\w+#.-]+\")?)>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");

    @Property(tries = 300)
    void anyTextRendersToWellFormedHtmlWithOnlyOurTags(@ForAll("texts") RichText text) {
        String html = TelegramHtml.render(text);

        assertWellFormed(html);
        // nothing lost: undoing our markup gives back every character of the content
        assertEquals(squash(text.plainText()), squash(shown(html)));
    }

    // From 100 characters: the deepest wrapper a part repeats (spoiler, pre and code with a language) takes about 80.
    @Property(tries = 200)
    void splittingNeverCutsATagOrEntityAndKeepsEveryPartUnderTheLimit(@ForAll("texts") RichText text,
                                                                      @ForAll @IntRange(min = 100, max = 400) int max) {
        List<String> parts = TelegramMessages.parts(text, max);

        StringBuilder shown = new StringBuilder();
        for (String part : parts) {
            assertTrue(part.length() <= max, "part of " + part.length() + " > " + max + ": " + part);
            assertWellFormed(part);
            shown.append(shown(part));
        }
        assertEquals(squash(text.plainText()), squash(shown.toString()));
    }

    @Property(tries = 50)
    void realLimitHoldsForLongTexts(@ForAll("longTexts") RichText text) {
        for (String part : TelegramMessages.parts(text)) {
            assertTrue(part.length() <= TelegramMessages.MAX_TEXT, "part of " + part.length());
            assertWellFormed(part);
        }
    }

    /** Tags balance and are ours; every other {@code <}, {@code >} and {@code &} is escaped. */
    static void assertWellFormed(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (tag.find()) {
            outside.append(html, last, tag.start());
            last = tag.end();
            String name = tag.group(2);
            assertTrue(OUR_TAGS.contains(name), "foreign tag <" + name + "> in " + html);
            if (tag.group(1).isEmpty()) {
                assertTrue(tag.group(3).isEmpty() || name.equals("code"), html);
                open.push(name);
            } else {
                assertTrue(!open.isEmpty() && open.pop().equals(name), "unbalanced </" + name + "> in " + html);
            }
        }
        outside.append(html.substring(last));
        assertTrue(open.isEmpty(), "unclosed " + open + " in " + html);
        String text = ENTITY.matcher(outside).replaceAll("");
        assertTrue(text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('&') < 0,
                "unescaped markup in " + html);
    }

    /** What a person reads: tags removed, entities decoded. */
    private static String shown(String html) {
        return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * Whitespace (in Java's wider sense, which takes in separators like U+001C), control characters and list markers
     * differ between plain text and Telegram's layout; compare the rest.
     */
    private static String squash(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && !Character.isDigit(c) && ".•…-".indexOf(c) < 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    @Provide
    Arbitrary<RichText> texts() {
        return blocks(12, 60);
    }

    @Provide
    Arbitrary<RichText> longTexts() {
        return blocks(40, 900);
    }

    private static Arbitrary<RichText> blocks(int maxBlocks, int maxLength) {
        Arbitrary<String> raw = Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>&\"'ab /\n*_`").ofMaxLength(maxLength),
                Arbitraries.strings().all().ofMaxLength(maxLength),
                Arbitraries.of("<b>x</b>", "</tg-spoiler>", "&amp;", "<pre>", "&lt;", "a&b<c>d", "😀🎉"));
        Arbitrary<Span> span = Combinators.combine(Arbitraries.integers().between(0, 3), raw).as((k, s) -> switch (k) {
            case 0 -> new RichText.Plain(s);
            case 1 -> new RichText.Bold(s);
            case 2 -> new RichText.Italic(s);
            default -> new RichText.Code(s);
        });
        Arbitrary<List<Span>> spans = span.list().ofMaxSize(5);
        Arbitrary<Block> visible = Arbitraries.oneOf(
                spans.map(RichText.Paragraph::new),
                Combinators.combine(spans.list().ofMaxSize(4), Arbitraries.of(true, false)).as(RichText.Bullets::new),
                Combinators.combine(Arbitraries.strings().ofMaxLength(40), raw).as(RichText.CodeBlock::new));
        Arbitrary<Block> block = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, visible),
                net.jqwik.api.Tuple.of(1, visible.list().ofMaxSize(3).map(RichText.Hidden::new)));
        return block.list().ofMaxSize(maxBlocks).map(RichText::new);
    }
}
