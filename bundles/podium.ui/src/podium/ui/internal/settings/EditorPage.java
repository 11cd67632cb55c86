/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Settings ▸ Editor: the editors' font, its size and the font for Chinese characters, with a preview of
 * a plan line mixing both. Applying changes open editors at once.
 */
public final class EditorPage extends PreferencePage implements IWorkbenchPreferencePage {
    /** Plan lines mixing Latin and Chinese, the same in every language (the keywords are English). */
    private static final String PREVIEW = "indicator 实际利用外资 unit 亿美元\ntarget 2025: 12.5 亿美元 // 同比增长 8%"; //$NON-NLS-1$
    private Combo latin;
    private Spinner size;
    private Combo cjk;
    private StyledText preview;
    private Font previewFont;
    /** Restore Defaults was pressed: applying forgets the user's font rather than storing the default as one. */
    private boolean resetRequested;
    private final List<String> families = new ArrayList<>();

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.EditorPage_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        families.addAll(EditorFont.installedFamilies(parent.getDisplay()));
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        latin = combo(body, Messages.EditorPage_font, families);
        new Label(body, SWT.NONE).setText(Messages.EditorPage_size);
        size = new Spinner(body, SWT.BORDER);
        size.setValues(10, 6, 72, 0, 1, 2);
        List<String> cjkChoices = new ArrayList<>();
        cjkChoices.add(Messages.EditorPage_cjkNone);
        FontFamilies.PREFERRED_CJK.stream().filter(families::contains).forEach(cjkChoices::add);
        families.stream().filter(f -> !cjkChoices.contains(f)).forEach(cjkChoices::add);
        cjk = combo(body, Messages.EditorPage_cjkFont, cjkChoices);

        Group group = new Group(body, SWT.NONE);
        group.setText(Messages.EditorPage_preview);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(group);
        preview = new StyledText(group, SWT.BORDER | SWT.READ_ONLY | SWT.MULTI);
        preview.setText(PREVIEW);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 80).applyTo(preview);

        show(EditorFont.current());
        latin.addListener(SWT.Modify, e -> updatePreview());
        cjk.addListener(SWT.Modify, e -> updatePreview());
        size.addListener(SWT.Modify, e -> updatePreview());
        return body;
    }

    private static Combo combo(Composite parent, String label, List<String> items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private void show(FontData font) {
        FontFamilies parsed = FontFamilies.parse(font.getName());
        latin.setText(parsed.latin());
        size.setSelection(Math.max(6, font.getHeight()));
        cjk.setText(parsed.cjk().orElse(Messages.EditorPage_cjkNone));
        updatePreview();
    }

    /** The font the page shows now. */
    FontData chosen() {
        String chosenCjk = cjk.getText();
        Optional<String> second = chosenCjk.equals(Messages.EditorPage_cjkNone) ? Optional.empty() : Optional.of(chosenCjk);
        return new FontData(new FontFamilies(latin.getText(), second).name(), size.getSelection(), SWT.NORMAL);
    }

    /** Fills the fields as typing would (tests and keyboard use). */
    void choose(String latinFamily, int height, String cjkFamily) {
        latin.setText(latinFamily);
        size.setSelection(height);
        cjk.setText(cjkFamily == null ? Messages.EditorPage_cjkNone : cjkFamily);
    }

    private void updatePreview() {
        if (latin.getText().isBlank()) {
            return;
        }
        Font old = previewFont;
        previewFont = new Font(preview.getDisplay(), chosen());
        preview.setFont(previewFont);
        if (old != null) {
            old.dispose();
        }
    }

    @Override
    protected void performDefaults() {
        show(EditorFont.defaultFont(getShell().getDisplay()));
        resetRequested = true;
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        FontData chosen = chosen();
        FontData current = EditorFont.current();
        if (resetRequested && chosen.equals(EditorFont.defaultFont(getShell().getDisplay()))) {
            EditorFont.reset(getShell().getDisplay());
        } else if (!latin.getText().isBlank()
                && (!chosen.getName().equals(current.getName()) || chosen.getHeight() != current.getHeight())) {
            EditorFont.set(chosen);
        }
        resetRequested = false;
        return true;
    }

    @Override
    public void dispose() {
        if (previewFont != null) {
            previewFont.dispose();
        }
        super.dispose();
    }
}
