/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;

import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/** One step of the clean-up: it proposes edits to the text and reports what it could not fix. */
public interface CleanupStage {

    /** Adds this stage's edits of {@code text} to {@code edits}, and its problems to {@code findings}. */
    void collect(TrackedText text, TextEdits edits, List<Finding> findings);
}
