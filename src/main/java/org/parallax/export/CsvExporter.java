package org.parallax.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.analysis.Analysis;
import org.parallax.analysis.Highlights;
import org.parallax.analysis.Divergence;
import org.parallax.analysis.FactGroup;
import org.parallax.analysis.Hedge;
import org.parallax.analysis.OutletProfile;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.Referent;
import org.parallax.analysis.Span;
import org.parallax.analysis.Wording;
import org.parallax.corpus.Article;
import org.parallax.project.Coded;
import org.parallax.project.Coding;
import org.parallax.project.Corrections;
import org.parallax.project.Memo;
import org.parallax.project.Project;
import org.parallax.project.Target;

/**
 * Writes an analysis as CSV tables for analysts' own tools (spreadsheets, R, pandas): one row per
 * occurrence, member, mention or side, so the tables pivot freely, plus the referent × outlet
 * label table (and its referent × article detail) in the wide form a person reads.
 *
 * <p>Every file is UTF-8 with a byte-order mark (so that Excel does not read it as the local code
 * page), RFC 4180: comma-separated, CRLF line ends, fields quoted with {@code "} when they hold a
 * comma, quote or line break, a header row first. {@code start}/{@code end} are the analysis's
 * offsets (UTF-16 code units into the article's cleaned text, end exclusive); numbers use a dot as
 * decimal separator; an unknown value is an empty field. A text field that begins with {@code = +
 * - @} gets a leading apostrophe, so that a spreadsheet shows it instead of running it as a
 * formula.
 *
 * <p>The files, and their columns. An {@code outlet} column never is empty: where the article does not
 * show its outlet it holds the article's title in quotation marks (else its id), as the workbench
 * shows it; {@code articles.csv} keeps the bare outlet and says which was shown.
 *
 * <ul>
 *   <li>{@code articles.csv}: article, outlet (empty when unknown), title, published, url, author,
 *       source, words, shown_as (how the other files and the workbench name it), shown_from
 *       ({@code outlet}, {@code title} or {@code id})
 *   <li>{@code quotes.csv}: quote, speaker, article, outlet, published, match, occurrence_speaker,
 *       start, end, text
 *   <li>{@code divergences.csv}: divergence, kind, about, side, article, outlet, start, end, text,
 *       note
 *   <li>{@code labels.csv}: referent, name, referent_kind, article, outlet, start, end, label,
 *       loaded, via (why the mention is in the referent)
 *   <li>{@code label-table.csv}: referent, name, then one column per outlet (its articles added up, a
 *       group's outlets together) headed by the outlet, "(group: ...)" after it when it has one, each
 *       cell its labels separated by " | ", with " ×N" when its articles use one N times and " [loaded]"
 *       after a loaded one
 *   <li>{@code label-table-articles.csv}: the same with one column per article headed "outlet
 *       (article)" (the article id alone when neither outlet nor title is known), without counts, the
 *       articles in outlet order (by group, outlet, date, title, as the workbench shows them)
 *   <li>{@code facts.csv}: fact, similarity, article, outlet, reported, start, end, text (a row
 *       with {@code reported=false} and no span for each article that does not report it)
 *   <li>{@code hedges.csv}: article, outlet, start, end, text, kind, cue
 *   <li>{@code wording.csv}: article, outlet, start, end, text, kind, cue, strength, shown, reason,
 *       contrast (the other outlets' wording in the same slot, separated by " | ")
 *   <li>{@code unique.csv}: article, outlet, start, end, text (sentences no other outlet reports)
 *   <li>{@code outlets.csv}: outlet, articles (ids separated by " | "), words, mentions,
 *       loaded_mentions, hedges, hedges_per_1000_words, wording, wording_per_1000_words, top_wording
 *       (its most used loaded wording cues, " | "), group (the analyst's group for it in {@code
 *       parallax.json}, empty when none)
 *   <li>{@code codings.csv}: the analyst's coded segments, one row each, in article order then by
 *       position: article, outlet, date (published), code_path ({@code Framing/Blame}), text, memo (the
 *       memos on the coding, separated by a blank line), start, end (where the segment lies in the
 *       analysed text now). A coding whose passage is gone from its article is not listed.
 *   <li>{@code memos.csv}: the analyst's memos, one row each: about (what the memo is on: {@code
 *       corpus}, {@code article}, {@code span}, {@code coding}, or a finding's kind: {@code quote},
 *       {@code speaker}, {@code fact}, {@code referent}, {@code mention}, {@code divergence}, {@code
 *       hedge}, {@code loaded}), article, item (the article's id, the coding's id, or the finding's id
 *       when the memo was made; empty for the corpus and a passage), text, created, modified (ISO-8601
 *       instants), passage (the words the memo is on, empty for the corpus and an article)
 * </ul>
 *
 * <p>{@code codings.csv} and {@code memos.csv} are always written, with the header alone when there is
 * no project, so that the set of files does not change; they hold only what lies in the exported
 * articles (and the memos on the corpus).
 */
