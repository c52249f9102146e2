package org.parallax.cache;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a graph of values to bytes and reads it back, for results kept in a {@link ResultCache}:
 * records and enums of Parallax's own ({@code org.parallax.*}), strings, boxed primitives, lists,
 * sets and maps (read back in the order they were written, so a map serialises to JSON as the
 * original did), and {@code null}. Records are read back through their canonical constructor.
 *
 * <p>Anything else (arrays, other classes) cannot be written: {@link #encode} throws {@link
 * IllegalArgumentException} and the caller keeps nothing. {@link #decode} reads only what {@link
 * #encode} writes; bytes it cannot read, or that name a class outside Parallax or one that is not a
 * record or an enum, throw {@link IllegalArgumentException}, never construct anything else.
 */
public final class RecordCodec {

  private static final int FORMAT = 1;
  private static final String OWN = "org.parallax.";

  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte STRING_REF = 2;
  private static final byte INT = 3;
  private static final byte LONG = 4;
  private static final byte DOUBLE = 5;
  private static final byte FLOAT = 6;
  private static final byte BOOLEAN = 7;
  private static final byte CHAR = 8;
  private static final byte SHORT = 9;
  private static final byte BYTE = 10;
  private static final byte LIST = 11;
  private static final byte SET = 12;
  private static final byte MAP = 13;
  private static final byte RECORD = 14;
  private static final byte ENUM = 15;

  /** How each record class is taken apart and built again. */
  private record Shape(Method[] accessors, Constructor<?> constructor) {}

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private interface ValueWriter {
    void write(Out out, Object value);
  }

  private interface ValueReader {
    Object read(ByteBuffer in);
  }

  /** A boxed primitive: its tag and how it is written and read (floating point as raw bits). */
  private record Boxed(byte tag, ValueWriter writer, ValueReader reader) {}

  private static final Map<Class<?>, Boxed> BOXED =
      Map.of(
          Integer.class, new Boxed(INT, (o, v) -> o.writeInt((Integer) v), ByteBuffer::getInt),
          Long.class, new Boxed(LONG, (o, v) -> o.writeLong((Long) v), ByteBuffer::getLong),
          Double.class,
          new Boxed(DOUBLE, (o, v) -> o.writeLong(Double.doubleToRawLongBits((Double) v)), i -> Double.longBitsToDouble(i.getLong())),
          Float.class,
          new Boxed(FLOAT, (o, v) -> o.writeInt(Float.floatToRawIntBits((Float) v)), i -> Float.intBitsToFloat(i.getInt())),
          Boolean.class, new Boxed(BOOLEAN, (o, v) -> o.writeByte((Boolean) v ? 1 : 0), i -> i.get() != 0),
          Character.class, new Boxed(CHAR, (o, v) -> o.writeChar((Character) v), ByteBuffer::getChar),
          Short.class, new Boxed(SHORT, (o, v) -> o.writeChar((char) (short) (Short) v), ByteBuffer::getShort),
          Byte.class, new Boxed(BYTE, (o, v) -> o.writeByte((Byte) v), ByteBuffer::get));

  /** A growing byte array written big-endian, like {@code DataOutputStream} but without a lock per byte. */
  private static final class Out {
    byte[] bytes = new byte[1 << 16];
    int size;

    private void ensure(int more) {
      if (size + more > bytes.length) {
        long want = Math.max((long) bytes.length * 2, (long) size + more);
        if (want > Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException("value too large to encode");
        }
        bytes = Arrays.copyOf(bytes, (int) want);
      }
    }

    void writeByte(int v) {
      ensure(1);
      bytes[size++] = (byte) v;
    }

    void writeChar(char v) {
      ensure(2);
      bytes[size++] = (byte) (v >>> 8);
      bytes[size++] = (byte) v;
    }

    void writeInt(int v) {
      ensure(4);
      for (int shift = 24; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (v >>> shift);
      }
    }

    void writeLong(long v) {
      writeInt((int) (v >>> 32));
      writeInt((int) v);
    }

    void writeChars(String s) {
      int n = s.length();
      ensure(2 * n);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        bytes[size++] = (byte) (c >>> 8);
        bytes[size++] = (byte) c;
      }
    }
  }

  private RecordCodec() {}

  /** The bytes of {@code value}. @throws IllegalArgumentException if it holds a value of a kind not listed above */
  public static byte[] encode(Object value) {
    Writer w = new Writer(new Out());
    w.out.writeInt(FORMAT);
    w.write(value);
    return Arrays.copyOf(w.out.bytes, w.out.size);
  }

  /**
   * The value {@link #encode} wrote into {@code bytes}.
   *
   * @throws IllegalArgumentException if the bytes are not such a value, or not a {@code type}
   */
  public static <T> T decode(byte[] bytes, Class<T> type) {
    try {
      Reader r = new Reader(ByteBuffer.wrap(bytes));
      if (r.in.getInt() != FORMAT) {
        throw new IllegalArgumentException("another format");
      }
      Object value = r.read();
      if (r.in.hasRemaining()) {
        throw new IllegalArgumentException("bytes left over");
      }
      return type.cast(value);
    } catch (BufferUnderflowException | ClassCastException | IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("not an encoded value: " + e, e);
    }
  }

  private static Shape shape(Class<?> type) {
    return SHAPES.computeIfAbsent(
        type,
        t -> {
          RecordComponent[] components = t.getRecordComponents();
          Method[] accessors = new Method[components.length];
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
          }
          try {
            Constructor<?> c = t.getDeclaredConstructor(types);
            c.setAccessible(true);
            return new Shape(accessors, c);
          } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("record without canonical constructor: " + t.getName(), e);
          }
        });
  }

  private static boolean own(Class<?> type) {
    return type.getName().startsWith(OWN);
  }

  private static final class Writer {
    final Out out;
    final Map<String, Integer> strings = new HashMap<>();
    final Map<Class<?>, Integer> classes = new HashMap<>();

    Writer(Out out) {
      this.out = out;
    }

    void write(Object v) {
      if (v == null) {
        out.writeByte(NULL);
      } else if (v instanceof String s) {
        Integer ref = strings.get(s);
        if (ref != null) {
          out.writeByte(STRING_REF);
          out.writeInt(ref);
        } else {
          strings.put(s, strings.size());
          out.writeByte(STRING);
          writeString(s);
        }
      } else if (BOXED.containsKey(v.getClass())) {
        Boxed b = BOXED.get(v.getClass());
        out.writeByte(b.tag());
        b.writer().write(out, v);
      } else if (v instanceof List<?> list) {
        out.writeByte(LIST);
        writeAll(list);
      } else if (v instanceof Set<?> set) {
        out.writeByte(SET);
        writeAll(set);
      } else if (v instanceof Map<?, ?> map) {
        out.writeByte(MAP);
        out.writeInt(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          write(e.getKey());
          write(e.getValue());
        }
      } else if (v instanceof Enum<?> e && own(e.getDeclaringClass())) {
        out.writeByte(ENUM);
        writeClass(e.getDeclaringClass());
        writeString(e.name());
      } else if (v instanceof Record r && own(r.getClass())) {
        out.writeByte(RECORD);
        writeClass(r.getClass());
        for (Method m : shape(r.getClass()).accessors()) {
          try {
            write(m.invoke(r));
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + m, e);
          }
        }
      } else {
        throw new IllegalArgumentException("cannot encode a " + v.getClass().getName());
      }
    }

    private void writeAll(Collection<?> values) {
      out.writeInt(values.size());
      for (Object o : values) {
        write(o);
      }
    }

    private void writeClass(Class<?> type) {
      Integer ref = classes.get(type);
      if (ref != null) {
        out.writeInt(ref);
      } else {
        classes.put(type, classes.size());
        out.writeInt(-1);
        writeString(type.getName());
      }
    }

    /** Length and UTF-16 units: {@code writeUTF} is limited to 64 KB, an article is not. */
    private void writeString(String s) {
      out.writeInt(s.length());
      out.writeChars(s);
    }
  }

  private static final class Reader {
    final ByteBuffer in;
    final List<String> strings = new ArrayList<>();
    final List<Class<?>> classes = new ArrayList<>();

    Reader(ByteBuffer in) {
      this.in = in;
    }

    Object read() {
      byte tag = in.get();
      switch (tag) {
        case NULL:
          return null;
        case STRING:
          {
            String s = readString();
            strings.add(s);
            return s;
          }
        case STRING_REF:
          return strings.get(in.getInt());
        case LIST:
          {
            int n = count();
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              list.add(read());
            }
            return list;
          }
        case SET:
          {
            int n = count();
            Set<Object> set = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
              set.add(read());
            }
            return set;
          }
        case MAP:
          {
            int n = count();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
              Object k = read();
              map.put(k, read());
            }
            return map;
          }
        case ENUM:
          {
            Class<?> type = readClass();
            if (!type.isEnum()) {
              throw new IllegalArgumentException("not an enum: " + type.getName());
            }
            String name = readString();
            for (Object constant : type.getEnumConstants()) {
              if (((Enum<?>) constant).name().equals(name)) {
                return constant;
              }
            }
            throw new IllegalArgumentException("no " + type.getName() + "." + name);
          }
        case RECORD:
          {
            Class<?> type = readClass();
            if (!type.isRecord()) {
              throw new IllegalArgumentException("not a record: " + type.getName());
            }
            Shape shape = shape(type);
            Object[] args = new Object[shape.accessors().length];
            for (int i = 0; i < args.length; i++) {
              args[i] = read();
            }
            try {
              return shape.constructor().newInstance(args);
            } catch (ReflectiveOperationException | RuntimeException e) {
              throw new IllegalArgumentException("cannot build a " + type.getName(), e);
            }
          }
        default:
          for (Boxed b : BOXED.values()) {
            if (b.tag() == tag) {
              return b.reader().read(in);
            }
          }
          throw new IllegalArgumentException("unknown tag " + tag);
      }
    }

    private int count() {
      int n = in.getInt();
      if (n < 0 || n > in.remaining()) {
        throw new IllegalArgumentException("bad count " + n);
      }
      return n;
    }

    private Class<?> readClass() {
      int ref = in.getInt();
      if (ref >= 0) {
        return classes.get(ref);
      }
      String name = readString();
      if (!name.startsWith(OWN)) {
        throw new IllegalArgumentException("not a class of Parallax: " + name);
      }
      try {
        Class<?> type = Class.forName(name, false, RecordCodec.class.getClassLoader());
        classes.add(type);
        return type;
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("no class " + name, e);
      }
    }

    private String readString() {
      int n = in.getInt();
      if (n < 0 || n > in.remaining() / 2) {
        throw new IllegalArgumentException("bad string length " + n);
      }
      char[] chars = new char[n];
      in.asCharBuffer().get(chars);
      in.position(in.position() + 2 * n);
      return new String(chars);
    }
  }
}
