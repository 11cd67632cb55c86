/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.search;

import java.util.List;
import java.util.Objects;

/**
 * One thing Search Everywhere can find.
 *
 * @param label what is shown and matched first, e.g. 实际利用外资 or 宛城区
 * @param detail shown beside the label in grey (where it is, what kind); may be empty
 * @param keywords other names that find it too (an English name, an id, aliases), matched after the label
 * @param target what choosing it opens
 * @since 1.0
 */
public record SearchItem(String label, String detail, List<String> keywords, SearchTarget target) {

    public SearchItem {
        Objects.requireNonNull(label);
        Objects.requireNonNull(target);
        detail = detail == null ? "" : detail; //$NON-NLS-1$
        keywords = keywords == null ? List.of() : keywords.stream().filter(k -> k != null && !k.isBlank()).toList();
    }

    public SearchItem(String label, String detail, SearchTarget target) {
        this(label, detail, List.of(), target);
    }
}
