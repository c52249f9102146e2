package org.parallax.cache;

import java.util.Optional;

/**
 * Stored results by {@link CacheKey}. A value found is exactly the bytes put under its key; anything
 * else a store may hold for the key (a damaged file, another format) is reported as not there.
 * Implementations are thread-safe, and failures to read or write are never errors: the caller computes
 * the value again.
 */
public interface ResultCache {

  /** Stores nothing and finds nothing. */
  ResultCache NONE =
      new ResultCache() {
        @Override
        public Optional<byte[]> get(CacheKey key) {
          return Optional.empty();
        }

        @Override
        public void put(CacheKey key, byte[] value) {}

        @Override
        public boolean holds(String kind) {
          return false;
        }

        @Override
        public CacheStats stats() {
          return CacheStats.NONE;
        }
      };

  Optional<byte[]> get(CacheKey key);

  void put(CacheKey key, byte[] value);

  /**
   * Stores {@code value} as the one entry of its kind, removing the others: for a result of which
   * only the latest is of use (the whole analysis of the corpus this cache belongs to). By default
   * the same as {@link #put}.
   */
  default void putReplacing(CacheKey key, byte[] value) {
    put(key, value);
  }

  /**
   * Whether any entry of {@code kind} is stored: if so, a model whose results are of that kind need
   * not be loaded ahead of need (it may never be).
   */
  boolean holds(String kind);

  /** What this cache has done since it was opened. */
  CacheStats stats();

  /** Removes the oldest entries while the cache is over its size bound; nothing by default. */
  default void trim() {}
}
