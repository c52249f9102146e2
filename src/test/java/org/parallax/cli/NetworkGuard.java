package org.parallax.cli;

import java.io.PrintWriter;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs the command line with every network connection the JVM attempts recorded and refused: a
 * security manager sees each {@code connect} and {@code resolve} before it happens. Prints {@code
 * CONNECTIONS: host:port, …} last. For {@link ProcessTest}, which runs it in a fresh JVM so that no
 * library was loaded before.
 */
public final class NetworkGuard {

  private NetworkGuard() {}

  @SuppressWarnings("removal")
  public static void main(String[] args) {
    List<String> attempts = Collections.synchronizedList(new ArrayList<>());
    System.setSecurityManager(new SecurityManager() {
      @Override
      public void checkPermission(Permission perm) {
        // Everything else is allowed.
      }

      @Override
      public void checkConnect(String host, int port) {
        attempts.add(host + ":" + port);
        throw new SecurityException("no network: " + host + ":" + port);
      }

      @Override
      public void checkConnect(String host, int port, Object context) {
        checkConnect(host, port);
      }
    });
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = ParallaxCommand.run(args, out, err);
    System.out.println("EXIT: " + code);
    System.out.println("CONNECTIONS: " + String.join(", ", attempts));
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
