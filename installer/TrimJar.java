import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies the shaded jar for one platform's installer, leaving out the native libraries of the others.
 *
 * <p>{@code java installer/TrimJar.java IN.jar OUT.jar DROP KEEP}: entries matching a DROP pattern are
 * removed unless they match a KEEP pattern; debug symbols ({@code *.pdb}, {@code *.dSYM/}) always go.
 * Patterns are comma-separated, Ant style: {@code *} within one folder, {@code **} across folders. The
 * other entries are copied as they are (no recompression), so this takes seconds. Run by the
 * {@code installer} Maven profile; prints what it removed.
 */
public final class TrimJar {

  private static final String ALWAYS_DROP = "**/*.pdb,**/*.dSYM/**";

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java TrimJar.java IN.jar OUT.jar DROP-PATTERNS KEEP-PATTERNS");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<Pattern> drop = patterns(args[2] + "," + ALWAYS_DROP);
    List<Pattern> keep = patterns(args[3]);
    List<Pattern> always = patterns(ALWAYS_DROP);

    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    long removedBytes = 0;
    int removed = 0;
    List<String> kept = new ArrayList<>();
    URI uri = URI.create("jar:" + out.toAbsolutePath().toUri());
    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
      List<Path> files;
      try (Stream<Path> all = Files.walk(jar.getPath("/"))) {
        files = all.filter(Files::isRegularFile).toList();
      }
      for (Path p : files) {
        String name = p.toString().substring(1);
        boolean native_ = matches(drop, name);
        if (native_ && (matches(always, name) || !matches(keep, name))) {
          removedBytes += Files.size(p);
          removed++;
          Files.delete(p);
        } else if (native_) {
          kept.add(name);
        }
      }
      // Folders left empty (other platforms' native folders) go too, deepest first.
      List<Path> dirs;
      try (Stream<Path> all = Files.walk(jar.getPath("/"))) {
        dirs = all.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
      }
      for (Path d : dirs) {
        if (d.getNameCount() > 0) {
          try (Stream<Path> children = Files.list(d)) {
            if (children.findAny().isEmpty()) {
              Files.delete(d);
            }
          }
        }
      }
    }
    System.out.printf(
        "TrimJar: %s -> %s: removed %d native/debug files (%.1f MB uncompressed); jar %.1f MB -> %.1f MB%n",
        in.getFileName(), out, removed, removedBytes / 1e6, Files.size(in) / 1e6, Files.size(out) / 1e6);
    for (String k : kept) {
      System.out.println("TrimJar: kept " + k);
    }
    if (kept.isEmpty()) {
      System.err.println("TrimJar: no native library kept: check the KEEP patterns for this platform");
      System.exit(1);
    }
  }

  static List<Pattern> patterns(String commaSeparated) {
    List<Pattern> list = new ArrayList<>();
    for (String glob : commaSeparated.split(",")) {
      glob = glob.strip();
      if (!glob.isEmpty()) {
        list.add(Pattern.compile(toRegex(glob)));
      }
    }
    return list;
  }

  /** Ant-style glob: {@code **}/ is any folders (or none), {@code **} anything, {@code *} and {@code ?} stay in one folder. */
  static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && glob.startsWith("**/", i)) {
        re.append("(?:.*/)?");
        i += 2;
      } else if (c == '*' && glob.startsWith("**", i)) {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }

  static boolean matches(List<Pattern> patterns, String name) {
    return patterns.stream().anyMatch(p -> p.matcher(name).matches());
  }
}
