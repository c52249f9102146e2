package org.parallax.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What an entry is looked up by: its {@code kind} (a short folder name: {@code embeddings}, {@code
 * tagging}) and the SHA-256 of every input its value depends on, each part length-prefixed so that no
 * two different lists of parts hash alike by concatenation.
 *
 * <p>Invariant: {@code kind} is lower-case letters, digits and hyphens; {@code hash} is 64 lower-case
 * hex digits.
 */
public record CacheKey(String kind, String hash) {

  private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,40}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  public CacheKey {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("bad cache kind: " + kind);
    }
    if (!HASH.matcher(hash).matches()) {
      throw new IllegalArgumentException("bad cache hash: " + hash);
    }
  }

  public static Builder of(String kind) {
    return new Builder(kind);
  }

  /** Hashes the parts of a key as they are added. Not thread-safe. */
  public static final class Builder {
    private final String kind;
    private final MessageDigest digest;

    private Builder(String kind) {
      this.kind = kind;
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
      }
      add(kind);
    }

    public Builder add(String part) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      add(bytes.length);
      digest.update(bytes);
      return this;
    }

    /** Adds {@code part} length-prefixed, like a string: the bytes of a file. */
    public Builder add(byte[] part) {
      add(part.length);
      digest.update(part);
      return this;
    }

    public Builder add(long part) {
      return add((int) (part >>> 32)).add((int) part);
    }

    public Builder add(int part) {
      digest.update(new byte[] {(byte) (part >>> 24), (byte) (part >>> 16), (byte) (part >>> 8), (byte) part});
      return this;
    }

    public CacheKey build() {
      return new CacheKey(kind, HexFormat.of().formatHex(digest.digest()));
    }
  }
}
