package org.parallax.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
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

  private RecordCodec() {}

  /** The bytes of {@code value}. @throws IllegalArgumentException if it holds a value of a kind not listed above */
  public static byte[] encode(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      Writer w = new Writer(new DataOutputStream(bytes));
      w.out.writeInt(FORMAT);
      w.write(value);
      w.out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The value {@link #encode} wrote into {@code bytes}.
   *
   * @throws IllegalArgumentException if the bytes are not such a value, or not a {@code type}
   */
  public static <T> T decode(byte[] bytes, Class<T> type) {
    try {
      Reader r = new Reader(new DataInputStream(new ByteArrayInputStream(bytes)));
      if (r.in.readInt() != FORMAT) {
        throw new IllegalArgumentException("another format");
      }
      Object value = r.read();
      if (r.in.available() != 0) {
        throw new IllegalArgumentException("bytes left over");
      }
      return type.cast(value);
    } catch (IOException | ClassCastException | IndexOutOfBoundsException | NegativeArraySizeException e) {
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
    final DataOutputStream out;
    final Map<String, Integer> strings = new HashMap<>();
    final Map<Class<?>, Integer> classes = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void write(Object v) throws IOException {
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
      } else if (v instanceof Integer i) {
        out.writeByte(INT);
        out.writeInt(i);
      } else if (v instanceof Long l) {
        out.writeByte(LONG);
        out.writeLong(l);
      } else if (v instanceof Double d) {
        out.writeByte(DOUBLE);
        out.writeLong(Double.doubleToRawLongBits(d));
      } else if (v instanceof Float f) {
        out.writeByte(FLOAT);
        out.writeInt(Float.floatToRawIntBits(f));
      } else if (v instanceof Boolean b) {
        out.writeByte(BOOLEAN);
        out.writeBoolean(b);
      } else if (v instanceof Character c) {
        out.writeByte(CHAR);
        out.writeChar(c);
      } else if (v instanceof Short s) {
        out.writeByte(SHORT);
        out.writeShort(s);
      } else if (v instanceof Byte b) {
        out.writeByte(BYTE);
        out.writeByte(b);
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

    private void writeAll(Collection<?> values) throws IOException {
      out.writeInt(values.size());
      for (Object o : values) {
        write(o);
      }
    }

    private void writeClass(Class<?> type) throws IOException {
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
    private void writeString(String s) throws IOException {
      int n = s.length();
      byte[] b = new byte[n * 2];
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        b[2 * i] = (byte) (c >>> 8);
        b[2 * i + 1] = (byte) c;
      }
      out.writeInt(n);
      out.write(b);
    }
  }

  private static final class Reader {
    final DataInputStream in;
    final List<String> strings = new ArrayList<>();
    final List<Class<?>> classes = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    Object read() throws IOException {
      byte tag = in.readByte();
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
          return strings.get(in.readInt());
        case INT:
          return in.readInt();
        case LONG:
          return in.readLong();
        case DOUBLE:
          return Double.longBitsToDouble(in.readLong());
        case FLOAT:
          return Float.intBitsToFloat(in.readInt());
        case BOOLEAN:
          return in.readBoolean();
        case CHAR:
          return in.readChar();
        case SHORT:
          return in.readShort();
        case BYTE:
          return in.readByte();
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
          throw new IllegalArgumentException("unknown tag " + tag);
      }
    }

    private int count() throws IOException {
      int n = in.readInt();
      if (n < 0 || n > in.available()) {
        throw new IllegalArgumentException("bad count " + n);
      }
      return n;
    }

    private Class<?> readClass() throws IOException {
      int ref = in.readInt();
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

    private String readString() throws IOException {
      int n = in.readInt();
      if (n < 0 || n > in.available() / 2) {
        throw new IllegalArgumentException("bad string length " + n);
      }
      byte[] b = new byte[n * 2];
      in.readFully(b);
      char[] chars = new char[n];
      for (int i = 0; i < n; i++) {
        chars[i] = (char) (((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff));
      }
      return new String(chars);
    }
  }
}
