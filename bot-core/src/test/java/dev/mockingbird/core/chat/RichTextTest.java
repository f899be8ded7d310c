package dev.mockingbird.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mockingbird.core.chat.RichText.Bold;
import dev.mockingbird.core.chat.RichText.Bullets;
import dev.mockingbird.core.chat.RichText.Code;
import dev.mockingbird.core.chat.RichText.CodeBlock;
import dev.mockingbird.core.chat.RichText.Italic;
import dev.mockingbird.core.chat.RichText.Paragraph;
import dev.mockingbird.core.chat.RichText.Plain;
import java.util.List;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void parsesTheMarkdownSubsetOfQuestionPacks() {
        RichText text = RichText.markdown("""
                **Short answer:** use a `Map` and *cache* it.

                - first point
                - second point
                  continued
                1. ordered

                ```js
                const a = 1;
                ```
                ### Heading""");
        assertEquals(List.of(
                new Paragraph(List.of(new Bold("Short answer:"), new Plain(" use a "), new Code("Map"),
                        new Plain(" and "), new Italic("cache"), new Plain(" it."))),
                new Bullets(List.of(List.of(new Plain("first point")),
                        List.of(new Plain("second point"), new Plain(" "), new Plain("continued"))), false),
                new Bullets(List.of(List.of(new Plain("ordered"))), true),
                new CodeBlock("js", "const a = 1;"),
                new Paragraph(List.of(new Bold("Heading")))), text.blocks());
    }

    @Test
    void aNumberedListSplitByACodeBlockKeepsCountingFromTheWrittenNumber() {
        // given steps 1 and 2 of a list with a code block between them
        RichText text = RichText.markdown("""
                1. hold the seats:
                ```sql
                UPDATE seats SET status = 'held';
                ```
                2. take the payment
                3. confirm""");
        // then the list after the code block starts at 2, and plain text reads the same
        Bullets after = (Bullets) text.blocks().get(2);
        assertEquals(2, after.start());
        assertEquals(List.of(2, 3), List.of(after.number(0), after.number(1)));
        assertEquals("1. hold the seats:\n\nUPDATE seats SET status = 'held';\n\n2. take the payment\n3. confirm",
                text.plainText());
    }

    @Test
    void unmatchedMarkersAndMarkupStayLiteral() {
        RichText text = RichText.markdown("2 * 3 = 6, a_b_c, <b>not html</b> and **unclosed");
        assertEquals(List.of(new Paragraph(List.of(new Plain("2 * 3 = 6, a_b_c, <b>not html</b> and **unclosed")))),
                text.blocks());
    }

    @Test
    void hiddenBlocksDoNotNest() {
        RichText.Hidden inner = new RichText.Hidden(List.of());
        assertThrows(IllegalArgumentException.class, () -> new RichText.Hidden(List.of(inner)));
    }

    @Test
    void requestsValidateThemselves() {
        assertThrows(IllegalArgumentException.class,
                () -> ChatRequest.text("Tele gram", "1", ChatKind.PRIVATE, "1", "a", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> ChatRequest.text("telegram", "", ChatKind.PRIVATE, "1", "a", "x"));
        assertEquals("there", ChatRequest.text("telegram", "1", ChatKind.PRIVATE, "1", "\u0007", "x").displayName());
        assertThrows(IllegalArgumentException.class, () -> new Button("b", "x".repeat(65), "/x"));
    }
}
