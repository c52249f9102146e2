package org.parallax.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.parallax.analysis.Overview;

/**
 * The overview tab: one picture of the whole story, drawn on a canvas (only the cells in view, no node
 * per cell, so it stays fast at hundreds of outlets and items). Left, the outlets (rows, in the order
 * of {@link Overview}, grouped or filtered by outlet group); then the facts and quotations as a
 * coverage heat map (the darker, the more of the outlet's articles report it; grey: it leaves it out;
 * purple: it alters the quotation); then per referent the label each outlet uses most, on vermillion
 * when loaded and blue-grey when neutral (a vermillion edge: some other mentions are loaded). Hovering
 * a cell says what it is; a click (or Enter on the keyboard cursor) goes to the passage side by side.
 */
final class OverviewView {

  static final double ROW_H = 18;
  /** An item column's width; fewer than ten items get wider ones, so that their block holds its caption. */
  static final double ITEM_W = 14;
  static final double REF_W = 128;
  static final double GAP = 16;
  static final double HEADER_H = 104;
  private static final double MIN_LABEL_W = 180;
  private static final double MAX_LABEL_W = 260;

  /** A place in the picture: an entry (-1: the column headings) and a column (-1: the row headings). */
  record Hit(int entry, int column) {}

  /** Outlet groups' stripes: hues the cells do not use (as in the report's overview page). */
  private static final Color[] GROUP_COLOURS = {
    Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#6A3D9A"), Color.web("#8C8C8C"),
    Color.web("#B15928"), Color.web("#1F1F1F"), Color.web("#F0E442"), Color.web("#A6CEE3")
  };
  private static final Color FACT = Color.web("#009E73");
  private static final Color QUOTE = Color.web("#56B4E9");
  private static final Color ALTERED = Color.web("#CC79A7");
  private static final Color VERMILLION = Color.web("#D55E00");
  private static final Color ACCENT = Color.web("#0072B2");

  /** The colours of one theme. */
  private record Colours(Color background, Color header, Color ink, Color grey, Color empty, Color band,
      Color loaded, Color loadedInk, Color neutral, Color unmentioned) {}

  private static final Colours LIGHT = new Colours(Color.WHITE, Color.web("#F5F6F7"), Color.web("#1A1A1A"), Color.web("#5F6368"),
      Color.web("#E6E9EC"), Color.web("#E8EAED"), Color.web("#F4C7A6"), Color.web("#7A3300"), Color.web("#DCE5EE"), Color.web("#F6F7F8"));
  private static final Colours DARK = new Colours(Color.web("#1E1F22"), Color.web("#2B2D30"), Color.web("#DDDDDD"), Color.web("#9AA0A6"),
      Color.web("#35383C"), Color.web("#2F3237"), Color.web("#7A3A12"), Color.web("#FFD7BD"), Color.web("#34414F"), Color.web("#26282B"));

