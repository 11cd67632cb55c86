/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import podium.importer.ImportedFigure;

/**
 * The original text beside the cleaned Simplified text, read-only; scrolling one scrolls the other to
 * the same relative position, and figures are highlighted in the cleaned text by role.
 */
final class TextPanes {

    private final TextViewer original;
    private final TextViewer cleaned;
    private boolean syncing;

    TextPanes(SashForm parent, String originalTitle, String cleanedTitle) {
        original = viewer(parent, originalTitle);
        cleaned = viewer(parent, cleanedTitle);
        sync(original, cleaned);
        sync(cleaned, original);
    }

    private static TextViewer viewer(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new FillLayout());
        TextViewer viewer = new TextViewer(group, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.setEditable(false);
        viewer.getTextWidget().setWordWrap(true);
        viewer.setDocument(new Document());
        return viewer;
    }

    private void sync(TextViewer from, TextViewer to) {
        from.getTextWidget().getVerticalBar().addListener(SWT.Selection, e -> follow(from, to));
        from.getTextWidget().addListener(SWT.MouseVerticalWheel, e -> follow(from, to));
        from.getTextWidget().addListener(SWT.KeyUp, e -> follow(from, to));
    }

    private void follow(TextViewer from, TextViewer to) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            StyledText source = from.getTextWidget();
            StyledText target = to.getTextWidget();
            int sourceRange = Math.max(1, source.getLineCount() - 1);
            int line = Math.round((float) source.getTopIndex() / sourceRange * (target.getLineCount() - 1));
            target.setTopIndex(line);
        } finally {
            syncing = false;
        }
    }

    void show(String originalText, String cleanedText, List<ImportedFigure> figures, List<int[]> repairedSpans,
            Function<ImportedFigure, Color> colorOf, Color repaired) {
        original.setDocument(new Document(originalText));
        cleaned.setDocument(new Document(cleanedText));
        highlight(cleaned.getTextWidget(), figureRanges(figures, colorOf, cleanedText.length()));
        highlight(original.getTextWidget(), spanRanges(repairedSpans, repaired, originalText.length()));
    }

    private static List<StyleRange> figureRanges(List<ImportedFigure> figures, Function<ImportedFigure, Color> colorOf, int length) {
        List<StyleRange> ranges = new ArrayList<>();
        int end = 0;
        for (ImportedFigure figure : figures.stream().sorted(Comparator.comparingInt(ImportedFigure::offset)).toList()) {
            int start = Math.max(figure.offset(), end);
            int stop = Math.min(figure.offset() + figure.length(), length);
            if (start < stop) {
                StyleRange range = new StyleRange(start, stop - start, null, colorOf.apply(figure));
                range.underline = figure.value() == null;
                ranges.add(range);
                end = stop;
            }
        }
        return ranges;
    }

    private static List<StyleRange> spanRanges(List<int[]> spans, Color color, int length) {
        List<StyleRange> ranges = new ArrayList<>();
        int end = 0;
        for (int[] span : spans.stream().sorted(Comparator.comparingInt(s -> s[0])).toList()) {
            int start = Math.max(span[0], end);
            int stop = Math.min(span[0] + span[1], length);
            if (start < stop) {
                ranges.add(new StyleRange(start, stop - start, null, color));
                end = stop;
            }
        }
        return ranges;
    }

    private static void highlight(StyledText widget, List<StyleRange> ranges) {
        widget.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    /** Selects and reveals a range of the cleaned text. */
    void revealCleaned(int offset, int length) {
        reveal(cleaned, offset, length);
    }

    /** Selects and reveals a range of the original text. */
    void revealOriginal(int offset, int length) {
        reveal(original, offset, length);
    }

    private void reveal(TextViewer viewer, int offset, int length) {
        StyledText widget = viewer.getTextWidget();
        int size = widget.getCharCount();
        int start = Math.min(Math.max(offset, 0), size);
        int end = Math.min(start + Math.max(length, 0), size);
        syncing = true;
        try {
            // the widget itself, not the viewer: the viewer's reveal miscounts wrapped lines
            widget.setSelection(end, start);
            widget.showSelection();
        } finally {
            syncing = false;
        }
    }

    StyledText originalWidget() {
        return original.getTextWidget();
    }

    StyledText cleanedWidget() {
        return cleaned.getTextWidget();
    }
}
