package org.parallax.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  enum Kind { QUOTE, FACT }

  record Leaf(String text, int start, double score, Kind kind, Object any) {}

  record Tree(String name, List<Leaf> leaves, Map<String, Integer> counts, Set<String> tags, Leaf first, long big) {}

  @Test
  void recordsReadBackEqualWithMapsInTheirOrder() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("zeta", 1);
    counts.put("alpha", 2);
    counts.put("mu", null);
    String surrogate = "cut here \uD83D"; // half a pair, as a cut string may end
    Leaf a = new Leaf("Takfiri terrorists", 12, 0.6700000000000001, Kind.QUOTE, 3L);
    Leaf b = new Leaf(surrogate, -1, Double.NaN, Kind.FACT, List.of(1.5f, 'x', (short) 2, (byte) 3, true, -0.0));
    Tree tree = new Tree("seeds", List.of(a, b, a), counts, Set.of("one"), null, Long.MIN_VALUE);

    Tree back = RecordCodec.decode(RecordCodec.encode(tree), Tree.class);

    assertEquals(tree, back);
    assertEquals(List.of("zeta", "alpha", "mu"), new ArrayList<>(back.counts().keySet()), "a map keeps its order");
    assertEquals(surrogate, back.leaves().get(1).text());
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) ((List<?>) back.leaves().get(1).any()).get(5)));
  }

  @Test
  void writesNothingButItsOwnKinds() {
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(new Leaf("a", 0, 0, Kind.FACT, new int[] {1})));
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(List.of(new java.io.File("x"))));
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(java.time.DayOfWeek.MONDAY), "an enum not of Parallax");
  }

  @Test
  void refusesBytesItDidNotWriteAndForeignClasses() throws Exception {
    byte[] good = RecordCodec.encode(new Leaf("text", 1, 2.0, Kind.FACT, null));
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.decode(Arrays.copyOf(good, good.length - 3), Leaf.class));
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.decode(Arrays.copyOf(good, good.length + 1), Leaf.class));
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.decode(good, Tree.class), "another type");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(1);
    out.writeByte(14); // a record
    out.writeInt(-1);
    String name = "java.lang.ProcessBuilder";
    out.writeInt(name.length());
    out.writeChars(name);
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.decode(bytes.toByteArray(), Object.class));
  }
}