public final class CsvExporter {

  /** The file names written, in the order listed above. */
  public static final List<String> FILES =
      List.of(
          "articles.csv",
          "quotes.csv",
          "divergences.csv",
          "labels.csv",
          "label-table.csv",
          "label-table-articles.csv",
          "facts.csv",
          "hedges.csv",
          "wording.csv",
          "unique.csv",
          "outlets.csv",
          "codings.csv",
          "memos.csv");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

  /**
   * Writes the tables of {@code analysis} into {@code folder} (created if needed), all or none:
   * they are moved into place only once every one is written.
   *
   * @return the files written
   */
  public List<Path> write(Analysis analysis, Path folder) throws ExportException {
    return write(analysis, Project.EMPTY, folder);
  }

  /** As {@link #write(Analysis, Path)}, with the codings and memos of the analyst's {@code project}. */
  public List<Path> write(Analysis analysis, Project project, Path folder) throws ExportException {
    TargetFile.checkFolder(folder, "CSV tables");
    Map<Path, TargetFile.Content> files = contents(analysis, project, folder);
    TargetFile.writeAll(files, "CSV table");
    return new ArrayList<>(files.keySet());
  }

  /**
   * The tables of {@code analysis} as content for {@link TargetFile#writeAll}, by target file; {@code
   * codings.csv} and {@code memos.csv} hold their header alone.
   */
  public Map<Path, TargetFile.Content> contents(Analysis analysis, Path folder) {
    return contents(analysis, Project.EMPTY, folder);
  }

  /**
   * The tables of {@code analysis} and of the analyst's {@code project} ({@link Project#EMPTY} for none)
   * as content for {@link TargetFile#writeAll}, by target file, in the order of {@link #FILES}.
   */
  public Map<Path, TargetFile.Content> contents(Analysis analysis, Project project, Path folder) {
    // The outlet as a reader sees it: where the article does not show one, its title in quotation marks
    // (else its id); articles.csv says which (shown_from), and keeps the bare outlet.
    Map<String, String> outlet = Highlights.names(analysis.articles());
    Map<Path, TargetFile.Content> files = new LinkedHashMap<>();
    files.put(folder.resolve("articles.csv"), out -> articles(analysis, outlet, out));
    files.put(folder.resolve("quotes.csv"), out -> quotes(analysis, outlet, out));
    files.put(folder.resolve("divergences.csv"), out -> divergences(analysis, outlet, out));
    files.put(folder.resolve("labels.csv"), out -> labels(analysis, outlet, out));
    ReportTables byArticle = ReportTables.of(analysis);
    files.put(folder.resolve("label-table.csv"), out -> labelTable(byArticle.byOutlet(), out));
    files.put(folder.resolve("label-table-articles.csv"), out -> labelTableByArticle(byArticle.inOutletOrder(), out));
    files.put(folder.resolve("facts.csv"), out -> facts(analysis, outlet, out));
    files.put(folder.resolve("hedges.csv"), out -> hedges(analysis, outlet, out));
    files.put(folder.resolve("wording.csv"), out -> wording(analysis, outlet, out));
    files.put(folder.resolve("unique.csv"), out -> unique(analysis, outlet, out));
    files.put(folder.resolve("outlets.csv"), out -> outlets(analysis, out));
    files.put(folder.resolve("codings.csv"), out -> codings(analysis, project, outlet, out));
    files.put(folder.resolve("memos.csv"), out -> memos(analysis, project, out));
    return files;
  }

  private static void articles(Analysis analysis, Map<String, String> outlet, OutputStream out) throws IOException {
    try (CSVPrinter csv =
        printer(
            out, "article", "outlet", "title", "published", "url", "author", "source", "words", "shown_as", "shown_from")) {
      for (Article a : analysis.articles()) {
        csv.printRecord(
            a.id(),
            text(a.outlet()),
            text(a.title()),
            a.published(),
            text(a.url()),
            text(a.author()),
            text(a.source()),
            ReportTables.words(a.text()),
            text(outlet.get(a.id())),
            Highlights.nameFrom(a));
      }
    }
  }

