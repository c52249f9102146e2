/**
 * Direct quotations: who is quoted, and the same quotation across outlets.
 *
 * <p>Pipeline, for the {@code quotes} section of the analysis file:
 *
 * <pre>{@code
 * List<Quotation> quotes = new QuotationExtractor().extractAll(articles); // speakers unified
 * List<QuoteGroup> groups = new QuoteAligner().group(quotes);
 * }</pre>
 *
 * <p>{@link org.parallax.quotes.QuotationExtractor} finds every quoted stretch of each article
 * and its speaker; {@link org.parallax.quotes.SpeakerNames} gives each speaker one name across
 * the corpus; {@link org.parallax.quotes.QuoteAligner} groups the renderings of one quotation
 * and marks each {@link org.parallax.quotes.Match verbatim, partial or altered} relative to the
 * longest, with the {@link org.parallax.quotes.WordChange word changes} of altered ones. Every
 * range indexes the cleaned text of the article it belongs to.
 */
package org.parallax.quotes;
