/**
 * A content-addressed cache of per-article results on disk, so that re-opening an unchanged corpus
 * reuses the expensive work (sentence embeddings, tagging) and a changed article recomputes only its
 * own. An entry is keyed by a hash of everything its value depends on (the exact input text and the
 * engine's version of the method that computed it), so a stale entry is never found, only evicted; an
 * entry that is damaged, truncated or of another format is ignored and recomputed, never trusted.
 * Engine packages ({@code align}, {@code framing}) read and write entries; the pipeline chooses where
 * the cache lives ({@link org.parallax.cache.FolderCache#forCorpus}).
 */
package org.parallax.cache;
