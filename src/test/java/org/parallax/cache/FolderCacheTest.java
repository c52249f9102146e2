package org.parallax.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCacheTest {

  private static CacheKey key(String what) {
    return CacheKey.of("test").add(what).build();
  }

  @Test
  void keepsExactlyTheBytesPutUnderAKey(@TempDir Path dir) {
    FolderCache cache = new FolderCache(dir.resolve("cache"), 1 << 20);
    assertFalse(cache.holds("test"));
    assertEquals(Optional.empty(), cache.get(key("a")));
    cache.put(key("a"), new byte[] {1, 2, 3});
    cache.put(key("b"), new byte[0]);
    assertArrayEquals(new byte[] {1, 2, 3}, cache.get(key("a")).orElseThrow());
    assertArrayEquals(new byte[0], cache.get(key("b")).orElseThrow());
    assertTrue(cache.holds("test"));
    assertEquals(new CacheStats(2, 1, 0, 2, 0), cache.stats());
  }

  @Test
  void keysDifferWhenTheirPartsAreSplitDifferently() {
    assertFalse(CacheKey.of("test").add("ab").add("c").build().equals(CacheKey.of("test").add("a").add("bc").build()));
    assertEquals(CacheKey.of("test").add("ab").add(1).build(), CacheKey.of("test").add("ab").add(1).build());
  }

  @Test
  void anEntryThatIsNotWholeAndIntactIsNotFound() {
    CacheKey k = key("a");
    byte[] entry = FolderCache.pack(k, new byte[] {5, 6, 7, 8});
    assertArrayEquals(new byte[] {5, 6, 7, 8}, FolderCache.unpack(k, entry));
    assertNull(FolderCache.unpack(key("b"), entry), "another key's entry");
    for (int cut = 0; cut < entry.length; cut++) {
      assertNull(FolderCache.unpack(k, java.util.Arrays.copyOf(entry, cut)), "cut at " + cut);
    }
    for (int i = 0; i < entry.length; i++) {
      byte[] flipped = entry.clone();
      flipped[i] ^= 1;
      assertNull(FolderCache.unpack(k, flipped), "bit flipped in byte " + i);
    }
    byte[] longer = java.util.Arrays.copyOf(entry, entry.length + 1);
    assertNull(FolderCache.unpack(k, longer), "trailing byte");
  }

  @Test
  void trimRemovesTheLeastRecentlyUsedEntriesFirst(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("cache");
    FolderCache cache = new FolderCache(root, 3_000);
    long t = System.currentTimeMillis() - 100_000;
    for (String k : new String[] {"old", "middle", "new"}) {
      cache.put(key(k), new byte[1_000]);
      Files.setLastModifiedTime(file(root, key(k)), FileTime.fromMillis(t += 1_000));
    }
    cache.get(key("old")); // used now: the most recent
    cache.put(key("newest"), new byte[1_000]);
    cache.trim();
    assertTrue(cache.get(key("old")).isPresent());
    assertTrue(cache.get(key("newest")).isPresent());
    assertFalse(Files.exists(file(root, key("middle"))));
    assertFalse(Files.exists(file(root, key("new"))));
    assertEquals(2, cache.stats().evicted());
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(2, files.filter(Files::isRegularFile).count(), "no temporary file is left");
    }
  }

  @Test
  void aCorpusCacheLivesInTheCorpusAndIsMadeOnlyWhenWritten(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    ResultCache cache = FolderCache.forCorpus(corpus);
    assertEquals(corpus.resolve(".parallax/cache"), ((FolderCache) cache).root());
    assertFalse(Files.exists(corpus.resolve(".parallax")), "nothing made before an entry is written");
    cache.put(key("a"), new byte[] {1});
    assertTrue(Files.isDirectory(corpus.resolve(".parallax/cache/test")));
  }

  private static Path file(Path root, CacheKey k) {
    return root.resolve(k.kind()).resolve(k.hash().substring(0, 2)).resolve(k.hash() + ".bin");
  }
}
