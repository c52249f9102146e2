package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.analysis.Highlight;
import org.parallax.text.Ranges;
import org.parallax.text.TextRange;

/**
 * The style classes of one article's text in its column: which stretches carry which marks. Each
 * highlight kind has its own class ({@code mark-quote}, {@code mark-fact}, …, see {@link #styleClass});
 * an aligned fact also carries {@code fact-tint-N}, the same N for the same fact in every column; the
 * passage of the item the analyst selected carries {@code mark-current}, and what Find in articles found
 * {@code mark-found}.
 *
 * <p>Invariant: the runs cover the whole text, in order, and none is empty (an empty text has no runs).
 * A highlight reaching outside the text is clipped to it.
 */
final class ArticleMarks {

  /** How many distinct fact tints the style sheet defines ({@code fact-tint-0} … ). */
  static final int FACT_TINTS = 5;

  /**
   * A span the analyst coded: its range, the style class of its code's colour ({@link #codeClass}), the
   * colour itself (for the margin stripe) and the code's path.
   */
  record CodeMark(TextRange range, String styleClass, String color, String path) {}

  /**
   * The style class of a code colour: {@code code-N} for the palette colour nearest to it (the style
   * sheet has one class per colour of {@link ProjectViewModel#PALETTE}).
   */
  static String codeClass(String color) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    int[] c = rgb(color);
    for (int i = 0; i < ProjectViewModel.PALETTE.size(); i++) {
      int[] p = rgb(ProjectViewModel.PALETTE.get(i));
      long d = (long) (c[0] - p[0]) * (c[0] - p[0]) + (long) (c[1] - p[1]) * (c[1] - p[1]) + (long) (c[2] - p[2]) * (c[2] - p[2]);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return "code-" + best;
  }

  private static int[] rgb(String color) {
    int v = Integer.parseInt(color.substring(1), 16);
    return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
  }

  /** A stretch of text and the classes it carries. */
  record Run(int length, List<String> classes) {
    Run {
      classes = List.copyOf(classes);
    }
  }

  private ArticleMarks() {}

  /** The CSS class of a highlight kind: {@code mark-altered-quote} for {@code ALTERED_QUOTE}. */
  static String styleClass(Highlight.Kind kind) {
    return "mark-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The tint class of the fact at {@code index} in the analysis's fact list. */
  static String factTint(int index) {
    return "fact-tint-" + Math.floorMod(index, FACT_TINTS);
  }

  /**
   * The runs of a text of {@code length} characters.
   *
   * @param marks the article's highlights
   * @param shown the kinds to draw (the legend's switches)
   * @param factIndex position of each fact id in the analysis, for its tint
   * @param current ranges of the selected item in this article
   */
  static List<Run> of(
      int length, List<Highlight> marks, Set<Highlight.Kind> shown, Map<String, Integer> factIndex, List<TextRange> current) {
    return of(length, marks, shown, factIndex, current, List.of());
  }

  /** As above, with the places Find in articles found ({@code mark-found}). */
  static List<Run> of(
      int length, List<Highlight> marks, Set<Highlight.Kind> shown, Map<String, Integer> factIndex, List<TextRange> current,
      List<TextRange> found) {
    return of(length, marks, shown, factIndex, current, found, List.of());
  }

  /** As above, with the analyst's coded spans ({@code coded} and their {@code code-N} class). */
  static List<Run> of(
      int length, List<Highlight> marks, Set<Highlight.Kind> shown, Map<String, Integer> factIndex, List<TextRange> current,
      List<TextRange> found, List<CodeMark> codes) {
    List<Highlight> drawn = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    for (Highlight h : marks) {
      int s = Math.max(0, h.start());
      int e = Math.min(length, h.end());
      if (shown.contains(h.kind()) && s < e) {
        drawn.add(h);
        cuts.add(s);
        cuts.add(e);
      }
    }
    drawn.sort(java.util.Comparator.comparingInt(Highlight::start));
    for (List<TextRange> ranges : List.of(current, found)) {
      for (TextRange r : ranges) {
        int s = Math.max(0, r.start());
        int e = Math.min(length, r.end());
        if (s < e) {
          cuts.add(s);
          cuts.add(e);
        }
      }
    }
    for (CodeMark m : codes) {
      int s = Math.max(0, m.range().start());
      int e = Math.min(length, m.range().end());
      if (s < e) {
        cuts.add(s);
        cuts.add(e);
      }
    }
    Ranges foundIndex = new Ranges(found);
    List<Run> runs = new ArrayList<>();
    Integer from = null;
    for (int to : cuts) {
      if (from != null && to > from) {
        List<String> classes = classesAt(from, drawn, factIndex, current);
        if (foundIndex.covers(from)) {
          classes.add("mark-found");
        }
        for (CodeMark m : codes) {
          if (m.range().start() <= from && from < m.range().end() && !classes.contains(m.styleClass())) {
            if (!classes.contains("coded")) {
              classes.add("coded");
            }
            classes.add(m.styleClass());
          }
        }
        runs.add(new Run(to - from, classes));
      }
      from = to;
    }
    return runs;
  }

  private static List<String> classesAt(int at, List<Highlight> drawn, Map<String, Integer> factIndex, List<TextRange> current) {
    List<String> classes = new ArrayList<>();
    // Highlights come sorted by start: the ones after `at` cannot cover it.
    for (Highlight h : drawn) {
      if (h.start() > at) {
        break;
      }
      if (h.end() > at) {
        String c = styleClass(h.kind());
        if (!classes.contains(c)) {
          classes.add(c);
        }
        if (h.kind() == Highlight.Kind.FACT && h.item() != null && factIndex.containsKey(h.item())) {
          String tint = factTint(factIndex.get(h.item()));
          if (!classes.contains(tint)) {
            classes.add(tint);
          }
        }
      }
    }
    for (TextRange r : current) {
      if (r.start() <= at && at < r.end()) {
        classes.add("mark-current");
        break;
      }
    }
    return classes;
  }
}
