package org.parallax.spark;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Spark job in local mode against the plain command line over the same stories ({@link
 * RealNewsArchive}: 151 articles in 12 stories), each in a fresh JVM, N runs each, medians:
 *
 * <ul>
 *   <li>{@code parallax analyze F1 … F12 --out DIR --no-cache -q} with {@code target/parallax.jar};
 *   <li>the job, {@code NewsArchiveJob ARCHIVE --story-field story} with {@code -Dspark.master=local[2]},
 *       on the class path Maven gives this program (Spark and the job), with Spark's {@code --add-opens}.
 * </ul>
 *
 * <p>Prints wall times, articles per second, and the job's executor seconds per article (its summary
 * line: the stories' times summed, over the articles; with two tasks at a time on two cores, about the
 * cost of an article on one core, the JVM's and Spark's start aside).
 *
 * <pre>
 * mvn -B -DskipTests package org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.parallax.spark.SparkBenchmark -Dexec.classpathScope=test -Dexec.args="3 target/parallax.jar"
 * </pre>
 */
public final class SparkBenchmark {

  private static final List<String> ADD_OPENS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path jar = Path.of(args.length > 1 ? args[1] : "target/parallax.jar");
    Path work = Files.createTempDirectory("parallax-spark-bench");
    Map<String, List<String>> lines = RealNewsArchive.lines();
    List<String> all = new ArrayList<>();
    lines.values().forEach(all::addAll);
    int articles = all.size();
    Path archive = work.resolve("archive.jsonl");
    Files.write(archive, all, StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = classPath();

    List<Double> cli = new ArrayList<>();
    List<Double> job = new ArrayList<>();
    List<Double> perArticle = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "analyze"));
      lines.keySet().forEach(story -> command.add(RealNewsArchive.REAL_NEWS.resolve(story).toString()));
      command.addAll(List.of("--out", work.resolve("cli-" + i).toString(), "--no-cache", "-q"));
      cli.add(time(command, work.resolve("cli-" + i + ".log")));

      Path out = work.resolve("job-" + i);
      List<String> spark = new ArrayList<>(List.of(java));
      spark.addAll(ADD_OPENS);
      spark.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1",
          "-Dspark.driver.bindAddress=127.0.0.1", "-cp", classPath, NewsArchiveJob.class.getName(), archive.toString(),
          "--story-field", "story", "--out", out.toString()));
      Path log = work.resolve("job-" + i + ".log");
      job.add(time(spark, log));
      perArticle.add(executorSecondsPerArticle(log));
      System.out.printf("run %d: command line %.1f s, Spark local[2] %.1f s (executors %.3f s per article)%n", i + 1, cli.get(i),
          job.get(i), perArticle.get(i));
    }
    double c = median(cli);
    double j = median(job);
    System.out.printf("%d articles in %d stories, medians of %d: command line %.1f s (%.1f articles/s); Spark local[2] %.1f s"
        + " (%.1f articles/s); executor time %.3f s per article%n", articles, lines.size(), runs, c, articles / c, j, articles / j,
        median(perArticle));
  }

  /** The class path this program was started with (exec:java's class loader, else java.class.path). */
  private static String classPath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader instanceof URLClassLoader u && u.getURLs().length > 0) {
      return Arrays.stream(u.getURLs()).map(SparkBenchmark::file).collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  private static String file(URL url) {
    try {
      return Path.of(url.toURI()).toString();
    } catch (Exception e) {
      throw new IllegalStateException(url.toString(), e);
    }
  }

  private static double time(List<String> command, Path log) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("exit " + exit + ": " + String.join(" ", command));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Executor seconds per article, from the job's summary line in {@code log}. */
  private static double executorSecondsPerArticle(Path log) throws IOException {
    Matcher m = Pattern.compile("executor time \\(([0-9.]+) s per article\\)").matcher(Files.readString(log));
    if (!m.find()) {
      throw new IllegalStateException("no summary line in " + log);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    return s.get(s.size() / 2);
  }
}
