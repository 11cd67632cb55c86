// Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
// The baseline of benchmarks/workbench-startup: an SWT shell of the workbench's size with one label,
// started by the same JVM with the same options; writes "paint <epoch ms>" at its first paint, then exits.
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

public class BareWindow {
    public static void main(String[] args) throws Exception {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Podium");
        shell.setLayout(new FillLayout());
        new Label(shell, SWT.NONE).setText("实际利用外资");
        shell.setSize(1280, 800);
        long[] painted = {0};
        display.addFilter(SWT.Paint, e -> {
            if (painted[0] == 0) {
                painted[0] = System.currentTimeMillis();
            }
        });
        shell.open();
        while (painted[0] == 0) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        Files.writeString(Path.of(args[0]), "paint " + painted[0] + "\n");
        display.dispose();
    }
}
