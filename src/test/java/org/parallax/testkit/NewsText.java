package org.parallax.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates "news-like nasty text": real fragments of news prose (attributions, quotations, names,
 * hedges, labels) mixed with what real pages hold and what breaks text code: hyphens and dashes at
 * word edges ({@code pro-}, {@code -based}, {@code —}, {@code –}), every quotation-mark style
 * (straight, curly, guillemets, {@code ''} and {@code ``}, nested and unbalanced), apostrophes,
 * ellipses, initials and abbreviations, numbers with separators, URLs, e-mail addresses, hashtags,
 * all-caps lines, emoji and other astral characters, combining accents, right-to-left and CJK text,
 * control characters and odd spaces, very long tokens and very long sentences.
 *
 * <p>A sample is a list of parts whose concatenation is the text, so that {@link Props} can shrink a
 * failing sample by dropping and shortening parts. Generation is deterministic for a given random
 * source.
 */
public final class NewsText {

  private NewsText() {}

  /** A generated text as the parts it was made of. */
  public record Sample(List<String> parts) {
    public Sample {
      parts = List.copyOf(parts);
    }

    public String text() {
      return String.join("", parts);
    }

    @Override
    public String toString() {
      return Props.javaLiteral(text());
    }
  }

  // ---- Real prose, as the seeds and wire copy have it ----

  static final String[] SENTENCES = {
    "U.S. Secretary of State John Kerry said on Friday that military talks with Russia were an important next step.",
    "LONDON – U.S. President Barack Obama believes it is important to hold military-to-military talks with Russia, Kerry told reporters.",
    "\"We are looking for ways to find common ground,\" Kerry said.",
    "“The Assad regime has lost legitimacy,” said Sergei Lavrov, the Russian foreign minister, adding that Moscow “will not abandon” Damascus.",
    "The Takfiri terrorists of Daesh reportedly seized the town, according to local sources.",
    "Islamic State militants are believed to have withdrawn from Palmyra, U.S. officials say.",
    "ISIL (Islamic State) fighters allegedly used chemical weapons, the Wall Street Journal reported.",
    "Moscow's alleged deployment of troops to Syria has alarmed Washington.",
    "Russian Foreign Minister Sergei Lavrov met his U.S. counterpart in Geneva on Sept. 14.",
    "Defence Minister Sergei K. Shoigu spoke by phone with Pentagon chief Ashton Carter.",
    "He said: “Russia and the U.S. follow the same goals in Syria.”",
    "White House spokesman Josh Earnest told reporters the talks were “a way to deconflict.”",
    "Diplomats said the pro- and anti-government forces had agreed to a ceasefire.",
    "The Kremlin-backed, U.S.-led and Iran-allied groups met in Vienna.",
    "President Bashar al-Assad's forces, backed by Hezbollah, advanced on Aleppo.",
    "Millions of Syrians have fled the four-year conflict, the U.N. says.",
    "Abdullah bin Zayed Al Nahyan, the UAE foreign minister, arrived in Moscow.",
    "Kim Jong-un and Ban Ki-moon were not mentioned.",
    "Reports have surfaced that Russian jets struck rebel-held areas near Homs.",
    "According to a senior State Department official, the meeting lasted 90 minutes.",
    "Mr. Kerry, Dr. Smith and Gen. Dunford met at 10 a.m. on Jan. 5 at the U.S. Embassy.",
    "“Why?” Kerry asked. “Because we must.”",
    "'We will see,' the minister said, 'whether they mean it.'",
    "The so-called \"moderate opposition\" — as Washington calls it — is losing ground.",
    "Some 4,000,000 refugees, or 1.5 per cent of the region, crossed at 3.30 p.m.",
    "The ministry said it would \"retool and calibrate\" its strategy.",
    "It's the U.S.-Russia talks' first round since the '90s, officials say.",
    "The pro-Western, anti-ISIL coalition's strikes continued.",
    "Kerry: Russia, US Follow Same Goals in Syria against ISIL",
    "Washington says the strikes hit civilians; Moscow argues they did not.",
  };

  static final String[] NAMES = {
    "John Kerry", "Sergei Lavrov", "Bashar al-Assad", "Vladimir Putin", "Barack Obama", "Josh Earnest",
    "the Islamic State", "ISIL", "Daesh", "the Kremlin", "the White House", "the Pentagon", "Hezbollah",
    "the State Department", "the U.N. Security Council", "Ban Ki-moon", "Abu Bakr al-Baghdadi",
    "Sergei K. Shoigu", "the Russian foreign minister", "U.S. officials", "a senior diplomat", "the Times",
  };

