package dev.mockingbird.core.storage;

/** What became of an asked question. */
public enum Outcome {
    /** Asked, nothing else yet. */
    ASKED,
    /** The person answered in their own words and was graded. */
    ANSWERED,
    /** The model answer was shown. */
    REVEALED,
    /** The person skipped it. */
    SKIPPED
}
