package dev.mockingbird.grader;

/**
 * The grader's decision points, calibrated on the bank itself (each point's evidence against its siblings' and the
 * question's), never on the labelled grading sets, which only measure.
 *
 * @param credit          least score (meaning plus word bonus) for a sentence to credit a point
 * @param wordWeight      how much the share of an evidence sentence's content words adds to the score
 * @param polarityPenalty what a sentence loses against a reference that says no where it says yes, or the reverse
 * @param claim           least closeness to a misconception to call a sentence a wrong claim
 * @param claimMargin     how much closer to the misconception a sentence must be than to the point's evidence, and
 *                        than the nearest true sentence of the question is to the misconception
 * @param echo            closeness to the question above which a sentence must be closer to evidence than to it
 * @param nearBest        how far below its best-matching point a sentence may be and still credit another point
 * @param listCredit      least closeness of meaning for a bare list of terms to credit a point, and for any sentence
 *                        to credit a point though it is closer still to another
 */
record Thresholds(float credit, float wordWeight, float polarityPenalty, float claim, float claimMargin, float echo,
                  float nearBest, float listCredit) {

    static final Thresholds DEFAULT = new Thresholds(0.62f, 0.15f, 0.2f, 0.62f, 0.03f, 0.6f, 0.05f, 0.8f);
}
