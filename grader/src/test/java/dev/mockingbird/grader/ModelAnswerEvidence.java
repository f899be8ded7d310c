package dev.mockingbird.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockingbird.core.bank.KeyPoint;
import dev.mockingbird.core.bank.Question;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.grading.Grade;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pack author's tool: for every key point its own model answer does not earn, prints (one JSON object a line) the
 * model answer's sentence nearest in meaning to the point's evidence, as a candidate evidence sentence in the model
 * answer's own words. Args: packs-folder.
 */
final class ModelAnswerEvidence {

    private ModelAnswerEvidence() {
    }

    public static void main(String[] args) throws Exception {
        QuestionBank bank = QuestionBank.load(new URLClassLoader(new URL[0], null), Optional.of(Path.of(args[0])));
        ObjectMapper json = new ObjectMapper();
        try (OnnxSentenceEncoder encoder = new OnnxSentenceEncoder(); Terms terms = new Terms()) {
            EvidenceGrader grader = new EvidenceGrader(encoder, terms, Thresholds.DEFAULT);
            for (Question q : bank.questions()) {
                Grade grade = grader.grade(q, q.answer());
                if (grade.missed().isEmpty()) {
                    continue;
                }
                List<String> sentences = Sentences.of(q.answer()).stream().map(Sentences.Sentence::text)
                        .filter(s -> Sentences.words(s).size() >= 5).toList();
                float[][] vectors = encoder.embed(sentences);
                for (KeyPoint point : grade.missed()) {
                    List<String> refs = new ArrayList<>(point.evidence());
                    refs.add(point.point());
                    float[][] refVectors = encoder.embed(refs);
                    int best = -1;
                    float bestScore = Float.NEGATIVE_INFINITY;
                    // Nearest by meaning, unless -Dby-words: most of the point's own terms and keywords.
                    java.util.Set<String> pointTerms = new java.util.HashSet<>(terms.of(point.point()));
                    point.keywords().forEach(k -> pointTerms.addAll(terms.of(k)));
                    for (int s = 0; s < sentences.size(); s++) {
                        if (System.getProperty("by-words") != null) {
                            float c = Terms.overlap(terms.of(sentences.get(s)), pointTerms);
                            if (c > bestScore) {
                                bestScore = c;
                                best = s;
                            }
                            continue;
                        }
                        for (float[] r : refVectors) {
                            float c = SentenceEncoder.cosine(vectors[s], r);
                            if (c > bestScore) {
                                bestScore = c;
                                best = s;
                            }
                        }
                    }
                    System.out.println(json.writeValueAsString(Map.of("id", q.id(), "point",
                            q.keyPoints().indexOf(point), "text", point.point(), "sentence",
                            best < 0 ? "" : sentences.get(best), "closeness", bestScore)));
                }
            }
        }
    }
}
