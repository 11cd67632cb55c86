/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.internal.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

import podium.importer.FigureRole;
import podium.importer.ImportedFigure;
import podium.importer.ImportedSpeech;
import podium.importer.TargetProposals;
import podium.importer.TextRepair;
import podium.importer.ui.internal.Messages;
import podium.importer.ui.internal.SpeechImport;
import podium.importer.ui.internal.model.SpeechLines;
import podium.importer.ui.internal.model.SpeechSpans;
import podium.importer.ui.internal.model.SpeechSpans.Place;
import podium.importer.ui.internal.targets.TargetReviewDialog;
import podium.ui.internal.parts.ReadOnlyEditorPart;
import podium.core.text.Counts;

/**
 * Reviews one imported text: the original beside the cleaned text, the figures and the repairs of the
 * chosen speech in tables; selecting a row reveals it in both texts. Read-only: it is never dirty.
 */
public final class SpeechReviewEditor extends ReadOnlyEditorPart {

    private SpeechImport imported;
    private ImportedSpeech speech;
    private final Map<FigureRole, Color> roleColors = new EnumMap<>(FigureRole.class);
    private Color missingColor;
    private Color repairedColor;
    private Combo speechChoice;
    private Label details;
    private Button proposeButton;
    private TextPanes panes;
    private RecordTable<ImportedFigure> figures;
    private RecordTable<TextRepair> repairs;
    private CTabFolder tabs;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof SpeechReviewInput review)) {
            throw new PartInitException(Messages.SpeechReviewEditor_badInput);
        }
        setSite(site);
        setInput(input);
        imported = review.imported();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        for (FigureRole role : FigureRole.values()) {
            roleColors.put(role, RoleColors.of(role));
        }
        missingColor = new Color(RoleColors.MISSING);
        repairedColor = new Color(RoleColors.REPAIRED);
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
        createHeader(body);
        SashForm vertical = new SashForm(body, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm texts = new SashForm(vertical, SWT.HORIZONTAL);
        panes = new TextPanes(texts, Messages.SpeechReviewEditor_original, Messages.SpeechReviewEditor_cleaned);
        createTabs(vertical);
        vertical.setWeights(3, 2);
        showSpeech(0);
    }

    private void createHeader(Composite body) {
        Composite header = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(header);
        new Label(header, SWT.NONE).setText(Messages.SpeechReviewEditor_speech);
        speechChoice = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<ImportedSpeech> speeches = imported.result().speeches();
        for (int i = 0; i < speeches.size(); i++) {
            speechChoice.add(speechLabel(i, speeches.get(i)));
        }
        speechChoice.addListener(SWT.Selection, e -> showSpeech(speechChoice.getSelectionIndex()));
        proposeButton = new Button(header, SWT.PUSH);
        proposeButton.setText(Messages.SpeechReviewEditor_proposeTargets);
        proposeButton.addListener(SWT.Selection, e -> proposeTargets());
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(proposeButton);
        details = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(details);
    }

    private static String speechLabel(int index, ImportedSpeech speech) {
        String title = speech.title() != null ? speech.title() : Messages.SpeechReviewEditor_untitled;
        return NLS.bind(Messages.SpeechReviewEditor_speechLabel, index + 1, title);
    }

    private void createTabs(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
        figures = new RecordTable<>(tabs, ImportedFigure.class, this::revealFigure)
                .column(Messages.SpeechReviewEditor_indicator, 140, ImportedFigure::indicator)
                .column(Messages.SpeechReviewEditor_value, 80, f -> f.value() == null ? null : f.value().toPlainString())
                .column(Messages.SpeechReviewEditor_unit, 70, ImportedFigure::unit)
                .column(Messages.SpeechReviewEditor_qualifier, 60, f -> Labels.of(f.qualifier()))
                .column(Messages.SpeechReviewEditor_role, 60, f -> Labels.of(f.role()))
                .column(Messages.SpeechReviewEditor_of, 40, ImportedFigure::of)
                .column(Messages.SpeechReviewEditor_period, 70, ImportedFigure::period)
                .column(Messages.SpeechReviewEditor_quote, 260, ImportedFigure::quote)
                .column(Messages.SpeechReviewEditor_line, 50, ImportedFigure::line);
        repairs = new RecordTable<>(tabs, TextRepair.class, this::revealRepair)
                .column(Messages.SpeechReviewEditor_position, 80, r -> r.line() + ":" + r.column()) //-NLS-1$
                .column(Messages.SpeechReviewEditor_kind, 90, r -> Labels.of(r.kind()))
                .column(Messages.SpeechReviewEditor_before, 200, TextRepair::before)
                .column(Messages.SpeechReviewEditor_after, 200, TextRepair::after);
        tab(Messages.SpeechReviewEditor_figuresTab, figures);
        tab(Messages.SpeechReviewEditor_repairsTab, repairs);
        tabs.setSelection(0);
    }

    private void tab(String title, RecordTable<?> table) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(table.viewer().getControl());
    }

    /** Shows the speech at {@code index} of the import (0-based); nothing when the text had none. */
    public void showSpeech(int index) {
        List<ImportedSpeech> speeches = imported.result().speeches();
        if (speeches.isEmpty()) {
            details.setText(Counts.format(Messages.SpeechReviewEditor_noSpeech, imported.result().problems().size()));
            proposeButton.setEnabled(false);
            figures.setInput(List.of());
            repairs.setInput(imported.result().repairs());
            panes.show(imported.result().inputText(), "", List.of(), List.of(), f -> null, repairedColor); //-NLS-1$
            return;
        }
        speech = speeches.get(index);
        speechChoice.select(index);
        List<TextRepair> speechRepairs = SpeechLines.repairsOf(imported.result().repairs(), speech);
        List<int[]> repaired = speechRepairs.stream().map(r -> SpeechSpans.of(speech, r).original())
                .map(span -> new int[] { span.start(), span.length() }).toList();
        panes.show(speech.originalText(), speech.text(), speech.figures(), repaired, this::colorOf, repairedColor);
        figures.setInput(speech.figures());
        repairs.setInput(speechRepairs);
        details.setText(NLS.bind(Messages.SpeechReviewEditor_details, new Object[] { orDash(speech.meeting()), orDash(speech.speaker()),
                orDash(speech.date()), speech.figures().size(), speech.problems().size(), imported.result().encoding() }));
        details.getParent().layout();
        proposeButton.setEnabled(!TargetProposals.of(speech).isEmpty());
    }

    private static String orDash(String value) {
        return value == null ? "\u2014" : value; //-NLS-1$
    }

    private Color colorOf(ImportedFigure figure) {
        return figure.value() == null ? missingColor : roleColors.get(figure.role());
    }

    private void revealFigure(ImportedFigure figure) {
        reveal(SpeechSpans.of(speech, figure));
    }

    private void revealRepair(TextRepair repair) {
        reveal(SpeechSpans.of(speech, repair));
    }

    private void reveal(Place place) {
        panes.revealOriginal(place.original().start(), place.original().length());
        panes.revealCleaned(place.cleaned().start(), place.cleaned().length());
    }

    private void proposeTargets() {
        new TargetReviewDialog(getSite().getShell(), imported.source().getProject(), TargetProposals.of(speech)).open();
    }

    /** The speech shown, for tests. */
    public ImportedSpeech speech() {
        return speech;
    }

    /** The figure table, for tests. */
    public org.eclipse.jface.viewers.TableViewer figureTable() {
        return figures.viewer();
    }

    /** The repair table, for tests. */
    public org.eclipse.jface.viewers.TableViewer repairTable() {
        return repairs.viewer();
    }

    /** The text widgets, original first, for tests. */
    public org.eclipse.swt.custom.StyledText[] textWidgets() {
        return new org.eclipse.swt.custom.StyledText[] { panes.originalWidget(), panes.cleanedWidget() };
    }

    @Override
    public void setFocus() {
        figures.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        roleColors.clear();
        super.dispose();
    }
}
