package org.parallax.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Highlight;
import org.parallax.analysis.ProposedTerm;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.corpus.Article;
import org.parallax.project.Corrections;
import org.parallax.project.Project;

/**
 * What an export covers: the whole corpus, or the articles and items an analyst selected.
 *
 * <p>Invariants: {@code articles} holds no duplicates and, when not empty, names the articles to
 * export in the order to show them (empty = every article, in corpus order); {@code items} holds
 * ids of quotations, facts, referents and divergences ({@code q1}, {@code f2}, {@code r3}, {@code
 * d4}; empty = all of them); {@code kinds} are the highlight kinds drawn (never empty); {@code
 * columns} is how many articles stand side by side on a page, 1 to 3.
 *
 * @param title the report's title; {@code null} = the corpus name
 * @param sections the parts of the PDF report drawn (never empty)
 * @param top rows at most in each summary table (referents, quotations, facts, divergences), the most
 *     telling first; {@link #ALL_ROWS} = every row, {@link #AUTO_ROWS} = every row up to {@value
 *     #FEW_ARTICLES} articles, else {@value #AUTO_TOP}
 * @param onlyLoaded whether the labels table lists only referents with a loaded label
 * @param project the analyst's layer drawn into the report (codings, memos, corrections); {@link
 *     Project#EMPTY} for none
 * @param rejected whether findings the analyst rejected are left out or kept and marked
 */
