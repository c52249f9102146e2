package org.parallax.export;

import java.io.IOException;

/**
 * An export that could not be written. The message names the file and says why in words a person
 * can act on ("report.pdf: is a folder; give a file name for the report"); when it is thrown,
 * nothing was left behind at the target (no partial file, no temporary file).
 */
public final class ExportException extends IOException {
  private static final long serialVersionUID = 1L;

  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
