package dev.mockingbird.core.bank;

/**
 * A question pack that cannot be used. The message names the file, the question id and the field, so whoever edits
 * the pack can fix it without reading a stack trace.
 */
public final class BankException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String questionId;
    private final String field;

    /** A problem with one field of one question (question id {@code -} for the pack itself). */
    public BankException(String file, String questionId, String field, String problem) {
        super("Broken question pack " + file + ": question " + questionId + ", field " + field + ": " + problem);
        this.file = file;
        this.questionId = questionId;
        this.field = field;
    }

    /** The pack's file name or path. */
    public String file() {
        return file;
    }

    /** The question's id, or {@code -} when the problem is in the pack itself. */
    public String questionId() {
        return questionId;
    }

    /** The field, e.g. {@code keyPoints[2].keywords}. */
    public String field() {
        return field;
    }
}
