/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Screenshots the UI tests save for the documentation, into the folder {@code podium.screenshots} names. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Saves what the display shows in {@code bounds} (display coordinates) as {@code name}, a PNG; returns its path. */
    public static Path save(Display display, Rectangle bounds, String name) {
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path dir = Path.of(System.getProperty("podium.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
