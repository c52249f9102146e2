package org.parallax.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A {@link ResultCache} in a folder: one file per entry, {@code ROOT/KIND/ab/abcdef….bin} (the key's
 * hash). Where it lives for a corpus: {@link #forCorpus}.
 *
 * <p>An entry file is a header (magic {@code PXC}, format {@value #FORMAT}, the key's hash, the value's
 * length), the value, and a CRC-32C of all that; a file that does not match in every part (truncated,
 * damaged, another format, another key) is rejected and its value computed again. Files are written to
 * a temporary name in the same folder and renamed into place, so a reader never sees half an entry and
 * two processes writing one entry (the same bytes) do not interfere. A hit refreshes the file's
 * modification time; {@link #trim} removes the least recently used entries first while the folder is
 * over its bound.
 */
public final class FolderCache implements ResultCache {

  /** The corpus's own folder for the cache: {@code CORPUS/.parallax/cache}. */
  public static final String CORPUS_FOLDER = ".parallax/cache";
  /** Megabytes a corpus's cache may take before its oldest entries go; system property to change. */
  public static final String MAX_MB_PROPERTY = "parallax.cache.max-mb";

  public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
  static final int FORMAT = 1;
  private static final byte[] MAGIC = {'P', 'X', 'C', 0};
  private static final int HEADER = MAGIC.length + 4 + 32 + 4;
  private static final int TRAILER = 4;
  /** A temporary file this old was left by a process that died: it may go. */
  private static final long STALE_TEMP_MILLIS = 60L * 60 * 1000;

  private final Path root;
  private final long maxBytes;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong evicted = new AtomicLong();

  /** @param maxBytes the size {@link #trim} keeps the folder under */
  public FolderCache(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
  }

  /**
   * The cache of the corpus in {@code corpus}: {@code CORPUS/.parallax/cache} if that folder can be
   * written (the {@code .parallax} folder also holds the analyst's project, which the cache never
   * touches; the reader skips hidden folders), else the user's cache folder ({@code $XDG_CACHE_HOME/parallax/HASH} or {@code
   * ~/.cache/parallax/HASH}, HASH from the corpus's absolute path), else none.
   */
  public static ResultCache forCorpus(Path corpus) {
    long max = maxBytes();
    Path own = corpus.resolve(CORPUS_FOLDER);
    if (usable(own)) {
      return new FolderCache(own, max);
    }
    Path user = userCacheFolder(corpus);
    if (user != null && usable(user)) {
      return new FolderCache(user, max);
    }
    return NONE;
  }

  public Path root() {
    return root;
  }

  private static long maxBytes() {
    String mb = System.getProperty(MAX_MB_PROPERTY);
    if (mb != null) {
      try {
        long v = Long.parseLong(mb.strip());
        if (v > 0) {
          return v * 1024 * 1024;
        }
      } catch (NumberFormatException e) {
        // the default below
      }
    }
    return DEFAULT_MAX_BYTES;
  }

  static Path userCacheFolder(Path corpus) {
    Path base = userCacheBase();
    if (base == null) {
      return null;
    }
    String id = CacheKey.of("corpus").add(corpus.toAbsolutePath().normalize().toString()).build().hash();
    return base.resolve("parallax").resolve(id.substring(0, 16));
  }

  /**
   * The user's cache folder, {@code $XDG_CACHE_HOME} or {@code ~/.cache} (Parallax keeps its things in
   * {@code parallax/} there), or {@code null} when there is no home.
   */
  public static Path userCacheBase() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg);
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? null : Path.of(home, ".cache");
  }

  /**
   * Whether {@code folder} can hold the cache: it is a writable folder, or its nearest existing
   * ancestor is (it is made when the first entry is written, so that a run that stores nothing leaves
   * no empty folders in the corpus).
   */
  private static boolean usable(Path folder) {
    try {
      Path p = folder.toAbsolutePath();
      while (p != null && !Files.exists(p)) {
        p = p.getParent();
      }
      return p != null && Files.isDirectory(p) && Files.isWritable(p);
    } catch (SecurityException e) {
      return false;
    }
  }

  private Path file(CacheKey key) {
    return root.resolve(key.kind()).resolve(key.hash().substring(0, 2)).resolve(key.hash() + ".bin");
  }

  @Override
  public Optional<byte[]> get(CacheKey key) {
    Path file = file(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      misses.incrementAndGet();
      return Optional.empty();
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      misses.incrementAndGet();
      rejected.incrementAndGet();
      return Optional.empty();
    }
    byte[] value = unpack(key, bytes);
    if (value == null) {
      misses.incrementAndGet();
      rejected.incrementAndGet();
      return Optional.empty();
    }
    hits.incrementAndGet();
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | SecurityException e) {
      // Only the eviction order suffers.
    }
    return Optional.of(value);
  }

  @Override
  public void put(CacheKey key, byte[] value) {
    Path file = file(key);
    Path temp = null;
    try {
      Files.createDirectories(file.getParent());
      temp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
      // Header, value and checksum written in turn: a large value (a corpus's JSON) is not copied once more.
      byte[] header = header(key, value.length);
      try (java.io.OutputStream out = Files.newOutputStream(temp)) {
        out.write(header);
        out.write(value);
        out.write(trailer(header, value));
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      written.incrementAndGet();
    } catch (IOException | SecurityException | UncheckedIOException e) {
      // A cache that cannot be written only costs the next run its time.
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | SecurityException e) {
          // trim() removes it later
        }
      }
    }
  }

  @Override
  public void putReplacing(CacheKey key, byte[] value) {
    put(key, value);
    Path keep = file(key);
    try (Stream<Path> files = Files.walk(root.resolve(key.kind()), 2)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().endsWith(".bin") && !p.equals(keep)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // An old entry left behind only takes room until trim() evicts it.
    }
  }

  @Override
  public boolean holds(String kind) {
    Path folder = root.resolve(kind);
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".bin"));
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return false;
    }
  }

  @Override
  public CacheStats stats() {
    return new CacheStats(hits.get(), misses.get(), rejected.get(), written.get(), evicted.get());
  }

  /**
   * Removes the least recently used entries while the folder holds more than its bound, down to 90% of
   * it, and temporary files left by a process that died.
   */
  @Override
  public void trim() {
    record Entry(Path path, long size, long modified) {}
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    long now = System.currentTimeMillis();
    try (Stream<Path> files = Files.walk(root, 3)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
          continue; // gone meanwhile
        }
        if (!a.isRegularFile()) {
          continue;
        }
        String name = p.getFileName().toString();
        if (name.startsWith(".tmp-")) {
          if (now - a.lastModifiedTime().toMillis() > STALE_TEMP_MILLIS) {
            Files.deleteIfExists(p);
          }
          continue;
        }
        if (name.endsWith(".bin")) {
          entries.add(new Entry(p, a.size(), a.lastModifiedTime().toMillis()));
          total += a.size();
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return;
    }
    if (total <= maxBytes) {
      return;
    }
    entries.sort(Comparator.comparingLong(Entry::modified).thenComparing(e -> e.path().toString()));
    long target = maxBytes / 10 * 9;
    for (Entry e : entries) {
      if (total <= target) {
        break;
      }
      try {
        if (Files.deleteIfExists(e.path())) {
          evicted.incrementAndGet();
        }
        total -= e.size();
      } catch (IOException | SecurityException ex) {
        // Another process may hold it; the next trim tries again.
      }
    }
  }

  static byte[] pack(CacheKey key, byte[] value) {
    byte[] header = header(key, value.length);
    return ByteBuffer.allocate(HEADER + value.length + TRAILER).put(header).put(value).put(trailer(header, value)).array();
  }

  /** An entry's header: the magic, the format, the key's hash and the value's length. */
  private static byte[] header(CacheKey key, int length) {
    return ByteBuffer.allocate(HEADER).put(MAGIC).putInt(FORMAT).put(HexFormat.of().parseHex(key.hash())).putInt(length).array();
  }

  /** An entry's trailer: the CRC-32C of its header and value. */
  private static byte[] trailer(byte[] header, byte[] value) {
    CRC32C crc = new CRC32C();
    crc.update(header, 0, header.length);
    crc.update(value, 0, value.length);
    return ByteBuffer.allocate(TRAILER).putInt((int) crc.getValue()).array();
  }

  /** The value in {@code bytes}, or {@code null} if they are not a whole, intact entry for {@code key}. */
  static byte[] unpack(CacheKey key, byte[] bytes) {
    if (bytes.length < HEADER + TRAILER) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    byte[] magic = new byte[MAGIC.length];
    b.get(magic);
    if (!Arrays.equals(magic, MAGIC) || b.getInt() != FORMAT) {
      return null;
    }
    byte[] hash = new byte[32];
    b.get(hash);
    if (!Arrays.equals(hash, HexFormat.of().parseHex(key.hash()))) {
      return null;
    }
    int length = b.getInt();
    if (length < 0 || length != bytes.length - HEADER - TRAILER) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, HEADER + length);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, HEADER + length, TRAILER).getInt()) {
      return null;
    }
    return Arrays.copyOfRange(bytes, HEADER, HEADER + length);
  }
}
