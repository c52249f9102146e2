package org.parallax.corpus;

import java.util.regex.Pattern;

/**
 * Turns Markdown into the plain text an article reader sees: heading marks, emphasis, list bullets and
 * quote markers go, links keep their words, images and link targets go. Line structure is kept so that
 * the cleaner sees the same paragraphs.
 */
final class MarkdownText {

  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  // Runs of characters are matched possessively ([^()]++): one regex step per character would overflow
  // the stack on a long link target, such as an inline data: image.
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^()]++|\\([^)]*\\))*\\)");
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
  private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
  private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("(?m)^\\s{0,3}(?:=+|-{2,})\\s*$");
  private static final Pattern BLOCKQUOTE = Pattern.compile("(?m)^\\s{0,3}>\\s?");
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s+");
  // Three marks, then any marks and spaces: a character class, not a repeated group, so that a very
  // long rule cannot overflow the stack.
  private static final Pattern RULE = Pattern.compile("(?m)^\\s{0,3}(?:[-*_]\\s*){3}[-*_\\s]*$");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(\\S(?:.*?\\S)?)\\1(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

  private MarkdownText() {}

  static String toPlainText(String markdown) {
    String s = HTML_COMMENT.matcher(markdown).replaceAll("");
    s = LINK_DEFINITION.matcher(s).replaceAll("");
    s = RULE.matcher(s).replaceAll("");
    s = SETEXT_UNDERLINE.matcher(s).replaceAll("");
    s = HEADING.matcher(s).replaceAll("$1");
    s = BLOCKQUOTE.matcher(s).replaceAll("");
    s = BULLET.matcher(s).replaceAll("");
    s = IMAGE.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll("$1");
    s = REFERENCE_LINK.matcher(s).replaceAll("$1");
    s = STRONG.matcher(s).replaceAll("$2");
    s = EMPHASIS.matcher(s).replaceAll("$2");
    s = CODE.matcher(s).replaceAll("$1");
    return s;
  }
}
