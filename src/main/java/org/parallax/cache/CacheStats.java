package org.parallax.cache;

/**
 * What a cache did during one run: entries found and used ({@code hits}), looked up and not there
 * ({@code misses}), found but not trusted (damaged, truncated, another format: {@code rejected}, also
 * counted as misses), written, and removed to stay within the size bound ({@code evicted}).
 */
public record CacheStats(long hits, long misses, long rejected, long written, long evicted) {

  public static final CacheStats NONE = new CacheStats(0, 0, 0, 0, 0);

  /** One line for a debug log: "cache: 12 hits, 1 miss, ...". */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "cache: %d hits, %d misses (%d damaged or of another version), %d written, %d evicted",
        hits,
        misses,
        rejected,
        written,
        evicted);
  }
}