  private static void quotes(Analysis analysis, Map<String, String> outlet, OutputStream out)
      throws IOException {
    Map<String, String> published = new HashMap<>();
    analysis.articles().forEach(a -> published.put(a.id(), a.published()));
    try (CSVPrinter csv =
        printer(
            out,
            "quote",
            "speaker",
            "article",
            "outlet",
            "published",
            "match",
            "occurrence_speaker",
            "start",
            "end",
            "text")) {
      for (QuoteGroup q : analysis.quotes()) {
        for (QuoteGroup.Occurrence o : q.occurrences()) {
          csv.printRecord(
              q.id(),
              text(q.speaker()),
              o.article(),
              text(outlet.get(o.article())),
              published.get(o.article()),
              o.match(),
              text(o.speaker()),
              o.start(),
              o.end(),
              text(o.text()));
        }
      }
    }
  }

  private static void divergences(Analysis analysis, Map<String, String> outlet, OutputStream out)
      throws IOException {
    try (CSVPrinter csv =
        printer(
            out,
            "divergence",
            "kind",
            "about",
            "side",
            "article",
            "outlet",
            "start",
            "end",
            "text",
            "note")) {
      for (Divergence d : analysis.divergences()) {
        int side = 1;
        for (Span s : d.sides()) {
          csv.printRecord(
              d.id(),
              d.kind(),
              d.about(),
              side++,
              s.article(),
              text(outlet.get(s.article())),
              s.start(),
              s.end(),
              text(s.text()),
              text(d.note()));
        }
      }
    }
  }

  private static void labels(Analysis analysis, Map<String, String> outlet, OutputStream out)
      throws IOException {
    try (CSVPrinter csv =
        printer(
            out,
            "referent",
            "name",
            "referent_kind",
            "article",
            "outlet",
            "start",
            "end",
            "label",
            "loaded",
            "via")) {
      for (Referent r : analysis.referents()) {
        for (Referent.Mention m : r.mentions()) {
          csv.printRecord(
              r.id(),
              text(r.name()),
              r.kind(),
              m.article(),
              text(outlet.get(m.article())),
              m.start(),
              m.end(),
              text(m.text()),
              m.loaded(),
              text(m.via()));
        }
      }
    }
  }

  /**
   * The labels table by outlet, as the workbench and the report show it: an outlet's articles added up
   * in one column, headed by the outlet (and its group), each label with how often its articles use it.
   */
  private static void labelTable(ReportTables tables, OutputStream out) throws IOException {
    List<String> header = new ArrayList<>(List.of("referent", "name"));
    for (ReportTables.Column c : tables.columns()) {
      header.add(text(c.outlet() + (c.group() == null ? "" : " (group: " + c.group() + ")")));
    }
    labelRows(tables, header, true, out);
  }

  /** The labels table with one column per article, headed "outlet (article id)": the per-article detail. */
  private static void labelTableByArticle(ReportTables tables, OutputStream out) throws IOException {
    List<String> header = new ArrayList<>(List.of("referent", "name"));
    for (ReportTables.Column c : tables.columns()) {
      header.add(text(c.outlet().equals(c.article()) ? c.article() : c.outlet() + " (" + c.article() + ")"));
    }
    labelRows(tables, header, false, out);
  }

  private static void labelRows(ReportTables tables, List<String> header, boolean counts, OutputStream out) throws IOException {
    try (CSVPrinter csv = printer(out, header.toArray(String[]::new))) {
      for (ReportTables.LabelRow row : tables.labels()) {
        List<Object> record = new ArrayList<>(List.of(row.referent(), text(row.name())));
        for (List<ReportTables.Label> cell : row.cells()) {
          record.add(
              text(
                  cell.stream()
                      .map(l -> l.text() + (counts && l.count() > 1 ? " ×" + l.count() : "") + (l.loaded() ? " [loaded]" : ""))
                      .collect(Collectors.joining(" | "))));
        }
        csv.printRecord(record);
      }
    }
  }

  private static void facts(Analysis analysis, Map<String, String> outlet, OutputStream out)
      throws IOException {
    try (CSVPrinter csv =
        printer(
            out, "fact", "similarity", "article", "outlet", "reported", "start", "end", "text", "evidence")) {
      for (FactGroup f : analysis.facts()) {
        String similarity = String.format(Locale.ROOT, "%.3f", f.similarity());
        String evidence = String.join(" ", f.evidence());
        for (Span m : f.members()) {
          csv.printRecord(
              f.id(),
              similarity,
              m.article(),
              text(outlet.get(m.article())),
              true,
              m.start(),
              m.end(),
              text(m.text()),
              evidence);
        }
        for (String missing : f.missing()) {
          csv.printRecord(
              f.id(), similarity, missing, text(outlet.get(missing)), false, null, null, null, evidence);
        }
      }
    }
  }

