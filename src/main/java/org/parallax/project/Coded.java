package org.parallax.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Span;

/**
 * The project's codings placed in an analysis's articles: each coded segment where its anchor lies now,
 * with its code's path and colour and its memos, and the codings that can no longer be placed (their text
 * is gone from the article, or the article from the corpus), listed with their text rather than dropped.
 *
 * @param segments in article order (as the analysis lists articles), then by position
 */
public record Coded(List<Segment> segments, List<Coding> orphaned) {

  public Coded {
    segments = List.copyOf(segments);
    orphaned = List.copyOf(orphaned);
  }

  /** A coded stretch of text. */
  public record Segment(Coding coding, String path, String color, Span span, List<Memo> memos) {
    public Segment {
      memos = List.copyOf(memos);
    }

    /** The memos' texts, one paragraph each. */
    public String memoText() {
      return String.join("\n\n", memos.stream().map(Memo::text).toList());
    }
  }

  public static Coded of(Project project, Analysis analysis) {
    List<Segment> placed = new ArrayList<>();
    List<Coding> orphaned = new ArrayList<>();
    List<String> order = analysis.articles().stream().map(a -> a.id()).toList();
    for (Coding c : project.codings()) {
      var span = Corrections.locate(analysis, c.anchor());
      var code = project.code(c.code());
      if (span.isEmpty() || code.isEmpty()) {
        orphaned.add(c);
        continue;
      }
      placed.add(new Segment(c, project.path(c.code()), code.get().color(), span.get(),
          project.memosOn(Target.coding(c.id()))));
    }
    placed.sort(Comparator.comparingInt((Segment s) -> order.indexOf(s.span().article()))
        .thenComparingInt(s -> s.span().start())
        .thenComparingInt(s -> s.span().end()));
    return new Coded(placed, orphaned);
  }

  /** The segments coded with {@code codeId} or a code nested in it. */
  public List<Segment> with(Project project, String codeId) {
    List<String> tree = project.subtree(codeId);
    return segments.stream().filter(s -> tree.contains(s.coding().code())).toList();
  }
}