  static final String[] VERBS = {
    "said", "told reporters", "added", "warned", "claimed", "argues", "says", "noted", "asked", "reported",
    "is believed to have said", "reportedly said", "allegedly told", "insisted",
  };

  static final String[] HEDGES = {
    "reportedly", "allegedly", "according to sources", "is believed to", "citing officials",
    "reports have surfaced", "it is said", "sources close to the Kremlin", "apparently", "U.S. officials say",
  };

  static final String[] WORDS = {
    "the", "talks", "with", "Russia", "on", "Syria", "military", "ceasefire", "in", "Aleppo", "and",
    "terrorists", "militants", "regime", "forces", "rebels", "government", "strikes", "civilians", "a",
    "of", "to", "its", "their", "coalition", "opposition", "foreign", "minister", "meeting", "Geneva",
  };

  // ---- The nasty parts ----

  static final String[] DASHES = {
    "pro-", "-based", "anti-", "—", "–", "-", "--", " - ", "‐", "‑", "‒", "―", "pro- and anti-government",
    "well -known", "US- backed", "-", "Soviet-era", "co-operate", "al-", "-al", "x-", "-x-", "a-b-c-d-e",
    "―—–‐", "self-—styled", "twenty-first-century", "Russia–US", "1990–2015", "—“", "”—",
  };

  static final String[] QUOTES = {
    "\"", "“", "”", "‘", "’", "'", "«", "»", "‹", "›", "„", "‟", "‚", "``", "''", "「", "」", "『", "』",
    "“quoted”", "\"straight\"", "«guillemets»", "« spaced »", "»reversed«", "„German“", "‚single‘",
    "``TeX''", "“nested ‘inner’ quote”", "‘outer “double” inner’", "“unclosed", "unopened”",
    "“”", "\"\"", "''", "“ ”", "“,”", "“...”", "“—”", "'s", "s'", "“A,” he said, “B.”",
    "“Syria“", "\"{\"key\":\"value\"}\"", "'", "“‘“’”", "«“»”",
  };

  static final String[] APOSTROPHES = {
    "don't", "Moscow's", "troops'", "’90s", "rock ’n’ roll", "o'clock", "O’Brien", "it’s", "'tis",
    "Assad’s", "US's", "ISIS’", "d'Estaing", "can’t", "y'all", "’", "'", "n't", "'s",
  };

  static final String[] ELLIPSES = {"...", "…", ". . .", "....", "…”", "“…", "[…]", "(...)", "?!", "!!!", "?”", "...\""};

  static final String[] ABBREVIATIONS = {
    "U.S.", "U.N.", "U.K.", "E.U.", "Mr.", "Mrs.", "Dr.", "Gen.", "Sen.", "Lt. Col.", "e.g.", "i.e.",
    "etc.", "Inc.", "Corp.", "No. 10", "Sept.", "Jan.", "a.m.", "p.m.", "St.", "vs.", "K.", "J. R. R.",
    "Ph.D.", "U.S.-", "D.C.", "al.", "approx.", "pp.", "Fig. 3", "A.", "Z.", "Ave.", "Jr.",
  };

  static final String[] NUMBERS = {
    "1,000,000", "3.14", "1.000,50", "10 000", "10\u00A0000", "10\u202F000", "5%", "$4.5bn", "€12m",
    "2015-09-18", "18.09.2015", "12:30", "-40", "+7", "1/2", "½", "3rd", "1990s", "0.0001", "1e-9",
    "٣٤٥", "१२३", "１２３", "Ⅻ", "2,5", "9.", "No.1", "#1", "1-2", "1–2",
  };

  static final String[] LINKS = {
    "https://example.com/a-b?x=1&y=2#frag", "http://www.example.org/2015/09/14/alalam_635778554017674360.jpg",
    "www.example.net", "(http://t.co/abc)", "<https://example.com>", "https://例え.jp/パス",
    "ftp://x.y/z", "https://example.com/“quoted”", "jane.doe@example.com", "press@state.gov",
    "mailto:a@b.c", "#Syria", "#BREAKING", "@StateDept", "@jane_doe", "#", "@", "[link](https://e.com)",
    "![img](x.png)", "https://example.com/" + "a".repeat(300),
  };