public record ReportOptions(
    String title,
    List<String> articles,
    Set<String> items,
    Set<Highlight.Kind> kinds,
    int columns,
    Set<Section> sections,
    int top,
    boolean onlyLoaded,
    Project project,
    Corrections.Rejected rejected) {

  /** The parts of the PDF report an analyst can choose. */
  public enum Section {
    GLANCE("glance"),
    /** Outlets × facts, quotations and referents: the coverage heat map and each outlet's labels. */
    OVERVIEW("overview"),
    LABELS("labels"),
    HEDGES("hedges"),
    QUOTATIONS("quotations"),
    FACTS("facts"),
    DIVERGENCES("divergences"),
    /** The analyst's codes, coded segments and memos; drawn only when the project has codes or memos. */
    CODES("codes"),
    ARTICLES("articles");

    private final String word;

    Section(String word) {
      this.word = word;
    }

    /** The section's name on the command line ("labels"). */
    public String word() {
      return word;
    }

    /** The section named {@code word}, or an exception listing the names. */
    public static Section of(String word) {
      for (Section s : values()) {
        if (s.word.equalsIgnoreCase(word.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "unknown section '" + word.strip() + "' (one of " + java.util.Arrays.stream(values()).map(Section::word).toList() + ")");
    }
  }

  /** {@link #top}: every row. */
  public static final int ALL_ROWS = 0;
  /** {@link #top}: every row for a few articles, the first {@value #AUTO_TOP} for more. */
  public static final int AUTO_ROWS = -1;
  /** Corpora up to this many articles show every row by default. */
  public static final int FEW_ARTICLES = 8;
  /** Rows per summary table by default for a larger corpus: its summary stays a few pages. */
  public static final int AUTO_TOP = 15;

  public ReportOptions {
    articles = List.copyOf(new LinkedHashSet<>(articles));
    items = Set.copyOf(items);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("at least one highlight kind must be drawn");
    }
    kinds = Set.copyOf(kinds);
    if (columns < 1 || columns > 3) {
      throw new IllegalArgumentException("columns must be 1, 2 or 3, not " + columns);
    }
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("at least one section must be drawn");
    }
    sections = Set.copyOf(sections);
    project = project == null ? Project.EMPTY : project;
    rejected = rejected == null ? Corrections.Rejected.LEAVE_OUT : rejected;
    if (top < AUTO_ROWS) {
      throw new IllegalArgumentException("top must be 0 (all rows) or more, not " + top);
    }
  }

  /** The rows at most per summary table for a corpus of {@code articles} articles; 0 = all. */
  public int rowsFor(int articles) {
    return top == AUTO_ROWS ? (articles <= FEW_ARTICLES ? ALL_ROWS : AUTO_TOP) : top;
  }

  /** The whole corpus, every highlight, two articles side by side. */
  public static ReportOptions all() {
    return new ReportOptions(null, List.of(), Set.of(), EnumSet.allOf(Highlight.Kind.class), 2, EnumSet.allOf(Section.class), AUTO_ROWS, false, Project.EMPTY, Corrections.Rejected.LEAVE_OUT);
  }

  /** The same options drawing the analyst's layer of {@code p}. */
  public ReportOptions withProject(Project p) {
    return new ReportOptions(title, articles, items, kinds, columns, sections, top, onlyLoaded, p, rejected);
  }

  public ReportOptions withRejected(Corrections.Rejected r) {
    return new ReportOptions(title, articles, items, kinds, columns, sections, top, onlyLoaded, project, r);
  }

  public ReportOptions withTitle(String newTitle) {
    return new ReportOptions(newTitle, articles, items, kinds, columns, sections, top, onlyLoaded, project, rejected);
  }

  public ReportOptions withArticles(List<String> ids) {
    return new ReportOptions(title, ids, items, kinds, columns, sections, top, onlyLoaded, project, rejected);
  }

  public ReportOptions withItems(Set<String> ids) {
    return new ReportOptions(title, articles, ids, kinds, columns, sections, top, onlyLoaded, project, rejected);
  }

  public ReportOptions withKinds(Set<Highlight.Kind> drawn) {
    return new ReportOptions(title, articles, items, drawn, columns, sections, top, onlyLoaded, project, rejected);
  }

  public ReportOptions withSections(Set<Section> drawn) {
    return new ReportOptions(title, articles, items, kinds, columns, drawn, top, onlyLoaded, project, rejected);
  }

  public ReportOptions withTop(int rows) {
    return new ReportOptions(title, articles, items, kinds, columns, sections, rows, onlyLoaded, project, rejected);
  }

  public ReportOptions withOnlyLoaded(boolean only) {
    return new ReportOptions(title, articles, items, kinds, columns, sections, top, only, project, rejected);
  }

  public ReportOptions withColumns(int perPage) {
    return new ReportOptions(title, articles, items, kinds, perPage, sections, top, onlyLoaded, project, rejected);
  }

  /**
   * The part of {@code analysis} these options cover: the selected articles in the selected order,
   * and of every quotation, fact, referent and divergence only the selected ones and only what lies
   * in the selected articles (an item left with nothing in them is dropped). Problems are kept
   * whole.
   *
   * @throws IllegalArgumentException naming the first selected article id the analysis does not
   *     have
   */
  public Analysis select(Analysis analysis) {
    if (articles.isEmpty() && items.isEmpty()) {
      return analysis;
    }
    List<Article> chosen = new ArrayList<>();
    if (articles.isEmpty()) {
      chosen.addAll(analysis.articles());
    } else {
      for (String id : articles) {
        chosen.add(
            analysis
                .article(id)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no article with id " + id + " in the corpus")));
      }
    }
    Set<String> ids = new java.util.HashSet<>();
    chosen.forEach(a -> ids.add(a.id()));
    Predicate<String> in = ids::contains;
    Predicate<String> picked = id -> items.isEmpty() || items.contains(id);

    List<QuoteGroup> quotes = new ArrayList<>();
    for (QuoteGroup q : analysis.quotes()) {
      List<QuoteGroup.Occurrence> kept =
          q.occurrences().stream().filter(o -> in.test(o.article())).toList();
      if (picked.test(q.id()) && !kept.isEmpty()) {
        quotes.add(new QuoteGroup(q.id(), q.speaker(), kept));
      }
    }
    List<FactGroup> facts = new ArrayList<>();
    for (FactGroup f : analysis.facts()) {
      List<Span> kept = f.members().stream().filter(m -> in.test(m.article())).toList();
      if (picked.test(f.id()) && !kept.isEmpty()) {
        facts.add(
            new FactGroup(
                f.id(),
                f.similarity(),
                f.nearVerbatim(),
                f.evidence(),
                kept,
                f.missing().stream().filter(in).toList()));
      }
    }
    List<Referent> referents = new ArrayList<>();
    for (Referent r : analysis.referents()) {
      List<Referent.Mention> kept =
          r.mentions().stream().filter(m -> in.test(m.article())).toList();
      if (picked.test(r.id()) && !kept.isEmpty()) {
        referents.add(new Referent(r.id(), r.name(), r.kind(), kept,
            r.pronouns().stream().filter(m -> in.test(m.article())).toList()));
      }
    }
    List<Divergence> divergences = new ArrayList<>();
    for (Divergence d : analysis.divergences()) {
      List<Span> kept = d.sides().stream().filter(s -> in.test(s.article())).toList();
      if ((picked.test(d.id()) || (d.about() != null && items.contains(d.about())))
          && !kept.isEmpty()) {
        divergences.add(new Divergence(d.id(), d.kind(), d.about(), kept, d.note()));
      }
    }
    Analysis selected = new Analysis(
        analysis.schema(),
        analysis.corpus(),
        chosen,
        quotes,
        facts,
        referents,
        divergences,
        analysis.hedges().stream().filter(s -> in.test(s.article())).toList(),
        analysis.unique().stream().filter(s -> in.test(s.article())).toList(),
        analysis.problems(),
        analysis.hedgeCues().stream().filter(h -> in.test(h.article())).toList(),
        List.of(),
        proposedTerms(analysis, in),
        analysis.wording().stream().filter(w -> in.test(w.article())).toList());
    // An outlet only some of whose articles are chosen keeps its group, with figures of those articles.
    return new Analysis(selected.schema(), selected.corpus(), selected.articles(), selected.quotes(), selected.facts(),
        selected.referents(), selected.divergences(), selected.hedges(), selected.unique(), selected.problems(),
        selected.hedgeCues(), ChosenProfiles.of(analysis, selected, ids), selected.proposedTerms(), selected.wording());
  }

  /** The proposed terms with evidence in the chosen articles, with only that evidence. */
  private static List<ProposedTerm> proposedTerms(Analysis analysis, Predicate<String> in) {
    List<ProposedTerm> kept = new ArrayList<>();
    for (ProposedTerm t : analysis.proposedTerms()) {
      List<Span> evidence = t.evidence().stream().filter(s -> in.test(s.article())).toList();
      if (!evidence.isEmpty()) {
        kept.add(new ProposedTerm(t.term(), t.score(), t.outlets(), t.pairs(), evidence));
      }
    }
    return kept;
  }
}
