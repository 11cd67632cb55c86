/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Settings ▸ Appearance: the workbench theme through the E4 CSS engine. Applying switches the theme at
 * once (the engine restyles every open window and sets the text editors' colours from the theme's
 * preference styles) and remembers it for the next start.
 */
public final class AppearancePage extends PreferencePage implements IWorkbenchPreferencePage {
    private final List<Button> choices = new ArrayList<>();
    private IThemeEngine engine;

    @Override
    public void init(IWorkbench workbench) {
        engine = Themes.engine();
        setDescription(Messages.AppearancePage_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        Group group = new Group(body, SWT.NONE);
        group.setText(Messages.AppearancePage_theme);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        if (engine != null) {
            for (ITheme theme : Themes.offered(engine)) {
                Button choice = new Button(group, SWT.RADIO);
                choice.setText(Themes.label(theme));
                choice.setData(theme);
                choices.add(choice);
            }
        }
        select(engine == null ? null : engine.getActiveTheme());
        new Label(body, SWT.WRAP).setText(Messages.AppearancePage_note);
        return body;
    }

    private void select(ITheme theme) {
        for (Button choice : choices) {
            choice.setSelection(theme != null && Objects.equals(((ITheme) choice.getData()).getId(), theme.getId()));
        }
    }

    /** The theme chosen on the page, or null if none is. */
    ITheme selected() {
        return choices.stream().filter(Button::getSelection).map(b -> (ITheme) b.getData()).findFirst().orElse(null);
    }

    /** Chooses a theme on the page as a click would (tests and keyboard use). */
    void choose(String themeId) {
        choices.forEach(b -> b.setSelection(((ITheme) b.getData()).getId().equals(themeId)));
    }

    @Override
    protected void performDefaults() {
        choose(Themes.LIGHT);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        ITheme theme = selected();
        if (engine != null && theme != null && !theme.equals(engine.getActiveTheme())) {
            engine.setTheme(theme, true);
        }
        return true;
    }
}
