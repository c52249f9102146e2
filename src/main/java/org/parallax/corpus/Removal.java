package org.parallax.corpus;

/**
 * A piece of the source file that cleaning left out of the article's text, with the reason. Every removal
 * is recorded so that an analyst can check that nothing of the article itself was lost.
 *
 * @param text the removed characters, as they stood in the decoded source
 * @param reason why it was removed, in words an analyst understands (e.g. "comment form")
 */
public record Removal(String text, String reason) {}