  private static void hedges(Analysis analysis, Map<String, String> outlet, OutputStream out)
      throws IOException {
    Map<Span, Hedge> cueOf = new HashMap<>();
    analysis.hedgeCues().forEach(c -> cueOf.putIfAbsent(c.span(), c));
    try (CSVPrinter csv = printer(out, "article", "outlet", "start", "end", "text", "kind", "cue")) {
      for (Span h : analysis.hedges()) {
        Hedge cue = cueOf.get(h);
        csv.printRecord(
            h.article(), text(outlet.get(h.article())), h.start(), h.end(), text(h.text()),
            cue == null ? null : cue.kind(), cue == null ? null : text(cue.cue()));
      }
    }
  }

  private static void wording(Analysis analysis, Map<String, String> outlet, OutputStream out)
      throws IOException {
    try (CSVPrinter csv =
        printer(out, "article", "outlet", "start", "end", "text", "kind", "cue", "strength", "shown", "reason", "contrast")) {
      for (Wording w : analysis.wording()) {
        csv.printRecord(
            w.article(), text(outlet.get(w.article())), w.start(), w.end(), text(w.text()), w.kind(), text(w.cue()),
            String.format(Locale.ROOT, "%.2f", w.strength()), w.shown(), text(w.reason()),
            text(w.contrast().stream().map(Span::text).collect(Collectors.joining(" | "))));
      }
    }
  }

  private static void unique(Analysis analysis, Map<String, String> outlet, OutputStream out) throws IOException {
    try (CSVPrinter csv = printer(out, "article", "outlet", "start", "end", "text")) {
      for (Span u : analysis.unique()) {
        csv.printRecord(u.article(), text(outlet.get(u.article())), u.start(), u.end(), text(u.text()));
      }
    }
  }

  private static void outlets(Analysis analysis, OutputStream out) throws IOException {
    try (CSVPrinter csv =
        printer(out, "outlet", "articles", "words", "mentions", "loaded_mentions", "hedges", "hedges_per_1000_words",
            "wording", "wording_per_1000_words", "top_wording", "group")) {
      for (OutletProfile o : analysis.outlets()) {
        csv.printRecord(
            text(o.outlet()), text(String.join(" | ", o.articles())), o.words(), o.mentions(), o.loadedMentions(), o.hedges(),
            String.format(Locale.ROOT, "%.1f", o.hedgesPer1000Words()), o.wording(),
            String.format(Locale.ROOT, "%.1f", o.wordingPer1000Words()),
            text(o.wordingCues().stream().limit(5).map(c -> c.cue() + " (" + c.count() + ")").collect(Collectors.joining(" | "))),
            text(o.group()));
      }
    }
  }

  private static void codings(Analysis analysis, Project project, Map<String, String> outlet, OutputStream out)
      throws IOException {
    try (CSVPrinter csv = printer(out, "article", "outlet", "date", "code_path", "text", "memo", "start", "end")) {
      for (Coded.Segment s : Coded.of(project, analysis).segments()) {
        String article = s.span().article();
        csv.printRecord(
            article, text(outlet.get(article)), analysis.article(article).map(Article::published).orElse(null),
            text(s.path()), text(s.span().text()), text(s.memoText()), s.span().start(), s.span().end());
      }
    }
  }

  private static void memos(Analysis analysis, Project project, OutputStream out) throws IOException {
    try (CSVPrinter csv = printer(out, "about", "article", "item", "text", "created", "modified", "passage")) {
      for (Memo m : project.memos()) {
        Target t = m.target();
        String article;
        String passage;
        switch (t.kind()) {
          case corpus -> {
            article = null;
            passage = null;
          }
          case article -> {
            article = t.item();
            passage = null;
          }
          case coding -> {
            Coding c = project.codings().stream().filter(x -> x.id().equals(t.item())).findFirst().orElse(null);
            article = c == null ? null : c.anchor().article();
            passage = c == null ? null : Corrections.locate(analysis, c.anchor()).map(Span::text).orElse(c.anchor().exact());
          }
          default -> {
            article = t.anchor().article();
            passage = Corrections.locate(analysis, t.anchor()).map(Span::text).orElse(t.anchor().exact());
          }
        }
        if (t.kind() != Target.Kind.corpus && (article == null || analysis.article(article).isEmpty())) {
          continue; // on an article not exported (or a coding since deleted)
        }
        csv.printRecord(t.kind(), article, text(t.item()), text(m.text()), m.created(), m.modified(), text(passage));
      }
    }
  }

  private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    return new CSVPrinter(w, FORMAT.builder().setHeader(header).build());
  }

  /** Free text as a spreadsheet should show it: never as a formula to run. */
  static String text(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
