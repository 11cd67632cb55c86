/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import com.google.common.collect.Iterables;

import podium.model.Decomposition;
import podium.model.Meeting;
import podium.model.Organisation;
import podium.model.PlanningFile;
import podium.model.Project;

/**
 * The one canonical layout: one element per line, single spaces between words, one blank line kept
 * between elements, blocks indented by one tab with one entry per line; comments stay where they are.
 */
public class PodiumFormatter extends AbstractJavaFormatter {

    protected void format(PlanningFile file, IFormattableDocument doc) {
        for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(file)) {
            doc.append(region, f -> {
                f.oneSpace();
                f.lowPriority();
            });
        }
        tightPunctuation(file, doc);
        var whole = textRegionExtensions.regionForEObject(file);
        // The file's first statement starts the text: a line break before it would open the file with a blank line.
        EObject opening = file.getName() == null ? firstInText(file) : null;
        for (EObject statement : Iterables.concat(file.getImports(), file.getElements())) {
            if (statement != opening) {
                doc.prepend(statement, f -> f.setNewLines(1, 1, 2));
            }
        }
        file.getElements().forEach(element -> formatBlocks(element, doc));
        doc.set(whole.getPreviousHiddenRegion(), f -> f.noSpace());
        doc.set(whole.getNextHiddenRegion(), f -> f.setNewLines(1));
    }

    /** The file's first import or statement as written (an import may stand below statements, see PDM-L002). */
    private EObject firstInText(PlanningFile file) {
        EObject anImport = file.getImports().isEmpty() ? null : file.getImports().get(0);
        EObject element = file.getElements().isEmpty() ? null : file.getElements().get(0);
        if (anImport == null || element == null) {
            return anImport != null ? anImport : element;
        }
        return textRegionExtensions.regionForEObject(anImport).getOffset()
                < textRegionExtensions.regionForEObject(element).getOffset() ? anImport : element;
    }

    private void formatBlocks(EObject element, IFormattableDocument doc) {
        if (element instanceof Organisation org) {
            block(org, doc, org.getChildren());
            org.getChildren().forEach(child -> formatBlocks(child, doc));
        } else if (element instanceof Decomposition split) {
            block(split, doc, split.getShares());
        } else if (element instanceof Project project) {
            block(project, doc, project.getStageChanges());
        } else if (element instanceof Meeting meeting) {
            block(meeting, doc, meeting.getSpeeches());
        }
    }

    private void block(EObject owner, IFormattableDocument doc, java.util.List<? extends EObject> entries) {
        ISemanticRegion open = textRegionExtensions.regionFor(owner).keyword("{");
        ISemanticRegion close = textRegionExtensions.regionFor(owner).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.prepend(open, f -> f.oneSpace());
        doc.interior(open, close, f -> f.indent());
        for (EObject entry : entries) {
            doc.prepend(entry, f -> f.newLine());
        }
        doc.prepend(close, f -> f.newLine());
    }

    /**
     * A block comment keeps its own lines: on a line of its own it stays there, within a line it stays
     * within it. Xtext's replacer joins one side of a single-line comment to the line only, and the next
     * run joins the other (found by the fuzzer: formatting was not idempotent, tests/podium.fuzz).
     */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        if (isStrayByteOrderMark(comment)) {
            return removed(comment);
        }
        ITextReplacer replacer = super.createCommentReplacer(comment);
        if (!(replacer instanceof MultilineCommentReplacer)) {
            return replacer;
        }
        return new MultilineCommentReplacer(comment, '*') {
            @Override
            public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
                keepLines(leading);
                keepLines(trailing);
            }

            private void keepLines(WhitespaceReplacer whitespace) {
                if (whitespace.getRegion().isMultiline() || comment.isMultiline()) {
                    enforceNewLine(whitespace);
                } else {
                    enforceSingleSpace(whitespace);
                }
            }
        };
    }

    private void tightPunctuation(EObject root, IFormattableDocument doc) {
        for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(root)) {
            String text = region.getText();
            if (text.equals(",") || text.equals(":")) {
                doc.prepend(region, f -> f.noSpace());
            } else if (text.equals(".")) {
                doc.surround(region, f -> f.noSpace());
            } else if (text.equals("-") && region.getGrammarElement() instanceof org.eclipse.xtext.Keyword) {
                doc.append(region, f -> f.noSpace());
            }
        }
    }

    /**
     * A byte-order mark inside the text (files pasted together) is white space to the grammar, but not
     * to Xtext's formatter, which takes any hidden token that is not {@link Character#isWhitespace}
     * for a comment and has no replacer for it (found by the fuzzer, tests/podium.fuzz).
     */
    private static boolean isStrayByteOrderMark(IComment comment) {
        String text = comment.getText();
        return !text.isEmpty() && text.chars().allMatch(c -> c == '\uFEFF' || Character.isWhitespace(c));
    }

    /** Formatting drops the stray mark: the white space after it is laid out as if it were not there. */
    private static ITextReplacer removed(IComment comment) {
        return new CommentReplacer(comment) {
            @Override
            public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
                leading.getFormatting().setSpace(""); //$NON-NLS-1$
                leading.getFormatting().setNewLinesMin(0);
                leading.getFormatting().setNewLinesDefault(0);
                leading.getFormatting().setNewLinesMax(0);
            }

            @Override
            public ITextReplacerContext createReplacements(ITextReplacerContext context) {
                context.addReplacement(comment.replaceWith("")); //$NON-NLS-1$
                return context;
            }
        };
    }
}
