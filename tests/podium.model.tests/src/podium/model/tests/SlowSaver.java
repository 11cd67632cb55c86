/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.model.tests;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import podium.model.PlanningFile;
import podium.model.persistence.ModelStore;

/**
 * Run in a separate JVM by {@link KilledSaveTest}: saves a model through {@link ModelStore} so slowly
 * that the test can kill the process in the middle of the write. Arguments: target file, marker file.
 */
public final class SlowSaver {

    private SlowSaver() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        SlowResource resource = new SlowResource(URI.createFileURI(target.toString()), marker);
        PlanningFile file = Samples.city();
        file.setName("killed-while-saving");
        resource.getContents().add(file);
        ModelStore.save(resource, target);
    }

    /** An XMI resource whose output trickles out and announces when the first bytes are written. */
    static final class SlowResource extends XMIResourceImpl {
        private final Path marker;

        SlowResource(URI uri, Path marker) {
            super(uri);
            this.marker = marker;
        }

        @Override
        public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
            super.doSave(new FilterOutputStream(out) {
                private int written;

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    if (++written == 100) {
                        out.flush();
                        Files.writeString(marker, "writing");
                    }
                    if (written > 100) {
                        pause();
                    }
                }
            }, options);
        }

        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
