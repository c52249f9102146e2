package org.parallax.pipeline;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A typed name for one thing a stage needs or adds (the corpus's articles, the quotations, the aligned
 * facts), like CoreNLP's annotation keys. Identity is the instance. A slot knows its empty value: what a
 * stage that failed for the whole corpus leaves, so that later stages and the result still have one.
 */
public final class Slot<T> {

  private final String name;
  private final Supplier<? extends T> empty;

  private Slot(String name, Supplier<? extends T> empty) {
    this.name = Objects.requireNonNull(name, "name");
    this.empty = Objects.requireNonNull(empty, "empty");
  }

  public static <T> Slot<T> of(String name, Supplier<? extends T> empty) {
    return new Slot<>(name, empty);
  }

  public String name() {
    return name;
  }

  T empty() {
    return empty.get();
  }

  @Override
  public String toString() {
    return name;
  }
}
