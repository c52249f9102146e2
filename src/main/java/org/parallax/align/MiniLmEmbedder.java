package org.parallax.align;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.parallax.cache.FolderCache;
import org.parallax.work.Checkpoint;
import org.parallax.work.Threads;

/**
 * Offline sentence embeddings from the quantised all-MiniLM-L6-v2 model that the langchain4j
 * embeddings jar bundles (ONNX Runtime; nothing is fetched). Mean pooling over the attention mask, then
 * unit length, as the model is meant to be used.
 *
 * <p>Each sentence is run on its own: the quantised model scales its activations over the whole input
 * tensor, so batching sentences together (with padding) would make a sentence's vector depend on the
 * other sentences of its batch, and a corpus's similarities on what else it contains. Sentences run in
 * parallel instead, one thread per core with one ONNX thread each, which is faster than langchain4j's
 * default (all cores for every sentence and for every thread) on a small machine. The vectors equal
 * langchain4j's for the same model.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

  static {
    // DJL (the tokenizer) "calls home" to a cloud metadata address when its first class initialises,
    // unless told it is offline. Nothing may leave the machine, whichever entry point loads this class.
    Offline.enforce();
  }

  /**
   * What this embedder's vectors are cached under: the model file, the pooling and the token window.
   * Change it when any of them changes.
   */
  public static final String ID = "all-minilm-l6-v2-q.onnx langchain4j-1.20.0-beta30 mean-pool unit max-tokens=256 one-sentence-per-run";

  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int MAX_TOKENS = 256;
  private static volatile MiniLmEmbedder shared;

  private final OrtEnvironment environment = environment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;

  /** ONNX Runtime, its native libraries taken from the user's cache folder when they can be ({@link OnnxNatives}). */
  private static OrtEnvironment environment() {
    OnnxNatives.prepare();
    return OrtEnvironment.getEnvironment();
  }

  /**
   * @param file the model as a file ({@link #modelFile}), or {@code null} to read it from the jar; the
   *     vectors are the same either way
   */
  MiniLmEmbedder(Path file) {
    // The tokenizer (DJL loads its native library) is made on a thread of its own while the model is read
    // and its session created: the two take about as long, and neither needs the other.
    FutureTask<HuggingFaceTokenizer> tokenizing =
        new FutureTask<>(() -> {
          try (InputStream vocabulary = resource(TOKENIZER)) {
            return HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "false"));
          }
        });
    Thread loader = new Thread(tokenizing, "parallax-tokenizer-loader");
    loader.start();
    try {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.setIntraOpNumThreads(1);
      if (file != null) {
        session = environment.createSession(file.toString(), options);
      } else {
        try (InputStream model = resource(MODEL)) {
          session = environment.createSession(model.readAllBytes(), options);
        }
      }
      wantsTypeIds = session.getInputNames().contains("token_type_ids");
      tokenizer = tokenizer(tokenizing);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the sentence model", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start the sentence model: " + e.getMessage(), e);
    } finally {
      // Never left running: its native library must not be loading while the JVM exits.
      Threads.awaitAll(List.of(loader));
    }
  }

  /**
   * The model as a file under {@code base} ({@code parallax/models/NAME-CRC.onnx}), written there once
   * from the jar and checked against the jar's checksum on every start (a damaged copy is written again),
   * so that ONNX Runtime reads it by its path instead of Parallax inflating it out of the jar each time
   * (a quarter of a second); {@code null} when it cannot be (no home, a read-only cache, the model not in
   * a jar), and the model is then read from the jar as before. The bytes are the jar's either way.
   */
  static Path modelFile(Path base) {
    if (base == null) {
      return null;
    }
    try {
      JarFiles.Entry entry = JarFiles.Entry.of(MiniLmEmbedder.class.getResource(MODEL));
      if (entry == null) {
        return null;
      }
      String name = MODEL.substring(1, MODEL.length() - ".onnx".length());
      Path file = base.resolve("parallax").resolve("models").resolve(String.format(Locale.ROOT, "%s-%08x.onnx", name, entry.crc()));
      JarFiles.write(entry, file, true);
      return file;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The tokenizer {@code tokenizing} made, or what it failed with. */
  private static HuggingFaceTokenizer tokenizer(FutureTask<HuggingFaceTokenizer> tokenizing) throws IOException {
    try {
      return tokenizing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the sentence model's tokenizer", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load the sentence model's tokenizer", cause);
    }
  }


  /** One instance per process: the model is large, and its session is thread-safe. */
  public static MiniLmEmbedder shared() {
    MiniLmEmbedder s = shared;
    if (s == null) {
      synchronized (MiniLmEmbedder.class) {
        s = shared;
        if (s == null) {
          s = new MiniLmEmbedder(modelFile(FolderCache.userCacheBase()));
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
    return embed(sentences, Checkpoint.NONE, (i, e) -> {
      throw e;
    });
  }

  /**
   * Embeds on the caller's thread and one more thread of this call's own per further core, each taking
   * the next sentence not yet taken (so a long sentence does not leave a core idle at the end). Not on
   * the common fork-join pool: a stage running meanwhile (tagging, with stages at once) uses it, and two
   * stages waiting for its one worker on two cores would leave both cores half idle.
   */
  @Override
  public float[][] embed(List<String> sentences, Checkpoint checkpoint, BiConsumer<Integer, RuntimeException> failed) {
    int total = sentences.size();
    float[][] out = new float[total][];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
        checkpoint.check();
        try {
          out[i] = embedOne(sentences.get(i));
        } catch (RuntimeException e) {
          failed.accept(i, e);
        }
        int d = done.incrementAndGet();
        if (d % 16 == 0 || d == total) {
          checkpoint.reached(d, total);
        }
      }
    };
    int threads = Math.min(total, Runtime.getRuntime().availableProcessors());
    List<Thread> helpers = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
    Runnable guarded = () -> {
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        // Cancelled, or a failure the caller's callback threw: the others stop taking sentences.
        thrown.compareAndSet(null, e);
        next.set(total);
      }
    };
    try {
      for (int t = 1; t < threads; t++) {
        Thread helper = new Thread(guarded, "parallax-embedder-" + t);
        helpers.add(helper);
        helper.start();
      }
      guarded.run();
    } catch (RuntimeException | Error e) {
      // A thread that could not start: the ones that did stop taking sentences.
      next.set(total);
      throw e;
    } finally {
      Threads.awaitAll(helpers);
    }
    Throwable e = thrown.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    return out;
  }

  private float[] embedOne(String sentence) {
    long[] ids = truncate(tokenizer.encode(sentence.isBlank() ? "." : sentence).getIds());
    long[][] mask = new long[1][ids.length];
    java.util.Arrays.fill(mask[0], 1);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {ids}));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
      if (wantsTypeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[1][ids.length]));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        return unit(meanPool(hidden[0], ids.length));
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence model failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] meanPool(float[][] tokens, int length) {
    float[] sum = new float[tokens[0].length];
    for (int t = 0; t < length; t++) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += tokens[t][d];
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= length;
    }
    return sum;
  }

  /** Keeps [CLS] ... [SEP] within the model's window: the end of a very long sentence is dropped. */
  private static long[] truncate(long[] ids) {
    if (ids.length <= MAX_TOKENS) {
      return ids;
    }
    long[] cut = new long[MAX_TOKENS];
    System.arraycopy(ids, 0, cut, 0, MAX_TOKENS - 1);
    cut[MAX_TOKENS - 1] = ids[ids.length - 1];
    return cut;
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

  private static InputStream resource(String name) {
    InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the sentence model " + name + " is missing from the class path");
    }
    return in;
  }
}
