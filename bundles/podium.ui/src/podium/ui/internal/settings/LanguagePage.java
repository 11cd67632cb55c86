/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

import podium.core.io.AtomicFiles;

/**
 * Settings ▸ Language: 简体中文, English or the system's language. The choice is written where the
 * launch script reads it ({@link LanguageSetting}) and takes effect at the next start; the page says
 * so and offers to restart.
 */
public final class LanguagePage extends PreferencePage implements IWorkbenchPreferencePage {
    private final List<Button> choices = new ArrayList<>();
    private LanguageSetting setting = LanguageSetting.ofUser();
    private Optional<String> saved = Optional.empty();

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.LanguagePage_description);
    }

    /** Where the choice goes; tests point it at a temporary file. */
    void useSetting(LanguageSetting other) {
        this.setting = other;
        saved = other.chosen();
        select(saved);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        addChoice(body, NLS.bind(Messages.LanguagePage_system, nameOf(systemLanguage())), null);
        for (String language : LanguageSetting.LANGUAGES) {
            addChoice(body, nameOf(language), language);
        }
        saved = setting.chosen();
        select(saved);
        Label current = new Label(body, SWT.WRAP);
        current.setText(NLS.bind(Messages.LanguagePage_current, nameOf(Platform.getNL())));
        Label restart = new Label(body, SWT.WRAP);
        restart.setText(Messages.LanguagePage_restart);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(current);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(restart);
        return body;
    }

    private void addChoice(Composite parent, String label, String language) {
        Button choice = new Button(parent, SWT.RADIO);
        choice.setText(label);
        choice.setData(language);
        choices.add(choice);
    }

    /**
     * The language of the system's locale variables as the launch script read them (podium.systemNl), not
     * the one Podium runs in: that is the chosen one, or -nl's. English when the locale names none (C, POSIX).
     */
    static String systemLanguage() {
        String fromScript = System.getProperty("podium.systemNl", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return fromScript.isBlank() ? Locale.ENGLISH.getLanguage() : fromScript;
    }

    /** A language's own name (简体中文, English), as users look for it whatever the current language. */
    static String nameOf(String tag) {
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        if ("zh".equals(locale.getLanguage())) { //$NON-NLS-1$
            return "简体中文"; //$NON-NLS-1$
        }
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void select(Optional<String> language) {
        choices.forEach(b -> b.setSelection(language.equals(Optional.ofNullable((String) b.getData()))));
    }

    /** The language chosen on the page (empty: the system's). */
    Optional<String> selected() {
        return choices.stream().filter(Button::getSelection).findFirst().map(b -> Optional.ofNullable((String) b.getData()))
                .orElse(Optional.empty());
    }

    /** Chooses as a click would (tests and keyboard use); null is "follow the system". */
    void choose(String language) {
        select(Optional.ofNullable(language));
    }

    @Override
    protected void performDefaults() {
        select(Optional.empty());
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        Optional<String> chosen = selected();
        if (chosen.equals(saved)) {
            return true;
        }
        try {
            setting.choose(chosen);
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.LanguagePage_writeFailed, setting.file(), AtomicFiles.describe(e)));
            return false;
        }
        saved = chosen;
        offerRestart();
        return true;
    }

    private void offerRestart() {
        MessageDialog ask = new MessageDialog(getShell(), Messages.LanguagePage_restartTitle, null,
                Messages.LanguagePage_restart, MessageDialog.QUESTION, 0, Messages.LanguagePage_restartNow,
                Messages.LanguagePage_restartLater);
        if (ask.open() == 0) {
            getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
        }
    }
}
