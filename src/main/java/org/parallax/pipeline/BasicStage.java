package org.parallax.pipeline;

import java.util.List;

/** A stage that declares its name, needs and adds once; subclasses implement {@link #run}. */
abstract class BasicStage implements Stage {

  private final String name;
  private final List<Slot<?>> needs;
  private final List<Slot<?>> adds;

  BasicStage(String name, List<Slot<?>> needs, List<Slot<?>> adds) {
    this.name = name;
    this.needs = List.copyOf(needs);
    this.adds = List.copyOf(adds);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Slot<?>> needs() {
    return needs;
  }

  @Override
  public final List<Slot<?>> adds() {
    return adds;
  }

  @Override
  public String toString() {
    return name + " " + needs + " -> " + adds;
  }
}