  private final WorkbenchViewModel model;
  private final OverviewViewModel vm;
  private final Runnable showText;
  private final Canvas canvas = new Canvas();
  private final ScrollBar vbar = new ScrollBar();
  private final ScrollBar hbar = new ScrollBar();
  private final Label hover = new Label();
  private final Tooltip tip = new Tooltip();
  private final Text measure = new Text();
  private final Map<String, String> fitted = new HashMap<>();
  private final Font regular = Font.font(12);
  private final Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
  private final Font small = Font.font(10);
  private final VBox root;
  private double labelW = MIN_LABEL_W;
  private double itemW = ITEM_W;
  private Hit hovered;
  private double tipX;
  private double tipY;
  private final javafx.animation.PauseTransition tipDelay = new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));
  private Hit cursor = new Hit(0, 0);
  private long drawNanos;

  /** @param showText brings the side-by-side tab forward after a click went to a passage */
  OverviewView(WorkbenchViewModel model, Runnable showText) {
    this.model = model;
    this.showText = showText;
    this.vm = new OverviewViewModel(model);

    Label hint = new Label("Rows: outlets, those that frame alike together. Columns: facts and quotations (who reports what; the"
        + " darker, the more of the outlet's articles), then each referent's most used label (vermillion: loaded). Click a cell to"
        + " read the passage.");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    CheckBox group = new CheckBox("Group by outlet group");
    group.setId("overviewGroupBy");
    group.selectedProperty().bindBidirectional(vm.grouped());
    ComboBox<String> only = new ComboBox<>(vm.choices());
    only.setId("overviewShown");
    only.valueProperty().bindBidirectional(vm.shown());
    only.setTooltip(new Tooltip("Show every outlet, or only the outlets of one group (groups come from \"outlets\" in parallax.json)"));
    // Groups come from parallax.json; without any the two controls have nothing to do.
    group.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.choices()).lessThan(2));
    only.disableProperty().bind(group.disableProperty());
    HBox bar = new HBox(10, group, new Label("Show:"), only);
    bar.setAlignment(Pos.CENTER_LEFT);

    canvas.setId("overviewCanvas");
    canvas.setFocusTraversable(true);
    CanvasPane pane = new CanvasPane();
    vbar.setOrientation(Orientation.VERTICAL);
    vbar.setId("overviewVScroll");
    hbar.setId("overviewHScroll");
    BorderPane picture = new BorderPane(pane);
    picture.setRight(vbar);
    picture.setBottom(hbar);
    VBox.setVgrow(picture, Priority.ALWAYS);
    hover.setId("overviewHover");
    hover.setMinHeight(Region.USE_PREF_SIZE);
    hover.setText(" ");
    tip.setWrapText(true);
    tip.setMaxWidth(520);
    root = new VBox(6, hint, bar, picture, hover);
    root.setId("overview");
    root.setPadding(new Insets(6));

    tipDelay.setOnFinished(e -> {
      if (hovered != null && canvas.getScene() != null && canvas.getScene().getWindow() != null && canvas.getScene().getWindow().isShowing()) {
        tip.show(canvas, tipX, tipY);
      }
    });
    vbar.valueProperty().addListener((o, was, now) -> draw());
    hbar.valueProperty().addListener((o, was, now) -> draw());
    vm.version().addListener((o, was, now) -> {
      fitted.clear();
      measureLabels();
      itemW = vm.items() == 0 ? ITEM_W : Math.max(ITEM_W, Math.min(26, Math.floor(140.0 / vm.items())));
      layoutScrollBars();
      draw();
    });
    model.analysis().addListener((o, was, now) -> vm.setAnalysis(now));
    model.darkTheme().addListener((o, was, now) -> draw());
    model.navigator().selected().addListener((o, was, now) -> draw());
    installPointer();
    installKeys();
    vm.setAnalysis(model.analysis().get());
  }

  Node root() {
    return root;
  }

  OverviewViewModel viewModel() {
    return vm;
  }

  /** How long the last drawing took, in nanoseconds (the canvas commands, not the frame that shows them). */
  long drawNanos() {
    return drawNanos;
  }

  Canvas canvas() {
    return canvas;
  }

  /** The canvas holds the picture and follows its pane's size: it never asks for more room. */
  private final class CanvasPane extends Region {
    CanvasPane() {
      getChildren().add(canvas);
      setMinSize(0, 0);
    }

    @Override
    protected double computePrefWidth(double height) {
      return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
      return 400;
    }

    @Override
    protected void layoutChildren() {
      if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        layoutScrollBars();
        draw();
      }
    }
  }

  // ---- geometry ----

  private double contentWidth() {
    int refs = vm.columns() - vm.items();
    return vm.items() * itemW + (refs > 0 ? GAP + refs * REF_W : 0);
  }

  private double contentHeight() {
    return vm.entries().size() * ROW_H;
  }

  /** Column {@code c}'s left edge in the scrolled columns area. */
  private double columnX(int c) {
    return c < vm.items() ? c * itemW : vm.items() * itemW + GAP + (c - vm.items()) * REF_W;
  }

  private double columnW(int c) {
    return c < vm.items() ? itemW : REF_W;
  }

  private void layoutScrollBars() {
    double viewW = Math.max(0, canvas.getWidth() - labelW);
    double viewH = Math.max(0, canvas.getHeight() - HEADER_H);
    setBar(hbar, contentWidth(), viewW, itemW * 4);
    setBar(vbar, contentHeight(), viewH, ROW_H * 3);
  }

  private static void setBar(ScrollBar bar, double content, double view, double unit) {
    double max = Math.max(0, content - view);
    bar.setMin(0);
    bar.setMax(max);
    bar.setVisibleAmount(content <= 0 ? 1 : Math.max(1, max * view / Math.max(1, content)));
    bar.setUnitIncrement(unit);
    bar.setBlockIncrement(Math.max(unit, view * 0.9));
    bar.setDisable(max <= 0);
    if (bar.getValue() > max) {
      bar.setValue(max);
    }
  }

  /** What is at canvas point ({@code x}, {@code y}), or {@code null}. */
  Hit hit(double x, double y) {
    int e = -1;
    if (y >= HEADER_H) {
      e = (int) Math.floor((y - HEADER_H + vbar.getValue()) / ROW_H);
      if (e >= vm.entries().size()) {
        return null;
      }
    }
    int c = -1;
    if (x >= labelW) {
      double cx = x - labelW + hbar.getValue();
      double items = vm.items() * itemW;
      if (cx < items) {
        c = (int) Math.floor(cx / itemW);
      } else if (cx >= items + (vm.items() > 0 ? GAP : 0) || vm.items() == 0) {
        double start = vm.items() > 0 ? items + GAP : 0;
        c = vm.items() + (int) Math.floor((cx - start) / REF_W);
        if (cx < start) {
          return null;
        }
      } else {
        return null;
      }
      if (c >= vm.columns()) {
        return null;
      }
    }
    return e < 0 && c < 0 ? null : new Hit(e, c);
  }

  /** The centre of the cell of entry {@code e} and column {@code c} in the canvas's coordinates, scrolled into view first. */
  Point2D cellCentre(int e, int c) {
    reveal(new Hit(e, c));
    double x = c < 0 ? labelW / 2 : labelW + columnX(c) - hbar.getValue() + columnW(c) / 2;
    double y = e < 0 ? HEADER_H / 2 : HEADER_H + e * ROW_H - vbar.getValue() + ROW_H / 2;
    return new Point2D(x, y);
  }

  /** Scrolls so that {@code h} is in view. */
  private void reveal(Hit h) {
    if (h.entry() >= 0) {
      double top = h.entry() * ROW_H;
      double view = canvas.getHeight() - HEADER_H;
      if (top < vbar.getValue()) {
        vbar.setValue(top);
      } else if (top + ROW_H > vbar.getValue() + view) {
        vbar.setValue(Math.min(vbar.getMax(), top + ROW_H - view));
      }
    }
    if (h.column() >= 0) {
      double left = columnX(h.column());
      double view = canvas.getWidth() - labelW;
      if (left < hbar.getValue()) {
        hbar.setValue(left);
      } else if (left + columnW(h.column()) > hbar.getValue() + view) {
        hbar.setValue(Math.min(hbar.getMax(), left + columnW(h.column()) - view));
      }
    }
  }

  // ---- pointer and keys ----

  private void installPointer() {
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(hit(e.getX(), e.getY()), e.getScreenX(), e.getScreenY()));
    canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverAt(null, 0, 0));
    canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
      canvas.requestFocus();
      if (e.getButton() != MouseButton.PRIMARY) {
        return;
      }
      Hit h = hit(e.getX(), e.getY());
      if (h != null) {
        cursor = new Hit(Math.max(0, h.entry()), Math.max(0, h.column()));
        go(h);
      }
    });
    canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
      if (e.isShortcutDown()) {
        return;
      }
      double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
      double dy = e.isShiftDown() ? 0 : e.getDeltaY();
      hbar.setValue(clamp(hbar.getValue() - dx, hbar.getMax()));
      vbar.setValue(clamp(vbar.getValue() - dy, vbar.getMax()));
      // Another cell is under the pointer now.
      hoverAt(hit(e.getX(), e.getY()), e.getScreenX(), e.getScreenY());
      e.consume();
    });
    canvas.focusedProperty().addListener((o, was, now) -> draw());
  }

  private static double clamp(double v, double max) {
    return Math.max(0, Math.min(max, v));
  }

  private void hoverAt(Hit h, double screenX, double screenY) {
    tipX = screenX + 14;
    tipY = screenY + 18;
    if (Objects.equals(h, hovered)) {
      return;
    }
    hovered = h;
    String text = h == null ? "" : vm.describe(h.entry(), h.column());
    hover.setText(text.isEmpty() ? " " : text);
    // The line below the picture says it at once; the tooltip waits until the pointer rests on the cell, as
    // tooltips do, so that a moving pointer never runs into it.
    tip.hide();
    tipDelay.stop();
    if (!text.isEmpty()) {
      tip.setText(text);
      tipDelay.playFromStart();
    }
    canvas.setCursor(h == null || (h.entry() >= 0 && h.entry() < vm.entries().size() && vm.entries().get(h.entry()).heading())
        ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.HAND);
    draw();
  }

  private void go(Hit h) {
    tipDelay.stop();
    tip.hide();
    if (vm.activate(h.entry(), h.column())) {
      showText.run();
    }
  }

  private void installKeys() {
    canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      int rows = vm.entries().size();
      int cols = vm.columns();
      if (rows == 0) {
        return;
      }
      int r = Math.min(cursor.entry(), rows - 1);
      int c = Math.min(cursor.column(), Math.max(0, cols - 1));
      KeyCode k = e.getCode();
      switch (k) {
        case UP -> r = Math.max(0, r - 1);
        case DOWN -> r = Math.min(rows - 1, r + 1);
        case LEFT -> c = Math.max(-1, c - 1);
        case RIGHT -> c = Math.min(cols - 1, c + 1);
        case HOME -> c = e.isShortcutDown() ? c : -1;
        case END -> c = cols - 1;
        case ENTER, SPACE -> {
          go(new Hit(r, c));
          e.consume();
          return;
        }
        default -> {
          return;
        }
      }
      e.consume();
      cursor = new Hit(r, c);
      reveal(cursor);
      String text = vm.describe(r, c);
      hover.setText(text.isEmpty() ? " " : text);
      draw();
    });
  }

  // ---- drawing ----

  private void measureLabels() {
    double w = MIN_LABEL_W;
    Overview o = vm.overview();
    if (o != null) {
      measure.setFont(regular);
      for (Overview.Row r : o.rows()) {
        w = Math.max(w, width(r.outlet(), regular) + 40);
        if (w >= MAX_LABEL_W) {
          break;
        }
      }
    }
    labelW = Math.min(MAX_LABEL_W, Math.ceil(w));
  }

  private double width(String s, Font f) {
    measure.setFont(f);
    measure.setText(s);
    return measure.getLayoutBounds().getWidth();
  }

  /**
   * {@code s} cut after a whole word with "…" to fit {@code max} pixels in {@code f} (inside a word only
   * when its first word does not fit); remembered, since cells repeat their words.
   */
  private String fit(String s, Font f, double max) {
    String key = (f == bold ? "b" : f == small ? "s" : "r") + (int) max + "\u0000" + s;
    String hit = fitted.get(key);
    if (hit != null) {
      return hit;
    }
    String out = s;
    if (width(s, f) > max) {
      int lo = 0;
      int hi = s.length();
      while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (width(s.substring(0, mid).strip() + "…", f) <= max) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      int cut = lo;
      // After a whole word where there is one to cut after ("“RCMP make arrests in BC…”, not "…POLYGA…").
      if (cut > 0 && cut < s.length() && Character.isLetterOrDigit(s.charAt(cut)) && Character.isLetterOrDigit(s.charAt(cut - 1))) {
        int space = s.lastIndexOf(' ', cut);
        if (space > 0) {
          cut = space;
        }
      }
      out = s.substring(0, cut).strip() + "…";
    }
    fitted.put(key, out);
    return out;
  }

  private Colours colours() {
    return model.darkTheme().get() ? DARK : LIGHT;
  }

  private Color groupColour(String group) {
    Overview o = vm.overview();
    int i = o == null || group == null ? -1 : o.groups().indexOf(group);
    return i < 0 ? null : GROUP_COLOURS[i % GROUP_COLOURS.length];
  }

  void draw() {
    long t0 = System.nanoTime();
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    Colours k = colours();
    g.setFill(k.background());
    g.fillRect(0, 0, w, h);
    if (w <= 0 || h <= 0) {
      return;
    }
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.LEFT);
    Overview o = vm.overview();
    if (o == null || vm.entries().isEmpty()) {
      g.setFill(k.grey());
      g.setFont(regular);
      g.fillText(vm.failure() != null ? "The overview could not be made: " + vm.failure()
          : vm.pending() ? "Working out the overview…"
          : o == null ? "Open a corpus: its overview appears here." : "No outlet to show.", 12, 20);
      drawNanos = System.nanoTime() - t0;
      return;
    }
    List<OverviewViewModel.Entry> entries = vm.entries();
    double vOff = vbar.getValue();
    double hOff = hbar.getValue();
    int first = Math.max(0, (int) Math.floor(vOff / ROW_H));
    int last = Math.min(entries.size() - 1, (int) Math.floor((vOff + h - HEADER_H) / ROW_H));
    int items = vm.items();
    int cols = vm.columns();
    // The columns in view: item columns by arithmetic, referent columns likewise.
    double viewLeft = hOff;
    double viewRight = hOff + w - labelW;
    int i0 = Math.max(0, (int) Math.floor(viewLeft / itemW));
    int i1 = Math.min(items - 1, (int) Math.floor(viewRight / itemW));
    double refStart = items > 0 ? items * itemW + GAP : 0;
    int r0 = Math.max(0, (int) Math.floor((viewLeft - refStart) / REF_W));
    int r1 = Math.min(cols - items - 1, (int) Math.floor((viewRight - refStart) / REF_W));
    String selected = model.navigator().selected().get() == null ? null : model.navigator().selected().get().id();

    // Cells.
    for (int e = first; e <= last; e++) {
      double y = HEADER_H + e * ROW_H - vOff;
      OverviewViewModel.Entry entry = entries.get(e);
      if (entry.heading()) {
        // A break in the picture, not a row of grey cells: a rule above the group's rows.
        g.setStroke(k.grey());
        g.setLineWidth(1);
        g.strokeLine(labelW, y + ROW_H - 1.5, w, y + ROW_H - 1.5);
        continue;
      }
      Overview.Row row = entry.row();
      for (int c = i0; c <= i1; c++) {
        Overview.Coverage cov = row.coverage().get(c);
        Color fill;
        if (!cov.reported()) {
          fill = k.empty();
        } else {
          Color strong = cov.altered() ? ALTERED : vm.column(c).kind() == Overview.Kind.FACT ? FACT : QUOTE;
          fill = k.empty().interpolate(strong, 0.4 + 0.6 * row.share(c));
        }
        g.setFill(fill);
        g.fillRect(labelW + c * itemW - hOff, y, itemW - 1, ROW_H - 1);
      }
      g.setFont(small);
      for (int r = r0; r <= r1; r++) {
        double x = labelW + refStart + r * REF_W - hOff;
        Overview.Labels labels = row.labels().get(r);
        Overview.Usage top = labels.top();
        if (top == null) {
          g.setFill(k.unmentioned());
          g.fillRect(x, y, REF_W - 2, ROW_H - 1);
          continue;
        }
        g.setFill(top.loaded() ? k.loaded() : k.neutral());
        g.fillRect(x, y, REF_W - 2, ROW_H - 1);
        if (!top.loaded() && labels.loadedMentions() > 0) {
          g.setFill(VERMILLION);
          g.fillRect(x, y, 3, ROW_H - 1);
        }
        g.setFill(top.loaded() ? k.loadedInk() : k.ink());
        g.fillText(fit(top.text(), small, REF_W - 10), x + 5, y + ROW_H / 2);
      }
    }
    // The selected item's column, framed.
    int sel = selected == null ? -1 : vm.columnOf(selected);
    if (sel >= 0) {
      double x = labelW + columnX(sel) - hOff;
      if (x + columnW(sel) > labelW && x < w) {
        g.setStroke(ACCENT);
        g.setLineWidth(2);
        g.strokeRect(x - 1, HEADER_H - 2, columnW(sel) + 1, Math.min(h - HEADER_H, contentHeight() - vOff) + 2);
      }
    }

    // Row headings, over the cells scrolled under them.
    g.setFill(k.background());
    g.fillRect(0, HEADER_H, labelW, h - HEADER_H);
    for (int e = first; e <= last; e++) {
      double y = HEADER_H + e * ROW_H - vOff;
      OverviewViewModel.Entry entry = entries.get(e);
      Color gc = groupColour(entry.group());
      if (entry.heading()) {
        g.setFill(k.band());
        g.fillRect(0, y, labelW, ROW_H - 1);
        if (gc != null) {
          g.setFill(gc);
          g.fillRect(0, y, 5, ROW_H - 1);
        }
        g.setFill(k.ink());
        g.setFont(bold);
        g.fillText(fit(entry.group() == null ? "No group" : entry.group(), bold, labelW - 14 + (w - labelW)), 10, y + ROW_H / 2);
        continue;
      }
      Overview.Row row = entry.row();
      if (gc != null) {
        g.setFill(gc);
        g.fillRect(0, y, 5, ROW_H - 1);
      }
      String count = row.articles().size() > 1 ? String.valueOf(row.articles().size()) : "";
      double countW = count.isEmpty() ? 0 : width(count, small) + 6;
      g.setFill(k.ink());
      g.setFont(regular);
      g.fillText(fit(row.outlet(), regular, labelW - 18 - countW), 10, y + ROW_H / 2);
      if (!count.isEmpty()) {
        g.setFill(k.grey());
        g.setFont(small);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(count, labelW - 6, y + ROW_H / 2);
        g.setTextAlign(TextAlignment.LEFT);
      }
    }

    // Column headings, over the cells scrolled under them.
    g.setFill(k.header());
    g.fillRect(labelW, 0, w - labelW, HEADER_H);
    g.setFont(bold);
    g.setFill(k.ink());
    if (items > 0) {
      double x = Math.max(labelW + 4, labelW - hOff + 2);
      if (labelW - hOff + items * itemW > labelW) {
        g.fillText(fit("Who reports what", bold, Math.max(40, items * itemW - 4)), x, 14);
      }
    }
    if (cols > items) {
      double x = labelW + refStart - hOff;
      g.fillText(fit("The label each outlet uses most", bold, Math.max(60, (cols - items) * REF_W - 6)), Math.max(labelW + 4, x + 2), 14);
    }
    g.setFont(small);
    for (int c = i0; c <= i1; c++) {
      double x = labelW + c * itemW - hOff;
      Overview.Column col = vm.column(c);
      g.setFill(col.kind() == Overview.Kind.FACT ? FACT : QUOTE);
      g.fillRect(x, 26, itemW - 1, 4);
      g.save();
      g.translate(x + itemW / 2, HEADER_H - 4);
      g.rotate(-90);
      g.setFill(col.id().equals(selected) ? ACCENT : k.ink());
      g.fillText(col.id(), 0, 0);
      g.restore();
    }
    for (int r = r0; r <= r1; r++) {
      double x = labelW + refStart + r * REF_W - hOff;
      Overview.Column col = vm.column(items + r);
      g.setFill(col.id().equals(selected) ? ACCENT : k.ink());
      g.setFont(bold);
      g.fillText(fit(col.title(), bold, REF_W - 8), x + 2, HEADER_H - 24);
      g.setFont(small);
      g.setFill(k.grey());
      g.fillText(col.id() + " · " + col.outlets() + (col.outlets() == 1 ? " outlet" : " outlets"), x + 2, HEADER_H - 9);
    }
    legend(g, k);

    // The cell under the pointer, and the keyboard's cursor.
    outline(g, hovered, k.ink(), 1.5, vOff, hOff);
    if (canvas.isFocused()) {
      outline(g, cursor, ACCENT, 2, vOff, hOff);
    }
    drawNanos = System.nanoTime() - t0;
  }

  /** The legend in the top-left corner, above the row headings. */
  private void legend(GraphicsContext g, Colours k) {
    g.setFill(k.header());
    g.fillRect(0, 0, labelW, HEADER_H);
    g.setFont(small);
    double y = 10;
    Object[][] rows = {
      {FACT, "fact reported"},
      {QUOTE, "quotation carried"},
      {ALTERED, "quotation altered"},
      {k.empty(), "left out"},
      {k.loaded(), "loaded label"},
      {k.neutral(), "neutral label"},
    };
    for (Object[] r : rows) {
      g.setFill((Color) r[0]);
      g.fillRect(8, y - 5, 10, 10);
      g.setFill(k.ink());
      g.fillText(fit((String) r[1], small, labelW - 30), 24, y);
      y += 15;
    }
    g.setStroke(k.grey());
    g.setLineWidth(0.5);
    g.strokeLine(0, HEADER_H - 0.5, canvas.getWidth(), HEADER_H - 0.5);
    g.strokeLine(labelW - 0.5, 0, labelW - 0.5, canvas.getHeight());
  }

  private void outline(GraphicsContext g, Hit h, Color colour, double width, double vOff, double hOff) {
    if (h == null || h.entry() < 0 || h.entry() >= vm.entries().size()) {
      return;
    }
    double y = HEADER_H + h.entry() * ROW_H - vOff;
    double x;
    double cw;
    if (h.column() < 0) {
      x = 0;
      cw = labelW;
    } else {
      x = labelW + columnX(h.column()) - hOff;
      cw = columnW(h.column()) - (h.column() < vm.items() ? 1 : 2);
      if (x < labelW) {
        return;
      }
    }
    if (y < HEADER_H) {
      return;
    }
    g.setStroke(colour);
    g.setLineWidth(width);
    g.strokeRect(x + 0.5, y + 0.5, cw - 1, ROW_H - 2);
  }
}
