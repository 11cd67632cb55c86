/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import podium.reports.ReportDescriptor;
import podium.reports.ReportRegistry;
import podium.reports.ui.internal.ReportDefaults;
import podium.reports.ui.internal.ReportsView;
import podium.testing.UiWait;

/**
 * Settings ▸ Report defaults, used as a user would: a whole number for an integer option, a folder that
 * exists; what OK stores is what the Reports window runs the report with and opens the export dialog in.
 */
class ReportDefaultsTest {

    private static final String PAGE = "podium.reports.ui.settings.defaults";

    @TempDir
    Path exports;

    @AfterEach
    void forget() {
        for (ReportDescriptor report : ReportRegistry.getDefault().reports()) {
            report.options().forEach(option -> ReportDefaults.setOption(report, option, null));
        }
        ReportDefaults.setExportFolder(null);
    }

    @Test
    void whatTheUserSetsIsWhatTheReportRunsWithAndWhereItIsExported() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(ReportsWindow.window().getShell(), PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.drain();
        PreferencePage page = (PreferencePage) dialog.getSelectedPage();
        Composite body = (Composite) page.getControl();
        Text stalled = field(body, "stalledMonths");
        // greyed, the plugin's default
        assertThat(stalled.getText()).isEmpty();
        assertThat(stalled.getMessage()).isEqualTo("3");

        stalled.setText("三");
        assertThat(page.isValid()).isFalse();
        assertThat(page.getErrorMessage()).contains("Stalled after (months)");
        stalled.setText("-2");
        assertThat(page.isValid()).isFalse();
        // full-width digits, as a Chinese input method types them, are a number here as in the report
        stalled.setText("１２");
        assertThat(page.isValid()).isTrue();
        stalled.setText("5");
        Text folder = texts(body).filter(t -> t.getData() == null).findFirst().orElseThrow();
        folder.setText(exports.resolve("nowhere").toString());
        assertThat(page.isValid()).isFalse();
        folder.setText(exports.toString());
        assertThat(page.isValid()).isTrue();
        press(dialog.getShell(), IDialogConstants.OK_ID);
        UiWait.drain();

        ReportsView view = ReportsWindow.show();
        assertThat(ReportsWindow.run(view, "pipeline").result().parameters().option("stalledMonths")).contains("5");
        assertThat(view.exportFolder()).contains(exports);
        // a report whose option the user left alone runs with its plugin's default
        assertThat(ReportsWindow.run(view, "measures").result().parameters().option("dueWithinDays")).isNotEqualTo(
                java.util.Optional.of("5"));
    }

    @Test
    void restoreDefaultsEmptiesEveryFieldAndOkForgetsTheUsersValues() {
        ReportDescriptor pipeline = ReportRegistry.getDefault().reports().stream().filter(r -> r.id().equals("pipeline"))
                .findFirst().orElseThrow();
        ReportDefaults.setOption(pipeline, pipeline.options().get(0), "7");
        ReportDefaults.setExportFolder(exports.toString());
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(ReportsWindow.window().getShell(), PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.drain();
        Composite body = (Composite) ((PreferencePage) dialog.getSelectedPage()).getControl();
        assertThat(field(body, "stalledMonths").getText()).isEqualTo("7");

        Button restore = controls(dialog.getShell()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(org.eclipse.jface.resource.JFaceResources.getString("defaults")))
                .findFirst().orElseThrow();
        restore.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        press(dialog.getShell(), IDialogConstants.OK_ID);
        UiWait.drain();

        assertThat(ReportDefaults.option(pipeline, pipeline.options().get(0))).isNull();
        assertThat(ReportDefaults.exportFolder()).isEmpty();
        assertThat(Files.isDirectory(exports)).isTrue();
    }

    private static Text field(Composite root, String optionId) {
        return texts(root).filter(t -> optionId.equals(t.getData())).findFirst().orElseThrow();
    }

    private static Stream<Text> texts(Composite root) {
        return controls(root).filter(Text.class::isInstance).map(Text.class::cast);
    }

    private static Stream<Control> controls(Composite root) {
        return Arrays.stream(root.getChildren()).flatMap(c -> c instanceof Composite inner
                ? Stream.concat(Stream.of(c), controls(inner)) : Stream.of(c));
    }

    /** Presses a dialog button as a click does. */
    private static void press(Composite root, int id) {
        List<Button> buttons = controls(root).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> Integer.valueOf(id).equals(b.getData())).toList();
        assertThat(buttons).as("button " + id).hasSize(1);
        buttons.get(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
