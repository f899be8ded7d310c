package dev.mockingbird.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model answers are shown in chats, whose markup has no tables and one level of list: a Markdown table arrives as
 * raw {@code |} text, and a nested bullet is flattened into its parent list, so neither may appear in a pack.
 */
class ModelAnswersRenderInChatTest {

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    /** {@code |---|---|} or {@code :--- | ---:}: a table's header separator. */
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?$");
    /** A list marker indented under an item: the chat shows it as one more item of the list above, or run on. */
    private static final Pattern NESTED_ITEM = Pattern.compile("^\\s+([-*+]|\\d{1,3}[.)])\\s+\\S.*$");

    private static QuestionBank bank;

    @BeforeAll
    static void loadBank() {
        bank = QuestionBank.load(ModelAnswersRenderInChatTest.class.getClassLoader(), Optional.empty());
    }

    @Test
    void noModelAnswerHoldsATableOrANestedBulletOutsideCodeBlocks() {
        // given every model answer of the bank
        List<String> problems = new ArrayList<>();

        // when each is read line by line as the chat's Markdown parser reads it
        for (Question q : bank.questions()) {
            problems.addAll(chatProblems(q.answer()).stream().map(p -> q.track() + ".json: " + q.id() + ": " + p)
                    .toList());
        }

        // then none needs a table or a second list level
        assertEquals(List.of(), problems, "rewrite tables as a list (or a code block aligned by spaces) and nested "
                + "bullets as one level");
    }

    @Test
    void noRenderedModelAnswerShowsTableSyntaxAsText() {
        // given every model answer parsed into the engine's chat markup
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            // when its text outside code blocks is read as a person sees it
            for (RichText.Block block : RichText.markdown(q.answer()).blocks()) {
                String shown = switch (block) {
                    case RichText.Paragraph p -> RichText.spansText(p.spans());
                    case RichText.Bullets b -> String.join("\n", b.items().stream().map(RichText::spansText).toList());
                    case RichText.CodeBlock c -> "";
                    case RichText.Hidden h -> "";
                };
                shown.lines().map(String::strip).filter(ModelAnswersRenderInChatTest::isTableLine)
                        .forEach(l -> problems.add(q.id() + ": shows \"" + l + "\""));
            }
        }

        // then no line of it is a table row or separator
        assertEquals(List.of(), problems);
    }

    @Test
    void theChecksCatchATableAndANestedBulletButNotACodeBlockOrAPipeInProse() {
        // given answers with a table, a nested bullet, a table inside a code block, and a pipe in a sentence
        String table = "Compare:\n\n| | var | let |\n|---|---|---|\n| Scope | function | block |";
        String nested = "- **Ports** are interfaces.\n  - **Driving** ports are use cases.";
        String fenced = "```text\n| a | b |\n|---|---|\n  - kept as typed\n```\nThen `a | b` pipes output.";

        // when they are checked
        List<String> inTable = chatProblems(table);
        List<String> inNested = chatProblems(nested);
        List<String> inFenced = chatProblems(fenced);

        // then the table and the nested bullet are named, the code block and the prose are not
        assertEquals(3, inTable.size(), inTable.toString());
        assertEquals(List.of("nested bullet: \"  - **Driving** ports are use cases.\""), inNested);
        assertEquals(List.of(), inFenced);
    }

    /** Each table line and nested list item outside fenced code blocks, as a short description. */
    static List<String> chatProblems(String markdown) {
        List<String> problems = new ArrayList<>();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).matches()) {
                inCode = !inCode;
            } else if (!inCode && isTableLine(line.strip())) {
                problems.add("table: \"" + line + "\"");
            } else if (!inCode && NESTED_ITEM.matcher(line).matches()) {
                problems.add("nested bullet: \"" + line + "\"");
            }
        }
        return problems;
    }

    private static boolean isTableLine(String stripped) {
        return stripped.length() > 1 && stripped.startsWith("|") && stripped.endsWith("|")
                || TABLE_SEPARATOR.matcher(stripped).matches();
    }
}
