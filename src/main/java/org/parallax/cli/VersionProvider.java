package org.parallax.cli;

import org.parallax.analysis.Tool;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} from the build's own version. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      Tool.nameAndVersion(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