  static final String[] CAPS_LINES = {
    "BREAKING NEWS", "LONDON –", "MOSCOW (Reuters) -", "UPDATE:", "EXCLUSIVE", "WATCH: VIDEO",
    "ALL CAPS LINE WITH NO PUNCTUATION", "SHARE THIS ARTICLE", "ADVERTISEMENT", "RELATED", "BY JANE DOE",
    "PHOTO: AFP", "READ MORE", "Tags: Syria, Russia", "© 2015 Example Times", "Share on Facebook",
    "By The Moscow Times", "September 18, 2015", "Original url:", "Posted by admin",
  };

  static final String[] ASTRAL = {
    "😀", "👍🏽", "🇸🇾", "👨‍👩‍👧‍👦", "𝐁𝐨𝐥𝐝", "𠜎", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "🏳️‍🌈", "❤️", "🔥🔥🔥", "𓀀", "🙂.", "“😀”",
    "a😀b", "😀-😀", "𝟏𝟐𝟑", "\uD83D\uDE00'", "𐐷", "𐐷𐐷ending",
  };

  static final String[] COMBINING = {
    "e\u0301", "Zoe\u0308", "a\u0300\u0301\u0302\u0303", "Beyonce\u0301", "\u0301leading", "n\u0303",
    "Ș", "ǅ", "ß", "İstanbul", "ﬁnal", "Ångström", "Ælfred", "Dž", "x\u20DD", "\u0338", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̯̈",
  };

  static final String[] RTL = {
    "قال الوزير إن المحادثات مستمرة.", "שלום עולם", "\u200Fقال\u200F", "\u200Eleft\u200E", "\u202Eevil\u202C",
    "\u2067isolate\u2069", "داعش", "«قال»", "ISIS (داعش)", "بشار الأسد", "٪", "،", "؟", "؛",
  };

  static final String[] CJK = {
    "东京。北京！", "「こんにちは」と言った。", "中国外交部发言人表示，", "韩国（서울）", "『二重』", "ｶﾀｶﾅ",
    "习近平说：“我们”", "。", "！", "？", "｡", "、", "〜", "ー", "한국어 문장입니다.", "普京", "（括弧）",
  };

  static final String[] CONTROLS = {
    "\t", "\u000B", "\f", "\r", "\r\n", "\n", "\n\n", "\n\n\n", "\u0085", "\u2028", "\u2029", "\u0007",
    "\u001B[2K", "\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00A0", "\u2007", "\u3000",
    "\u0001", "\u007F", "\u0080", "\u009F", "\uFFFD", "\uFFFF", "\uE000", " ", "  ", "\t\t", " \n ", "\n \n",
  };

  static final String[] LONE_SURROGATES = {"\uD800", "\uDC00", "\uDBFF", "x\uDFFFy", "\uDC00\uD800"};

  static final String[] SPACERS = {" ", " ", " ", " ", "", "\n", "\n\n", "  ", "\u00A0", "\t", " — ", ", "};

  /** Lone surrogates come only from escaped JSON strings; leave them out unless asked. */
  public static Sample sample(SplittableRandom r) {
    return sample(r, false);
  }

