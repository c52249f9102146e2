package org.parallax.corpus;

/**
 * What is known about an article besides its text. Each field is {@code null} when the source does not
 * show it; nothing is guessed.
 *
 * @param published ISO date {@code yyyy-MM-dd}
 */
public record Metadata(String title, String outlet, String published, String url, String author) {

  public static final Metadata NONE = new Metadata(null, null, null, null, null);

  /** This metadata, with each unknown field taken from {@code fallback}. */
  public Metadata orElse(Metadata fallback) {
    return new Metadata(
        title != null ? title : fallback.title,
        outlet != null ? outlet : fallback.outlet,
        published != null ? published : fallback.published,
        url != null ? url : fallback.url,
        author != null ? author : fallback.author);
  }

  public Metadata withTitle(String value) {
    return new Metadata(value, outlet, published, url, author);
  }

  public Metadata withOutlet(String value) {
    return new Metadata(title, value, published, url, author);
  }

  public Metadata withPublished(String value) {
    return new Metadata(title, outlet, value, url, author);
  }

  public Metadata withUrl(String value) {
    return new Metadata(title, outlet, published, value, author);
  }

  public Metadata withAuthor(String value) {
    return new Metadata(title, outlet, published, url, value);
  }
}
