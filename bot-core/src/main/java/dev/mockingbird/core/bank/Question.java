package dev.mockingbird.core.bank;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * One interview question with its model answer and what graders look for.
 *
 * @param id        {@code <track>/<slug>}, stable forever: progress is stored against it
 * @param track     the track's slug
 * @param level     how deep it goes
 * @param question  the question as asked
 * @param aliases   other ways interviewers phrase it
 * @param answer    the model answer, Markdown
 * @param keyPoints what an interviewer listens for
 * @param followUps questions an interviewer might ask next
 * @param tags      topics, lower case
 * @param quiz      the multiple-choice variant, if it has one
 */
public record Question(String id, String track, Level level, String question, List<String> aliases, String answer,
                       List<KeyPoint> keyPoints, List<String> followUps, List<String> tags, Optional<Quiz> quiz) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(question, "question");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(answer, "answer");
        keyPoints = List.copyOf(keyPoints);
        followUps = List.copyOf(followUps);
        tags = List.copyOf(tags);
        Objects.requireNonNull(quiz, "quiz");
    }

    /**
     * A short, stable code for this question derived from its id, for button data (Telegram allows 64 bytes; ids can
     * be longer). The bank rejects a pack whose codes collide.
     */
    public String code() {
        CRC32C crc = new CRC32C();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue(), 36);
    }
}
