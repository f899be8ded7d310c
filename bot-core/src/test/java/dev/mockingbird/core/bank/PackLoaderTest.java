package dev.mockingbird.core.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackLoaderTest {

    private static final String GOOD_QUESTION = """
            {"id": "caching/ttl", "level": "junior", "question": "What is a TTL?",
             "answer": "A time to live.", "keyPoints": [{"point": "Expiry", "keywords": ["expire"]}]}""";

    @TempDir
    Path dir;

    private QuestionBank load() {
        return QuestionBank.load(new ClassLoader(null) { }, Optional.of(dir));
    }

    private void pack(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json);
    }

    @Test
    void loadsPacksFromTheClassPathAndTheQuestionsFolder() throws IOException {
        // given a pack in the folder and one on the test class path (src/test/resources/questions)
        pack("caching.json", """
                {"track": "caching", "name": "Caching", "description": "Caches.", "questions": [%s]}"""
                .formatted(GOOD_QUESTION));
        // when both are loaded
        QuestionBank bank = QuestionBank.load(getClass().getClassLoader(), Optional.of(dir));
        // then both tracks are there with their questions and optional fields
        assertEquals(2, bank.tracks().size());
        Question ttl = bank.byId("caching/ttl").orElseThrow();
        assertEquals(Level.JUNIOR, ttl.level());
        assertEquals(Optional.empty(), ttl.quiz());
        Question rest = bank.byId("api-design/rest").orElseThrow();
        assertEquals(1, rest.quiz().orElseThrow().answer());
        assertEquals(rest, bank.byCode(rest.code()).orElseThrow());
    }

    @Test
    void aFolderPackAddsQuestionsToAnExistingTrack() throws IOException {
        pack("more-api.json", """
                {"track": "api-design", "name": "API Design", "questions": [
                 {"id": "api-design/paging", "level": "mid", "question": "How do you paginate?", "answer": "Cursors.",
                  "keyPoints": [{"point": "Cursor", "keywords": ["cursor"]}]}]}""");
        QuestionBank bank = QuestionBank.load(getClass().getClassLoader(), Optional.of(dir));
        assertEquals(1, bank.tracks().size());
        assertEquals(2, bank.questionsOf(bank.tracks().getFirst()).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid JSON            | {"track": "caching", "questions": [ |  -           | (file)
            not an object           | [1, 2]                              |  -           | (file)
            missing track           | {"name": "C", "questions": []}      |  -           | track
            bad track slug          | {"track": "Caching!", "name": "C", "questions": []} | - | track
            unknown pack field      | {"track": "caching", "name": "C", "questions": [], "extra": 1} | - | extra
            questions not a list    | {"track": "caching", "name": "C", "questions": 3} | - | questions
            track slug too long     | {"track": "caching-and-content-delivery-networks", "name": "C", "questions": []} | - | track
            """)
    void aBrokenPackNamesFileAndField(String kind, String json, String id, String field) throws IOException {
        pack("caching.json", json);
        BankException e = assertThrows(BankException.class, this::load);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(id, e.questionId(), e.getMessage());
        assertTrue(e.getMessage().contains("caching.json"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing question text  | "question": "What is a TTL?",           |                               | question
            bad level              | "level": "junior",                      | "level": "guru",              | level
            unknown field          | "answer":                               | "answr": "x", "answer":       | answr
            empty key points       | [{"point": "Expiry", "keywords": ["expire"]}] | []                      | keyPoints
            key point no keywords  | "keywords": ["expire"]                  | "keywords": []                | keyPoints[0].keywords
            key point no point     | "point": "Expiry",                      |                               | keyPoints[0].point
            alias not text         | "answer":                               | "aliases": [1], "answer":     | aliases[0]
            quiz answer out of range | "answer": "A time to live.",          | "answer": "A time to live.", "quiz": {"question": "q", "options": ["a", "b", "c"], "answer": 3, "explanation": "e"}, | quiz.answer
            quiz options repeated  | "answer": "A time to live.",            | "answer": "A time to live.", "quiz": {"question": "q", "options": ["a", "a", "c"], "answer": 0, "explanation": "e"}, | quiz.options
            quiz missing explanation | "answer": "A time to live.",          | "answer": "A time to live.", "quiz": {"question": "q", "options": ["a", "b", "c"], "answer": 0}, | quiz.explanation
            """)
    void aBrokenQuestionNamesFileQuestionIdAndField(String kind, String from, String to, String field)
            throws IOException {
        String question = GOOD_QUESTION.replace(from.strip(), to == null ? "" : to.strip());
        pack("caching.json", """
                {"track": "caching", "name": "Caching", "questions": [%s]}""".formatted(question));
        BankException e = assertThrows(BankException.class, this::load);
        assertEquals("caching/ttl", e.questionId(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Broken question pack "), e.getMessage());
        assertTrue(e.getMessage().contains("caching.json") && e.getMessage().contains("caching/ttl"));
    }

    @Test
    void anIdOutsideItsTrackOrUsedTwiceIsRejected() throws IOException {
        pack("caching.json", """
                {"track": "caching", "name": "Caching", "questions": [%s]}"""
                .formatted(GOOD_QUESTION.replace("caching/ttl", "databases/ttl")));
        BankException wrongTrack = assertThrows(BankException.class, this::load);
        assertEquals("id", wrongTrack.field());

        pack("caching.json", """
                {"track": "caching", "name": "Caching", "questions": [%s, %s]}"""
                .formatted(GOOD_QUESTION, GOOD_QUESTION));
        BankException twice = assertThrows(BankException.class, this::load);
        assertTrue(twice.getMessage().contains("already used"), twice.getMessage());
    }

    @Test
    void invalidJsonNamesTheLine() throws IOException {
        pack("caching.json", "{\n  \"track\": \"caching\",\n  \"questions\": [,]\n}");
        BankException e = assertThrows(BankException.class, this::load);
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aMissingQuestionsFolderIsAClearError() {
        BankException e = assertThrows(BankException.class,
                () -> QuestionBank.load(getClass().getClassLoader(), Optional.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("MOCKINGBIRD_QUESTIONS_DIR"), e.getMessage());
    }
}
