package dev.mockingbird.grader;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 (8-bit quantized, shipped in langchain4j's model jar) run through ONNX Runtime on one thread:
 * sentences are tokenized together, run in small batches of similar length (padding costs time), mean-pooled over
 * their real tokens and scaled to unit length, as sentence-transformers does for this model.
 */
final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Answer sentences are short; a longer one keeps its first 128 tokens, which carry its claim. */
    private static final int MAX_TOKENS = 128;
    /** Small batches of similar length: less padding than large ones, less overhead per call than one at a time. */
    private static final int BATCH = 8;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    OnnxSentenceEncoder() {
        try {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One core per grading: a chat bot grades many answers at once, each on its own thread.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(resource(MODEL), options);
            try (InputStream in = stream(TOKENIZER)) {
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true",
                        "maxLength", Integer.toString(MAX_TOKENS)));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the sentence model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model's tokenizer", e);
        }
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        if (sentences.isEmpty()) {
            return out;
        }
        Encoding[] encodings = tokenizer.batchEncode(sentences);
        List<Integer> order = new ArrayList<>(IntStream.range(0, encodings.length).boxed().toList());
        order.sort(Comparator.comparingInt(i -> encodings[i].getIds().length));
        for (int from = 0; from < order.size(); from += BATCH) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
            float[][] vectors = run(batch.stream().map(i -> encodings[i]).toList());
            for (int k = 0; k < batch.size(); k++) {
                out[batch.get(k)] = vectors[k];
            }
        }
        return out;
    }

    private float[][] run(List<Encoding> batch) {
        int length = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[batch.size()][length];
        long[][] mask = new long[batch.size()][length];
        long[][] types = new long[batch.size()][length];
        for (int b = 0; b < batch.size(); b++) {
            long[] tokenIds = batch.get(b).getIds();
            System.arraycopy(tokenIds, 0, ids[b], 0, tokenIds.length);
            for (int t = 0; t < tokenIds.length; t++) {
                mask[b][t] = 1;
            }
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(env, types);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] pooled = new float[batch.size()][];
            for (int b = 0; b < batch.size(); b++) {
                pooled[b] = meanPool(hidden[b], batch.get(b).getIds().length);
            }
            return pooled;
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
        }
    }

    private static float[] meanPool(float[][] tokens, int count) {
        float[] v = new float[tokens[0].length];
        for (int t = 0; t < count; t++) {
            for (int d = 0; d < v.length; d++) {
                v[d] += tokens[t][d];
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = OnnxSentenceEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the sentence model", e);
        }
    }
}
