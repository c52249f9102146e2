package org.parallax.export;

import java.util.List;
import org.parallax.project.Coding;

/**
 * What a written {@code .qdpx} package holds, for the one-line report after an export.
 *
 * @param sources the articles, one text source each
 * @param codings the analyst's codings placed in them
 * @param findings the machine's findings coded under "Parallax" (0 when they were left out)
 * @param notes the analyst's memos
 * @param unplaced codings on an exported article whose passage is no longer in its text, left out of the
 *     package (they stay in the project file)
 */
public record QdpxPackage(int sources, int codings, int findings, int notes, List<Coding> unplaced) {

  public QdpxPackage {
    unplaced = List.copyOf(unplaced);
  }
}
