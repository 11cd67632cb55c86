/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import podium.reports.ReportDescriptor;
import podium.reports.ReportOption;
import podium.reports.ReportRegistry;

/**
 * Settings ▸ Report defaults: the folder exports go to, and each report's own options with the value the
 * Reports window fills in (empty: the default its plugin declares, shown greyed in the field). An
 * integer option takes only what {@link ReportOption#accepts} does, the rule the command line applies too.
 */
public final class ReportDefaultsPage extends PreferencePage implements IWorkbenchPreferencePage {

    private Text exportFolder;
    /** The option fields, by report and option. */
    private final Map<Text, Map.Entry<ReportDescriptor, ReportOption>> options = new LinkedHashMap<>();

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.ReportDefaultsPage_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.ReportDefaultsPage_exportFolder);
        exportFolder = new Text(body, SWT.SINGLE | SWT.BORDER);
        exportFolder.setMessage(Messages.ReportDefaultsPage_exportFolderNone);
        exportFolder.setText(ReportDefaults.exportFolderText());
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(exportFolder);
        exportFolder.addListener(SWT.Modify, e -> check());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.ReportDefaultsPage_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(exportFolder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                exportFolder.setText(chosen);
            }
        });
        for (ReportDescriptor report : ReportRegistry.getDefault().reports()) {
            if (!report.options().isEmpty()) {
                addReport(body, report);
            }
        }
        check();
        return body;
    }

    private void addReport(Composite body, ReportDescriptor report) {
        Group group = new Group(body, SWT.NONE);
        group.setText(report.label());
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(group);
        for (ReportOption option : report.options()) {
            new Label(group, SWT.NONE).setText(option.label() == null ? option.id() : option.label());
            Text field = new Text(group, SWT.SINGLE | SWT.BORDER);
            field.setMessage(option.defaultValue() == null ? "" : option.defaultValue()); //$NON-NLS-1$
            String value = ReportDefaults.option(report, option);
            field.setText(value == null ? "" : value); //$NON-NLS-1$
            GridDataFactory.fillDefaults().grab(true, false).hint(option.isInteger() ? 60 : 200, SWT.DEFAULT)
                    .applyTo(field);
            field.setData(option.id());
            field.addListener(SWT.Modify, e -> check());
            options.put(field, Map.entry(report, option));
        }
    }

    /** Says what is wrong with the first field that holds something unusable, and keeps OK from storing it. */
    private void check() {
        String problem = folderProblem(exportFolder.getText());
        for (Map.Entry<Text, Map.Entry<ReportDescriptor, ReportOption>> field : options.entrySet()) {
            ReportOption option = field.getValue().getValue();
            String text = field.getKey().getText().strip();
            if (problem == null && !text.isEmpty() && !option.accepts(text)) {
                problem = NLS.bind(Messages.ReportDefaultsPage_notANumber, option.label(), field.getValue().getKey().label());
            }
        }
        setErrorMessage(problem);
        setValid(problem == null);
    }

    private static String folderProblem(String folder) {
        if (folder.isBlank()) {
            return null;
        }
        try {
            return Files.isDirectory(Path.of(folder.strip())) ? null : NLS.bind(Messages.ReportDefaultsPage_noFolder, folder.strip());
        } catch (InvalidPathException e) {
            return NLS.bind(Messages.ReportDefaultsPage_noFolder, folder.strip());
        }
    }

    @Override
    protected void performDefaults() {
        exportFolder.setText(""); //$NON-NLS-1$
        options.keySet().forEach(field -> field.setText("")); //$NON-NLS-1$
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        ReportDefaults.setExportFolder(exportFolder.getText());
        options.forEach((field, option) -> ReportDefaults.setOption(option.getKey(), option.getValue(), field.getText()));
        ReportDefaults.save();
        return true;
    }
}
