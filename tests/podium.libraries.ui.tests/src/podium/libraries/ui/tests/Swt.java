/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.libraries.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Event loop and snapshot helpers for the widget smoke tests. */
final class Swt {

    private Swt() {
    }

    /** Runs the event loop until the condition holds; false after the timeout. */
    static boolean runUntil(BooleanSupplier condition, long timeoutMillis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
    }

    /** What the control shows, drawn with Control.print. */
    static ImageData snapshot(Control control) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            control.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    /** Pixels that are clearly coloured (not white, grey or black). */
    static int colouredPixels(ImageData image) {
        int n = 0;
        for (int x = 0; x < image.width; x++) {
            for (int y = 0; y < image.height; y++) {
                RGB c = image.palette.getRGB(image.getPixel(x, y));
                int max = Math.max(c.red, Math.max(c.green, c.blue));
                int min = Math.min(c.red, Math.min(c.green, c.blue));
                if (max - min > 60) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Saves the snapshot as PNG when podium.screenshots names a directory. */
    static void save(ImageData image, String name) throws Exception {
        String dir = System.getProperty("podium.screenshots");
        if (dir == null) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image };
        loader.save(Path.of(dir, name).toString(), SWT.IMAGE_PNG);
    }
}
