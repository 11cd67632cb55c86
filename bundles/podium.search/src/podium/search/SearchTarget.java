/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;

/**
 * What choosing a search result opens. The workbench knows how to open each kind, so a provider,
 * which runs headless, only says what it found.
 *
 * @since 1.0
 */
public sealed interface SearchTarget {

    /** An element of a plan (organisation, target, measure…), opened in its editor and selected. */
    record Element(URI uri) implements SearchTarget {
        public Element {
            Objects.requireNonNull(uri);
        }
    }

    /** A file, opened in its editor. */
    record File(Path path) implements SearchTarget {
        public File {
            Objects.requireNonNull(path);
        }
    }

    /** A workbench command, run with the given parameters (e.g. a report's id for "show report"). */
    record Command(String commandId, Map<String, String> parameters) implements SearchTarget {
        public Command {
            Objects.requireNonNull(commandId);
            parameters = Map.copyOf(parameters);
        }

        public Command(String commandId) {
            this(commandId, Map.of());
        }
    }

    /** A page of the Settings dialog, opened on that page. */
    record Settings(String pageId) implements SearchTarget {
        public Settings {
            Objects.requireNonNull(pageId);
        }
    }
}
