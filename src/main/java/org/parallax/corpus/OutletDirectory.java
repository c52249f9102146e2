package org.parallax.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Outlet names by web domain, from the bundled {@code parallax/outlets.json}. It only names the outlet of
 * a link the article itself shows; an unknown domain names nothing.
 */
public final class OutletDirectory {

  private static final String RESOURCE = "/parallax/outlets.json";

  private final Map<String, String> byDomain;

  public OutletDirectory(Map<String, String> byDomain) {
    this.byDomain = Map.copyOf(byDomain);
  }

  /** The directory bundled with Parallax. */
  public static OutletDirectory bundled() {
    try (InputStream in = OutletDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode domains = new ObjectMapper().readTree(in).path("domains");
      Map<String, String> map = new HashMap<>();
      domains.fields().forEachRemaining(e -> map.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
      return new OutletDirectory(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outlet whose domain (or a parent domain of it) serves {@code url}. */
  public Optional<String> outletOf(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    while (true) {
      String name = byDomain.get(host);
      if (name != null) {
        return Optional.of(name);
      }
      int dot = host.indexOf('.');
      if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      host = host.substring(dot + 1);
    }
  }
}
