package org.parallax.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the stages of one run have produced so far, by {@link Slot}. Each slot is set once. */
public final class AnalysisState {

  private final Map<Slot<?>, Object> values = new ConcurrentHashMap<>();

  /** The value of {@code slot}; a stage gets only what it declared it needs, so it is always there. */
  public <T> T get(Slot<T> slot) {
    Object v = values.get(slot);
    if (v == null) {
      throw new IllegalStateException("nothing in slot '" + slot.name() + "' yet");
    }
    @SuppressWarnings("unchecked")
    T t = (T) v;
    return t;
  }

  public <T> void put(Slot<T> slot, T value) {
    if (value == null) {
      throw new IllegalArgumentException("slot '" + slot.name() + "' cannot hold null");
    }
    if (values.putIfAbsent(slot, value) != null) {
      throw new IllegalStateException("slot '" + slot.name() + "' is already set");
    }
  }

  public boolean has(Slot<?> slot) {
    return values.containsKey(slot);
  }
}
