/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.internal.cleanup;

import java.util.List;

import podium.importer.RepairKind;
import podium.importer.internal.text.Finding;
import podium.importer.internal.text.TextEdits;
import podium.importer.internal.text.TrackedText;

/** Removes pinyin annotations such as {@code 經(jīng)驗(yàn) → 經驗}, keeping every other bracket. */
public final class PinyinRemoval implements CleanupStage {

    @Override
    public void collect(TrackedText tracked, TextEdits edits, List<Finding> findings) {
        String text = tracked.text();
        int i = 1;
        while (i < text.length()) {
            int end = PinyinAnnotations.annotationEnd(text, i);
            if (end > 0 && annotates(text.charAt(i - 1))) {
                edits.delete(i, end, RepairKind.PINYIN);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Annotations follow the character they read; after a Latin letter a bracket is something else. */
    private static boolean annotates(char previous) {
        return !Character.isWhitespace(previous) && !(previous < 0x80 && Character.isLetterOrDigit(previous));
    }
}
