/**
 * Framing analysis: how each outlet's wording frames the same thing.
 *
 * <p>Entry point {@link org.parallax.framing.FramingAnalyzer}, run by the analysis pipeline after
 * quotations and facts are aligned:
 *
 * <pre>{@code
 * FramingLexicon lexicon = FramingLexicon.bundled().extend(CorpusSettings.read(folder).lexicon());
 * FramingAnalyzer.Result r = new FramingAnalyzer(lexicon)
 *     .analyze(articles, quotations, quoteGroups, alignment.facts(), factIds, quoteAlterations);
 * // r.referents(), r.hedges(), r.divergences(), r.outlets(), r.proposedTerms()
 * }</pre>
 *
 * <p>Stages: {@code Tagger} (OpenNLP English UD tokens and parts of speech, offsets into the cleaned
 * text) → {@code MentionFinder} (noun phrases by chunking rules: the whole phrase an outlet wrote, its
 * head, its name and titles, declared aliases) → {@code ReferentResolver} (referents, from names,
 * aliases, labels built on names, roles, definite descriptions and aligned text) → {@code
 * HedgeFinder} → {@code TermDiscovery} → {@code DivergenceFinder} (label, hedge, wording, omission,
 * ranked with the quotation alterations) → {@code OutletProfiles}. The word lists are {@link
 * org.parallax.framing.FramingLexicon}: editable JSON in {@code resources/parallax/lexicon/}.
 *
 * <p>No JavaFX, no front ends: this is engine code. Every span indexes an article's cleaned text.
 */
package org.parallax.framing;
