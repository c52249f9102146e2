/**
 * The analyst's own layer over one corpus: the code system, codings, memos, corrections of the machine's
 * findings and the workspace state, kept in a versioned project file beside the corpus ({@link
 * org.parallax.project.ProjectFile}). Everything here is plain values and pure functions over them: an
 * {@link org.parallax.project.Edit} turns one {@link org.parallax.project.Project} into the next, the
 * {@link org.parallax.project.History} keeps them for undo and redo, {@link
 * org.parallax.project.Anchor}s find a span again after re-analysis or an edit of the article file, and
 * {@link org.parallax.project.Corrections} apply the analyst's verdicts to an analysis. The app, the
 * command line and the exports read the project through this package; it knows nothing of them.
 */
package org.parallax.project;
