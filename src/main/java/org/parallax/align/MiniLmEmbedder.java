package org.parallax.align;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Offline sentence embeddings from the quantised all-MiniLM-L6-v2 model bundled in the langchain4j jar
 * (ONNX Runtime, no network). The model loads on first use, about a second.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  private static final int BATCH = 64;
  private static volatile MiniLmEmbedder shared;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);

  /** One instance per process: the model is large and thread-safe. */
  public static MiniLmEmbedder shared() {
    MiniLmEmbedder s = shared;
    if (s == null) {
      synchronized (MiniLmEmbedder.class) {
        s = shared;
        if (s == null) {
          s = new MiniLmEmbedder();
          shared = s;
        }
      }
    }
    return s;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[][] embed(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    for (int from = 0; from < sentences.size(); from += BATCH) {
      int to = Math.min(sentences.size(), from + BATCH);
      List<TextSegment> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        String s = sentences.get(i);
        batch.add(TextSegment.from(s.isBlank() ? "." : s));
      }
      List<Embedding> vectors = model.embedAll(batch).content();
      for (int i = from; i < to; i++) {
        out[i] = unit(vectors.get(i - from).vector());
      }
    }
    return out;
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] u = new float[v.length];
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        u[i] = (float) (v[i] / norm);
      }
    }
    return u;
  }
}