  /**
   * An article-sized text (a few hundred to a few thousand characters; now and then much longer),
   * made of paragraphs of sentences, each mixing real prose with nasty parts.
   *
   * @param loneSurrogates whether parts may hold unpaired surrogates (text from escaped JSON can)
   */
  public static Sample sample(SplittableRandom r, boolean loneSurrogates) {
    List<String> parts = new ArrayList<>();
    if (r.nextInt(6) == 0) {
      parts.add(pick(r, CAPS_LINES));
      parts.add(pick(r, new String[] {"\n", "\n\n", "\r\n"}));
    }
    int paragraphs = 1 + r.nextInt(r.nextInt(8) == 0 ? 12 : 5);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        parts.add(pick(r, new String[] {"\n\n", "\n", "\n\n", "\r\n\r\n", "\n \n", "\n\n\n"}));
      }
      int sentences = 1 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          parts.add(pick(r, new String[] {" ", " ", "  ", "", "\u00A0", "\n"}));
        }
        sentence(r, parts, loneSurrogates);
      }
    }
    if (r.nextInt(5) == 0) {
      parts.add(pick(r, new String[] {"\n", "\n\n"}));
      parts.add(pick(r, CAPS_LINES));
    }
    return new Sample(parts);
  }

  /** One short piece of text: a single nasty part or real sentence, for focused properties. */
  public static Sample fragment(SplittableRandom r) {
    List<String> parts = new ArrayList<>();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        parts.add(pick(r, SPACERS));
      }
      parts.add(nasty(r, false));
    }
    return new Sample(parts);
  }

  private static void sentence(SplittableRandom r, List<String> parts, boolean loneSurrogates) {
    int kind = r.nextInt(10);
    if (kind < 3) {
      // A real sentence, whole, with one nasty part put in at a word boundary or glued to a word.
      String s = pick(r, SENTENCES);
      if (r.nextBoolean()) {
        int cut = r.nextInt(s.length() + 1);
        while (cut < s.length() && Character.isLowSurrogate(s.charAt(cut))) {
          cut++;
        }
        parts.add(s.substring(0, cut));
        parts.add(nasty(r, loneSurrogates));
        parts.add(s.substring(cut));
      } else {
        parts.add(s);
      }
      return;
    }
    if (kind < 5) {
      // An attributed quotation in one of many shapes.
      String[] open = {"“", "\"", "«", "‘", "'", "„", "``", "‹", ""};
      String[] close = {"”", "\"", "»", "’", "'", "“", "''", "›", ""};
      int o = r.nextInt(open.length);
      int c = r.nextBoolean() ? o : r.nextInt(close.length);
      String words = words(r, 2 + r.nextInt(10), loneSurrogates);
      String who = pick(r, NAMES);
      String verb = pick(r, VERBS);
      switch (r.nextInt(4)) {
        case 0 -> parts.add(open[o] + words + "," + close[c] + " " + who + " " + verb + ".");
        case 1 -> parts.add(who + " " + verb + ": " + open[o] + words + "." + close[c]);
        case 2 -> parts.add(capitalised(who) + " " + verb + " that " + open[o] + words + close[c] + " " + words(r, 3, false) + ".");
        default -> parts.add(open[o] + words + close[c] + " " + verb + " " + who + ", " + pick(r, HEDGES) + ".");
      }
      return;
    }
    if (kind == 5 && r.nextInt(4) == 0) {
      // A very long sentence, or a very long token.
      if (r.nextBoolean()) {
        parts.add(words(r, 200 + r.nextInt(800), loneSurrogates) + ".");
      } else {
        String unit = pick(r, new String[] {"a", "Ab", "x-", "😀", "1,", "e\u0301", "..", "—", "'", "“", "U.", "東"});
        parts.add("Token " + unit.repeat(500 + r.nextInt(3000)) + " end.");
      }
      return;
    }
    // Built from words and nasty parts.
    int n = 3 + r.nextInt(r.nextInt(6) == 0 ? 60 : 15);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(pick(r, SPACERS));
      }
      int what = r.nextInt(10);
      if (what < 4) {
        b.append(pick(r, WORDS));
      } else if (what < 5) {
        b.append(pick(r, NAMES));
      } else if (what < 6) {
        b.append(r.nextBoolean() ? pick(r, VERBS) : pick(r, HEDGES));
      } else {
        // Flush, so that a nasty part is a part of its own and shrinks on its own.
        parts.add(b.toString());
        b.setLength(0);
        parts.add(nasty(r, loneSurrogates));
      }
    }
    b.append(pick(r, new String[] {".", ".", "?", "!", "", "…", ".”", "?\"", ":", ";", "。", "؟"}));
    parts.add(b.toString());
  }

  private static String words(SplittableRandom r, int n, boolean loneSurrogates) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(r.nextInt(8) == 0 ? pick(r, SPACERS) : " ");
      }
      int what = r.nextInt(12);
      if (what < 7) {
        b.append(pick(r, WORDS));
      } else if (what < 8) {
        b.append(pick(r, NAMES));
      } else {
        b.append(nasty(r, loneSurrogates));
      }
    }
    return b.toString();
  }

  /** One nasty part, sometimes glued to a word on either side. */
  static String nasty(SplittableRandom r, boolean loneSurrogates) {
    String[][] families = {
      DASHES, QUOTES, APOSTROPHES, ELLIPSES, ABBREVIATIONS, NUMBERS, LINKS, CAPS_LINES, ASTRAL, COMBINING,
      RTL, CJK, CONTROLS, HEDGES, NAMES,
    };
    String s = loneSurrogates && r.nextInt(20) == 0 ? pick(r, LONE_SURROGATES) : pick(r, families[r.nextInt(families.length)]);
    switch (r.nextInt(6)) {
      case 0:
        return pick(r, WORDS) + s;
      case 1:
        return s + pick(r, WORDS);
      default:
        return s;
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
