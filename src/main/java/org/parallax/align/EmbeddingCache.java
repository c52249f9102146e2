package org.parallax.align;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import org.parallax.cache.CacheKey;
import org.parallax.cache.ResultCache;

/**
 * The sentence vectors of one article in a {@link ResultCache}. An entry's key is the model's id, this
 * format's {@link #VERSION} and the article's sentences compared by fact (their exact text, in order);
 * its value holds one vector per such sentence, or none where the sentence was not embedded (beyond
 * the meaning budget, or the model failed on it). A vector depends only on its sentence's text and the
 * model (each sentence is run alone: {@link MiniLmEmbedder}), so a stored vector is the one computing
 * it again would give, bit for bit.
 */
final class EmbeddingCache {

  static final String KIND = "embeddings";
  /** Raise when what a vector means changes for the same model id (pooling, truncation, this format). */
  static final int VERSION = 1;

  private final ResultCache cache;
  private final String modelId;

  EmbeddingCache(ResultCache cache, String modelId) {
    this.cache = cache;
    this.modelId = modelId;
  }

  CacheKey key(List<String> sentences) {
    CacheKey.Builder b = CacheKey.of(KIND).add(VERSION).add(modelId).add(sentences.size());
    sentences.forEach(b::add);
    return b.build();
  }

  /** The stored vectors of the article with these sentences ({@code null} where none), or {@code null}. */
  float[][] load(CacheKey key, int sentences) {
    return cache.get(key).map(bytes -> decode(bytes, sentences)).orElse(null);
  }

  void store(CacheKey key, float[][] vectors) {
    cache.put(key, encode(vectors));
  }

  static byte[] encode(float[][] vectors) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(vectors.length);
      for (float[] v : vectors) {
        if (v == null) {
          out.writeInt(-1);
          continue;
        }
        out.writeInt(v.length);
        for (float x : v) {
          out.writeInt(Float.floatToRawIntBits(x));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The vectors in {@code bytes}, or {@code null} if they are not {@code count} vectors of one length. */
  static float[][] decode(byte[] bytes, int count) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (in.getInt() != count) {
        return null;
      }
      float[][] out = new float[count][];
      int dimension = -1;
      for (int i = 0; i < count; i++) {
        int n = in.getInt();
        if (n == -1) {
          continue;
        }
        if (n <= 0 || (dimension >= 0 && n != dimension) || n > in.remaining() / 4) {
          return null;
        }
        dimension = n;
        out[i] = new float[n];
        for (int d = 0; d < n; d++) {
          out[i][d] = Float.intBitsToFloat(in.getInt());
        }
      }
      return in.hasRemaining() ? null : out;
    } catch (BufferUnderflowException e) {
      return null;
    }
  }
}
