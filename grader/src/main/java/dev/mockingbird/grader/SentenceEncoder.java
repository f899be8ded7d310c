package dev.mockingbird.grader;

import java.util.List;

/** Turns sentences into unit-length vectors whose dot product says how close their meanings are. */
interface SentenceEncoder {

    /** One unit vector per sentence, in order. */
    float[][] embed(List<String> sentences);

    /** Cosine similarity of two unit vectors. */
    static float cosine(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
